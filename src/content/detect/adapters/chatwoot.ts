/**
 * Chatwoot live-chat widget (XO-IFRAME: `<baseUrl>/widget?website_token=…`, on app.chatwoot.com
 * or any self-hosted origin, so the frame is recognised by path and by its own markup).
 *
 * Fixtures: tests/fixtures/widgets/chatwoot/{index,frame}.html.
 * Facts (H): chatwoot/chatwoot `app/javascript/sdk/IFrameHelper.js` (host ids) and
 * `app/javascript/widget/components/{ConversationWrap,UserMessage,UserMessageBubble,AgentMessage,
 * AgentMessageBubble,AgentTypingBubble,ChatInputWrap,ChatSendButton}.vue`. The send button is
 * rendered only while the input is non-empty; Enter is handled on `document` keypress.
 * `#app.woot-widget-wrap` as the frame marker is M (older App.vue); the path test covers the rest.
 */
import type { Binding, ReadMessage, WidgetAdapter } from '../types';
import { makeBinding } from '../heuristics/make-binding';
import { findComposer, safeQuery, safeQueryAll } from '../heuristics/composer';
import { findSendButton } from '../heuristics/send-button';
import { extractText, safeMatches } from '../heuristics/text-extract';

export const CHATWOOT_SELECTORS = {
  frameMarker: '.woot-widget-wrap, #app .conversation--container',
  log: '.conversation-wrap',
  /** Agent rows may nest the customer's recorded answer (`has-response`), so both are rows. */
  row: '.agent-message-wrap > .agent-message, .user-message-wrap',
  typing: '.typing-bubble',
  bubble: '.chat-bubble',
  userRow: '.user-message-wrap',
  agentName: '.agent-name',
  inProgress: '.in-progress',
  failed: '.is-failed',
  composer: 'textarea#chat-input, textarea.user-message-input',
  send: 'button.send-button',
} as const;

const S = CHATWOOT_SELECTORS;

/** The widget document lives at `/widget` with a `website_token` query parameter. */
export const CHATWOOT_PATH = /^\/widget\/?$/;

function customerStatus(row: Element): ReadMessage['status'] {
  if (safeQuery(row, S.failed)) {
    return 'failed';
  }
  return safeQuery(row, S.inProgress) ? 'sending' : 'sent';
}

export function readChatwootMessage(row: Element): ReadMessage | null {
  if (safeQuery(row, S.typing)) {
    return null;
  }
  const bubbles = safeQueryAll(row, S.bubble);
  const text = bubbles.map((bubble) => extractText(bubble)).filter(Boolean).join('\n');
  if (!text) {
    return null;
  }
  if (safeMatches(row, S.userRow)) {
    return { author: 'customer', text, status: customerStatus(row) };
  }
  const message: ReadMessage = { author: 'agent', text };
  const name = safeQuery(row, S.agentName)?.textContent?.trim();
  if (name) {
    message.name = name;
  }
  return message;
}

function bindChatwoot(root: Document | ShadowRoot): Binding | null {
  const log = safeQuery(root, S.log);
  if (!log) {
    return null;
  }
  const scope: ParentNode = root;
  return makeBinding({
    widget: 'chatwoot',
    log,
    messages: () => safeQueryAll(log, S.row).filter((row) => !safeQuery(row, S.typing)),
    read: readChatwootMessage,
    composer: () => findComposer(scope, S.composer),
    sendButton: () => (safeQuery(scope, S.send) as HTMLElement | null) ?? findSendButton(scope, null),
  });
}

export const chatwoot: WidgetAdapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  frame: 'widget-frame',
  matches: (doc, location) =>
    (CHATWOOT_PATH.test(location.pathname) && location.search.includes('website_token=')) ||
    safeQuery(doc, S.frameMarker) !== null,
  bind: bindChatwoot,
};
