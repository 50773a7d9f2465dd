/**
 * Optional redaction before anything is stored: payment card numbers (Luhn), IBANs (mod 97) and
 * one-time codes. Each found secret is replaced by a stable mask that keeps just enough to tell
 * which card or account was meant: `[card •••• 4242]`, `[IBAN DE•• … 3000]`, `[code]`.
 * Redaction runs before hashing, so the hash chain covers the redacted text.
 */
import { findCardNumbers } from './redaction/card-numbers';
import { findIbans } from './redaction/iban';
import { findOneTimeCodes } from './redaction/one-time-codes';
import type { SensitiveSpan } from './redaction/span';

export type { SensitiveKind, SensitiveSpan } from './redaction/span';

/** Which kinds of secret to hide. */
export interface RedactionOptions {
  /** Payment card numbers. @default true */
  cards: boolean;
  /** Bank account numbers (IBAN). @default false */
  ibans: boolean;
  /** One-time codes (OTP, PIN, TAN, verification codes). @default false */
  codes: boolean;
}

export const DEFAULT_REDACTION: Readonly<RedactionOptions> = { cards: true, ibans: false, codes: false };

/**
 * The secrets in `text`, in order, without overlaps. IBANs are looked for first (their digits
 * could otherwise pass for a card number), then cards, then codes.
 */
export function findSensitive(text: string, options: RedactionOptions = DEFAULT_REDACTION): SensitiveSpan[] {
  const found: SensitiveSpan[] = [];
  const candidates = [
    ...(options.ibans || options.cards ? findIbans(text).map((s) => ({ ...s, keep: options.ibans })) : []),
    ...(options.cards ? findCardNumbers(text).map((s) => ({ ...s, keep: true })) : []),
    ...(options.codes ? findOneTimeCodes(text).map((s) => ({ ...s, keep: true })) : []),
  ];
  const taken: SensitiveSpan[] = [];
  for (const { keep, ...span } of candidates) {
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push(span);
    if (keep) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `text` with every secret the options ask for replaced by its mask. */
export function redactText(text: string, options: RedactionOptions = DEFAULT_REDACTION): string {
  let out = '';
  let at = 0;
  for (const span of findSensitive(text, options)) {
    out += text.slice(at, span.start) + span.mask;
    at = span.end;
  }
  return out + text.slice(at);
}
