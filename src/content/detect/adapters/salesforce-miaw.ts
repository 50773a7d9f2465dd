/**
 * Salesforce Messaging for In-App and Web ("Enhanced Chat") (XO-IFRAME
 * `iframe#embeddedMessagingFrame` on the org's ESW Experience site, `*.my.site.com`; inside,
 * deep LWC shadow DOM).
 *
 * Fixtures: tests/fixtures/widgets/salesforce-miaw/{index,frame}.html (nested open shadow roots
 * built by an inline script).
 * Facts (M, widgets.md B.1): frame id and host; shadow-DOM nodes with classes matching
 * `cwc-.*message`, outbound and inbound in different markup; composer `role="textbox"` with
 * placeholder "Type your message..."; Enter sends. Exact class names are NOT known: rows are
 * any `cwc-…message…` element, and authors follow SLDS chat naming, where `outbound` is the
 * viewing user's (the customer's) own message and `inbound` the agent's — the generic class
 * tokens. Because each message can sit in its own shadow root, this adapter queries through
 * open shadow roots from whichever root it is given.
 */
import type { Binding, WidgetAdapter } from '../types';
import { deepQuery, deepQueryAll } from '../heuristics/deep-query';
import { frameNameIs, hostMatches } from '../heuristics/frame-match';
import { makeBinding } from '../heuristics/make-binding';
import { outermost } from '../heuristics/message-list';
import { readMessage } from '../heuristics/read-message';
import { isTypingIndicator } from '../heuristics/typing';
import { isVisible } from '../heuristics/visibility';

export const MIAW_HOST = /\.(my\.site\.com|force\.com|salesforce-sites\.com)$/;
export const MIAW_FRAME_NAMES = ['embeddedMessagingFrame'];
export const MIAW_SELECTORS = {
  log: '[class*="cwc-"][class*="message-list"], [class*="cwc-"][role="log"], [role="log"]',
  message: '[class*="cwc-"][class*="message"]:not([class*="message-list"]):not([class*="message-text"])',
  composer: '[role="textbox"][placeholder*="message" i], textarea[placeholder*="message" i], [role="textbox"]',
  send: 'button[title*="send" i], button[aria-label*="send" i]',
} as const;

function firstVisible(root: ParentNode, selector: string): HTMLElement | null {
  return (deepQueryAll(root, selector).find((el) => isVisible(el)) as HTMLElement | undefined) ?? null;
}

function bindMiaw(root: Document | ShadowRoot): Binding | null {
  const log = deepQuery(root, MIAW_SELECTORS.log);
  if (!log) {
    return null;
  }
  return makeBinding({
    widget: 'salesforce-miaw',
    log,
    messages: () => outermost(deepQueryAll(log, MIAW_SELECTORS.message)).filter((el) => !isTypingIndicator(el)),
    read: (el) => readMessage(el, { log }),
    composer: () => firstVisible(root, MIAW_SELECTORS.composer),
    sendButton: () => firstVisible(root, MIAW_SELECTORS.send),
  });
}

export const salesforceMiaw: WidgetAdapter = {
  id: 'salesforce-miaw',
  name: 'Salesforce Messaging for In-App and Web',
  frame: 'widget-frame',
  matches: (doc, location) =>
    frameNameIs(doc, MIAW_FRAME_NAMES) || (hostMatches(location, MIAW_HOST) && /ESW|embedded/i.test(location.pathname)),
  bind: bindMiaw,
};
