/**
 * Rocket.Chat Livechat (XO-IFRAME: `<server>/livechat`, self-hosted on any origin).
 *
 * Fixtures: tests/fixtures/widgets/rocketchat/{index,frame}.html.
 * Facts (H): `@rocket.chat/livechat@1.13.3` source maps (`src/widget.js`,
 * `src/components/{Composer,Messages/MessageContainer,Messages/MessageBubble}/index.js`).
 * Preact with CSS modules, so every class is `name__hash` and is matched by prefix only. The
 * container `id` is the server's message `_id`. The send action's markup (an icon button among
 * `composer__action__…`) is M: the adapter prefers a "send" label and falls back to the last
 * action, then to the generic send finder.
 */
import type { Binding, ReadMessage, WidgetAdapter } from '../types';
import { makeBinding } from '../heuristics/make-binding';
import { findComposer, safeQuery, safeQueryAll } from '../heuristics/composer';
import { findSendButton, looksLikeSend } from '../heuristics/send-button';
import { extractText } from '../heuristics/text-extract';

/** CSS-module class prefixes; `[class*="x__"]` also matches when the class is not first. */
export const ROCKETCHAT_SELECTORS = {
  list: '[class*="message-list__content__"], [class*="message-list__"]',
  container: '[class*="message-container__"]',
  own: 'message-container--reverse__',
  system: 'message-container--system__',
  text: '[class*="message-text__"]',
  typing: '[class*="typing-indicator__"]',
  time: '[class*="message-time__"] time, time',
  avatarName: '[class*="message-avatars__"] img[alt]',
  composer: '[class*="composer__input__"][contenteditable]',
  action: '[class*="composer__action__"]',
} as const;

const S = ROCKETCHAT_SELECTORS;

/** Livechat is served at `/livechat` on the Rocket.Chat server. */
export const ROCKETCHAT_PATH = /^\/livechat\/?$/;

function hasClassPart(el: Element, part: string): boolean {
  return (el.getAttribute('class') ?? '').includes(part);
}

export function readRocketChatMessage(el: Element): ReadMessage | null {
  if (safeQuery(el, S.typing)) {
    return null;
  }
  const textEl = safeQuery(el, S.text);
  const text = textEl ? extractText(textEl) : '';
  if (!text) {
    return null;
  }
  const author = hasClassPart(el, S.system) ? 'system' : hasClassPart(el, S.own) ? 'customer' : 'agent';
  const message: ReadMessage = { author, text };
  if (el.id) {
    message.id = el.id;
  }
  const time = safeQuery(el, S.time);
  const stamp = time?.getAttribute('datetime') ?? time?.textContent?.trim();
  if (stamp) {
    message.time = stamp;
  }
  const name = author === 'agent' ? safeQuery(el, S.avatarName)?.getAttribute('alt') : null;
  if (name) {
    message.name = name;
  }
  return message;
}

function sendAction(scope: ParentNode): HTMLElement | null {
  const actions = safeQueryAll(scope, S.action);
  const labelled = actions.find((el) => looksLikeSend(el));
  return (labelled ?? actions[actions.length - 1] ?? null) as HTMLElement | null;
}

function bindRocketChat(root: Document | ShadowRoot): Binding | null {
  const log = safeQuery(root, S.list);
  if (!log) {
    return null;
  }
  const scope: ParentNode = root;
  return makeBinding({
    widget: 'rocketchat',
    log,
    messages: () => safeQueryAll(log, S.container).filter((el) => !safeQuery(el, S.typing)),
    read: readRocketChatMessage,
    composer: () => findComposer(scope, S.composer),
    sendButton: () => sendAction(scope) ?? findSendButton(scope, null),
  });
}

export const rocketchat: WidgetAdapter = {
  id: 'rocketchat',
  name: 'Rocket.Chat Livechat',
  frame: 'widget-frame',
  matches: (doc, location) =>
    ROCKETCHAT_PATH.test(location.pathname) ||
    (safeQuery(doc, S.composer) !== null && safeQuery(doc, S.list) !== null),
  bind: bindRocketChat,
};
