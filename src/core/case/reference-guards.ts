/**
 * Tokens after a label that look like a reference but are not one: dates, prices, phone
 * numbers. Kept apart from the matcher so each rule reads on its own line.
 */

// 12.05.2024, 2024-05-12, 05/12/24, 12.05.
const DATE = /^(\d{1,4}([./-])\d{1,2}\2\d{1,4}|\d{1,2}[./]\d{1,2}\.?)$/;
// 49.99, 1,299.00 (a decimal amount, not an id)
const DECIMAL = /^\d{1,3}([.,]\d{3})*[.,]\d{1,2}$/;
const CURRENCY_BEFORE = /[$€£¥₩₹]\s?$/u;
const CURRENCY_AFTER = /^\s?([$€£¥₩₹円]|(eur|usd|gbp|chf|czk|jpy|pln|kč|euro|euros|dollars?)(?![\p{L}]))/iu;
// "+49 …", "0800 123 4567": digits going on after a space are a phone number or spaced amount.
const PHONE_BEFORE = /\+\s?$/;
const SPACED_DIGITS_AFTER = /^[ \u00a0]\d/;

export const MIN_ALNUM = 3;

/** Whether `token` (found between `before` and `after`) is a reference number. */
export function isReferenceToken(token: string, before: string, after: string): boolean {
  if (!/\d/.test(token)) return false;
  if (token.replace(/[^A-Za-z0-9]/g, '').length < MIN_ALNUM) return false;
  if (DATE.test(token) || DECIMAL.test(token)) return false;
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return false;
  if (PHONE_BEFORE.test(before) || SPACED_DIGITS_AFTER.test(after)) return false;
  return true;
}
