/**
 * Amazon Connect hosted chat widget (widget frame: `iframe#amazon-connect-chat-widget-iframe`,
 * titled "Chat Widget", inside `#amazon-connect-chat-widget` on the host page).
 *
 * Fixtures: tests/fixtures/widgets/amazon-connect/{index,frame}.html.
 * Facts: host ids M (third-party scripts, widgets.md B.1). Inner markup H for the open-source
 * amazon-connect/amazon-connect-chat-interface (`ChatTranscriptor.js`, `ChatMessage.js`,
 * `SystemMessage.js`, ChatComposer snapshots): rows are styled-components boxes, participant rows
 * hold `[data-testid="main-message"]`, events hold bare text. Whether the current hosted widget
 * still renders this markup is L (one source names `[data-testid="message-container"]` instead).
 * Direction is expressed only through styled classes, so the reader uses evidence that exists only
 * on outgoing messages: a "Delivered"/"Read" receipt or a "Sending"/"Failed to send!" status, then
 * treats every message under that display name as the customer's.
 */
import type { Binding, ReadMessage, WidgetAdapter } from '../types';
import { makeBinding } from '../heuristics/make-binding';
import { findComposer, safeQuery } from '../heuristics/composer';
import { findSendButton } from '../heuristics/send-button';
import { extractText, safeMatches } from '../heuristics/text-extract';

export const AMAZON_CONNECT_SELECTORS = {
  hostFrame: 'iframe#amazon-connect-chat-widget-iframe',
  message: '[data-testid="main-message"], [data-testid="message-container"]',
  header: '[data-testid="message-header"]',
  body: '[data-testid="message-body"]',
  composer: '[data-testid="customer-chat-text-input"]',
  send: '[data-testid="customer-chat-send-message-button"]',
} as const;

const S = AMAZON_CONNECT_SELECTORS;

/** Outgoing-only evidence rendered by ChatMessage.js (English; the widget is not localized there). */
export const AMAZON_CONNECT_TEXT = {
  receipt: /^(Read|Delivered)$/,
  sending: /^Sending$/,
  failed: /Failed to send/i,
  /** Display-name fallbacks when the contact has none. */
  customerName: 'Customer',
} as const;

interface Parts {
  name: string;
  status: string;
  text: string;
  receipt: boolean;
}

function partsOf(main: Element): Parts {
  const header = safeQuery(main, S.header);
  const body = safeQuery(main, S.body);
  const name = header?.firstElementChild?.textContent?.trim() ?? '';
  const status = header && header.children.length > 1 ? (header.lastElementChild?.textContent?.trim() ?? '') : '';
  let receipt = false;
  for (const child of Array.from(main.children)) {
    if (child !== header && child !== body && AMAZON_CONNECT_TEXT.receipt.test(child.textContent?.trim() ?? '')) {
      receipt = true;
    }
  }
  return { name, status, receipt, text: body ? extractText(body) : '' };
}

function isOutgoingEvidence(parts: Parts): boolean {
  return parts.receipt || AMAZON_CONNECT_TEXT.sending.test(parts.status) || AMAZON_CONNECT_TEXT.failed.test(parts.status);
}

/** Reader with a memory of the customer's display name(s), learnt from outgoing evidence. */
export function createAmazonConnectReader(log: Element | null): (el: Element) => ReadMessage | null {
  const customerNames = new Set<string>([AMAZON_CONNECT_TEXT.customerName]);
  const learn = (main: Element): Parts => {
    const parts = partsOf(main);
    if (parts.name && isOutgoingEvidence(parts)) {
      customerNames.add(parts.name);
    }
    return parts;
  };
  if (log) {
    log.querySelectorAll(S.message).forEach((main) => learn(main));
  }
  return (row) => {
    const main = safeMatches(row, S.message) ? row : safeQuery(row, S.message);
    if (!main) {
      const text = extractText(row);
      return text ? { author: 'system', text } : null;
    }
    const parts = learn(main);
    if (!parts.text) {
      return null;
    }
    const customer = customerNames.has(parts.name) || isOutgoingEvidence(parts);
    const message: ReadMessage = { author: customer ? 'customer' : 'agent', text: parts.text };
    if (parts.name) {
      message.name = parts.name;
    }
    if (AMAZON_CONNECT_TEXT.sending.test(parts.status)) {
      message.status = 'sending';
    } else if (AMAZON_CONNECT_TEXT.failed.test(parts.status)) {
      message.status = 'failed';
    } else {
      if (parts.status) {
        message.time = parts.status;
      }
      if (customer) {
        message.status = 'sent';
      }
    }
    return message;
  };
}

/** The transcript body: the parent of the row boxes that wrap each message. */
function findLog(root: ParentNode): Element | null {
  const main = safeQuery(root, S.message);
  return main?.parentElement?.parentElement ?? null;
}

function bindAmazonConnect(root: Document | ShadowRoot): Binding | null {
  const log = findLog(root);
  if (!log) {
    return null;
  }
  const scope: ParentNode = root;
  return makeBinding({
    widget: 'amazon-connect',
    log,
    messages: () => Array.from(log.children).filter((row) => (row.textContent ?? '').trim() !== ''),
    read: createAmazonConnectReader(log),
    composer: () => findComposer(scope, S.composer),
    sendButton: () => (safeQuery(scope, S.send) as HTMLElement | null) ?? findSendButton(scope, null),
  });
}

export const amazonConnect: WidgetAdapter = {
  id: 'amazon-connect',
  name: 'Amazon Connect chat',
  frame: 'widget-frame',
  // The widget document has no vendor host of its own (it is served from the customer's
  // CloudFront), so it is recognised by the vendor's test ids on the composer.
  matches: (doc) => safeQuery(doc, S.composer) !== null,
  bind: bindAmazonConnect,
};
