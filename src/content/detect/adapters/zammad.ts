/**
 * Zammad chat (INLINE: rendered into the host page, `options.target`, default `body`).
 *
 * Fixture: tests/fixtures/widgets/zammad/index.html.
 * Facts (H): zammad/zammad `public/assets/chat/views/{chat,message,status,timestamp,
 * typingIndicator}.eco` and `chat-no-jquery.coffee`. Self-hosted, so there is no host to match:
 * the adapter keys on the `zammad-chat-*` classes only. Older builds use a textarea composer,
 * newer ones a contenteditable div; both carry `.zammad-chat-input`. `data-message-id` is read
 * when present (newer builds); otherwise capture falls back to content keys.
 */
import type { Binding, ReadMessage, WidgetAdapter } from '../types';
import { ZAMMAD_ROOT } from '../markers';
import { makeBinding } from '../heuristics/make-binding';
import { findComposer, safeQuery, safeQueryAll } from '../heuristics/composer';
import { findSendButton } from '../heuristics/send-button';
import { extractText, safeMatches } from '../heuristics/text-extract';

export const ZAMMAD_SELECTORS = {
  root: ZAMMAD_ROOT,
  log: '.zammad-chat-body',
  /** Messages plus status lines ("connected to …"); timestamps and typing rows are filtered. */
  row: '.zammad-chat-message, .zammad-chat-status',
  typing: '.zammad-chat-message--typing',
  customer: '.zammad-chat-message--customer',
  agent: '.zammad-chat-message--agent',
  status: '.zammad-chat-status',
  body: '.zammad-chat-message-body',
  composer: '.zammad-chat-input',
  send: '.zammad-chat-send',
  agentName: '.zammad-chat-agent-name',
} as const;

const S = ZAMMAD_SELECTORS;

export function readZammadMessage(el: Element): ReadMessage | null {
  if (safeMatches(el, S.typing)) {
    return null;
  }
  if (safeMatches(el, S.status)) {
    const text = extractText(el, { keepChromeClasses: true });
    return text ? { author: 'system', text } : null;
  }
  const author = safeMatches(el, S.customer) ? 'customer' : safeMatches(el, S.agent) ? 'agent' : null;
  const body = safeQuery(el, S.body) ?? el;
  const text = extractText(body);
  if (!author || !text) {
    return null;
  }
  const message: ReadMessage = { author, text };
  const id = el.getAttribute('data-message-id');
  if (id) {
    message.id = id;
  }
  return message;
}

function bindZammad(root: Document | ShadowRoot): Binding | null {
  const widget = safeQuery(root, S.root);
  const log = widget ? safeQuery(widget, S.log) : null;
  if (!widget || !log) {
    return null;
  }
  return makeBinding({
    widget: 'zammad',
    log,
    messages: () => safeQueryAll(log, S.row).filter((el) => !safeMatches(el, S.typing)),
    read: readZammadMessage,
    composer: () => findComposer(widget, S.composer),
    sendButton: () => (safeQuery(widget, S.send) as HTMLElement | null) ?? findSendButton(widget, findComposer(widget, S.composer)),
  });
}

export const zammad: WidgetAdapter = {
  id: 'zammad',
  name: 'Zammad chat',
  frame: 'top',
  markers: [S.root],
  matches: (doc) => safeQuery(doc, S.root) !== null,
  bind: bindZammad,
};
