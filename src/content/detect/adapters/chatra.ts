/**
 * Chatra (XO-IFRAME: `iframe#chatra__iframe[title="Chatra live chat"]` from chat.chatra.io,
 * inside `#chatra` / `#chatra__iframe-wrapper` on the host page).
 *
 * Fixtures: tests/fixtures/widgets/chatra/{index,frame}.html.
 * Facts: host ids and the composer `textarea.js-chat-textarea` ("Message...") M
 * (chat-outreach-engine chatra adapter). Message markup unknown: the generic heuristics read the
 * log. A message stays unsent until the visitor's name/e-mail is typed into the same composer.
 */
import type { Binding, WidgetAdapter } from '../types';
import { bindGenericLog } from '../generic';
import { findChatLog } from '../heuristics/chat-log';
import { safeQuery } from '../heuristics/composer';

export const CHATRA_SELECTORS = {
  composer: 'textarea.js-chat-textarea',
} as const;

const S = CHATRA_SELECTORS;

/** Hosts that serve the widget document. */
export const CHATRA_HOSTS = /^chat\.chatra\.io$/;
const HOST = CHATRA_HOSTS;

function bindChatra(root: Document | ShadowRoot): Binding | null {
  const parts = findChatLog(root);
  return parts ? bindGenericLog('chatra', parts.log, parts.container) : null;
}

export const chatra: WidgetAdapter = {
  id: 'chatra',
  name: 'Chatra',
  frame: 'widget-frame',
  matches: (doc, location) => HOST.test(location.hostname) || safeQuery(doc, S.composer) !== null,
  bind: bindChatra,
};
