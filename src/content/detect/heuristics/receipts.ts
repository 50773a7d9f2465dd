import type { DeliveryStatus } from '../../../shared/transcript-types';
import { classTokens } from './class-tokens';
import { safeQueryAll } from './composer';

/** Receipt words (English and the extension's other UI languages) mapped to a status. */
const RECEIPT_TEXT: readonly [RegExp, DeliveryStatus][] = [
  [/^(not sent( yet)?|failed|failed to send|message not sent|nicht gesendet|no enviado|non envoyé|送信失敗|neodoslané|neišsiųsta)$/i, 'failed'],
  [/^(sending|wird gesendet|enviando|envoi|送信中|odosiela|siunčiama)$/i, 'sending'],
  [/^(sent|delivered|seen|read|gesendet|zugestellt|gelesen|enviado|entregado|leído|envoyé|distribué|lu|vu|送信済み|既読|odoslané|doručené|prečítané|išsiųsta|pristatyta|perskaityta)$/i, 'sent'],
];

/** Class tokens meaning a failed or pending send (Chatwoot `is-failed`, `in-progress`). */
const FAILED_TOKENS = new Set(['failed', 'error', 'unsent']);
const SENDING_TOKENS = new Set(['sending', 'pending', 'progress', 'optimistic']);

/** Elements that can hold a receipt: small status/receipt nodes, not the message body. */
const RECEIPT_SELECTOR = '[class*="receipt" i], [class*="status" i], [class*="delivered" i], [class*="seen" i], [data-testid*="receipt" i], [data-testid*="status" i], [aria-label*="delivered" i]';

/** Longest label read as a receipt: 40 for the words, the rest for a time after them. */
const MAX_LABEL = 80;

/** Status from a short receipt label ("Sent", "Delivered", "Not sent yet"). */
export function statusFromText(text: string): DeliveryStatus | null {
  const bare = text.trim();
  // A receipt is a word or two and perhaps a time: a longer text (a message's) is not read by
  // the expressions below, which would walk all of it.
  if (bare.length === 0 || bare.length > MAX_LABEL) {
    return null;
  }
  // "Delivered · 10:02" and "Sent 2 min ago" keep only the word; "Read more" stays unmatched.
  const trimmed = bare
    .replace(/[\s·•,-]+(\d[\d:.]*\s*(am|pm)?|\d+\s*\w+ ago|just now)$/i, '')
    .replace(/[.!\u2026]+$/, '');
  if (trimmed.length === 0 || trimmed.length > 40) {
    return null;
  }
  for (const [pattern, status] of RECEIPT_TEXT) {
    if (pattern.test(trimmed)) {
      return status;
    }
  }
  return null;
}

/** Status from class tokens of the message or its receipt element. */
export function statusFromClasses(el: Element): DeliveryStatus | null {
  const tokens = classTokens(el);
  if ([...tokens].some((token) => FAILED_TOKENS.has(token))) {
    return 'failed';
  }
  return [...tokens].some((token) => SENDING_TOKENS.has(token)) ? 'sending' : null;
}

/**
 * The delivery receipt shown on a message, if any. Receipts appear only on the customer's own
 * bubbles (Zendesk Messaging and others), so finding one is also author evidence.
 */
export function findReceipt(el: Element): DeliveryStatus | null {
  const own = statusFromClasses(el);
  if (own) {
    return own;
  }
  for (const node of safeQueryAll(el, RECEIPT_SELECTOR)) {
    const label = node.getAttribute('aria-label') ?? node.getAttribute('title') ?? '';
    const status = statusFromText(node.textContent ?? '') ?? statusFromText(label) ?? statusFromClasses(node);
    if (status) {
      return status;
    }
  }
  return receiptByText(el);
}

/** Leaf elements checked for a bare receipt label when classes are hashed. */
const MAX_LEAVES = 40;

/**
 * A leaf element whose whole text is a receipt word ("Delivered", "Read"), for widgets whose
 * class names are hashed. The message element itself never counts: a bubble saying just
 * "Sent" is a message, not a receipt.
 */
export function receiptByText(el: Element): DeliveryStatus | null {
  const leaves = safeQueryAll(el, '*').filter((node) => node.childElementCount === 0).slice(0, MAX_LEAVES);
  for (const leaf of leaves) {
    const status = statusFromText(leaf.textContent ?? '');
    if (status) {
      return status;
    }
  }
  return null;
}
