/**
 * Front Chat (widget frame `#front-chat-iframe`, origin probably chat-assets.frontapp.com).
 *
 * Fixtures: tests/fixtures/widgets/front/{index,frame}.html.
 * Facts: the frame id is M (Front's bundle calls getElementById("front-chat-iframe")); its origin
 * is L and the inner markup unknown, so the frame is recognised by host or embedding id and read
 * with the generic heuristics.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const FRONT_SELECTORS = {
  hostFrame: 'iframe#front-chat-iframe',
} as const;

const S = FRONT_SELECTORS;

/** Hosts that serve the widget document. */
export const FRONT_HOSTS = /(^|\.)frontapp\.com$/;
const HOST = FRONT_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindFront(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('front', parts.log, parts.container) : null;
}

export const front: WidgetAdapter = {
  id: 'front',
  name: 'Front Chat',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    return HOST.test(location.hostname) || (frame !== null && frame.matches(S.hostFrame));
  },
  bind: bindFront,
};
