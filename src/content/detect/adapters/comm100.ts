/**
 * Comm100 Live Chat (iframes inside an INLINE `#comm100-container`; the chat-window frame's
 * origin is unknown, assumed *.comm100.com / *.comm100.io or same-origin).
 *
 * Fixtures: tests/fixtures/widgets/comm100/{index,frame}.html.
 * Facts: `#comm100-container` and `#comm100-float-button-2` M (third-party scripts); an
 * `aria-live="polite"` region exists (M). Message markup unknown, so the generic heuristics read
 * the chat-window frame, recognised by host or by its embedding container.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const COMM100_SELECTORS = {
  hostContainer: '#comm100-container',
  /** The invitation frame is a teaser, not the conversation. */
  invitation: 'iframe[title="Chat Invitation"]',
} as const;

const S = COMM100_SELECTORS;

/** Hosts that serve the widget document. */
export const COMM100_HOSTS = /(^|\.)comm100\.(com|io)$/;
const HOST = COMM100_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindComm100(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('comm100', parts.log, parts.container) : null;
}

export const comm100: WidgetAdapter = {
  id: 'comm100',
  name: 'Comm100 Live Chat',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    if (frame) {
      return !frame.matches(S.invitation) && frame.closest(S.hostContainer) !== null;
    }
    return HOST.test(location.hostname);
  },
  bind: bindComm100,
};
