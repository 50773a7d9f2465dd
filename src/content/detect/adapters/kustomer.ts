/**
 * Kustomer Chat (widget frame `iframe#kustomer-ui-sdk-iframe`; origin unknown).
 *
 * Fixtures: tests/fixtures/widgets/kustomer/{index,frame}.html.
 * Facts: the frame id M (third-party scripts); inside, CSS-module classes
 * (`chatRootIcon__pointer___…`) are hashed per build. Message markup unknown: the generic
 * heuristics read the log, with class words of CSS-module names (`name__part___hash`) as author
 * cues.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const KUSTOMER_SELECTORS = {
  hostFrame: 'iframe#kustomer-ui-sdk-iframe',
} as const;

const S = KUSTOMER_SELECTORS;

/** Hosts that serve the widget document. */
export const KUSTOMER_HOSTS = /(^|\.)kustomerapp\.com$/;
const HOST = KUSTOMER_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindKustomer(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('kustomer', parts.log, parts.container) : null;
}

export const kustomer: WidgetAdapter = {
  id: 'kustomer',
  name: 'Kustomer Chat',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    return HOST.test(location.hostname) || (frame !== null && frame.matches(S.hostFrame));
  },
  bind: bindKustomer,
};
