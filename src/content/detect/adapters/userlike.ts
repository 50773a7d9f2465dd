/**
 * Userlike Messenger (SO-IFRAME: the loader creates `iframe[title="Messenger button"]` and
 * `iframe[title="Messenger"]` and renders into them; `iframe#userlike-frame-*` are hidden helpers).
 *
 * Fixtures: tests/fixtures/widgets/userlike/{index,frame}.html.
 * Facts: frame titles, emotion `frame-<hash>` classes and the composer `input` with placeholder
 * "Ihre Nachricht" / "Your message" come from one third-party Playwright test
 * (ikirpichny/userlike-chat-e2e-python) and userlike/messenger `loader/create-frame.ts` (L-M).
 * The frame title is generic, so it must come with emotion `frame-` classes. Messages are read with
 * the generic heuristics.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const USERLIKE_SELECTORS = {
  messengerFrame: 'iframe[title="Messenger"]',
  emotion: '[class^="frame-"], [class*=" frame-"]',
} as const;

const S = USERLIKE_SELECTORS;

/** Hosts that serve the widget document. */
export const USERLIKE_HOSTS = /(^|\.)userlike\.com$|^userlike-cdn-/;
const HOST = USERLIKE_HOSTS;

/** The iframe element embedding this document, when the parent is same-origin; else null. */
function embeddingFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function bindUserlike(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('userlike', parts.log, parts.container) : null;
}

export const userlike: WidgetAdapter = {
  id: 'userlike',
  name: 'Userlike',
  frame: 'widget-frame',
  matches: (doc, location) => {
    const frame = embeddingFrame(doc);
    const titled = frame !== null && frame.matches(S.messengerFrame);
    return (titled || HOST.test(location.hostname)) && safeQuery(doc, S.emotion) !== null;
  },
  bind: bindUserlike,
};
