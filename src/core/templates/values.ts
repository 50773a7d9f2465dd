/**
 * Turns case-file values into text that reads well inside a sentence of the template's
 * language: ISO dates become "2 November 2026" / "2. novembra 2026" / "2026年11月2日", an
 * amount with a currency code becomes "€49.90" / "49,90 €", a paragraph ends with a full stop,
 * and line breaks become spaces (in many chat composers a newline sends the message).
 */
import { CASE_LONG_FIELDS, isCaseTextField } from '../case/fields';
import type { Lang } from '../tone/types';
import type { PlaceholderName } from './placeholders';

export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FIELDS: ReadonlySet<string> = new Set(['purchaseDate', 'followUpDate']);
// 49, 49.9, 49,90, 1 299,00, 1.299,00, 1,299.00
const PLAIN_AMOUNT = /^\d{1,3}(?:[ \u00a0\u202f.,']\d{3})*(?:[.,]\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$/;

function formatDate(value: string, lang: Lang): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // An impossible date (2026-02-31) rolls over in Date.UTC; keep what the user typed instead.
  if (date.getUTCDate() !== Number(m[3])) return value;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function parseAmount(value: string): number | undefined {
  if (!PLAIN_AMOUNT.test(value)) return undefined;
  const decimals = /[.,](\d{1,2})$/.exec(value);
  const whole = (decimals ? value.slice(0, -decimals[0].length) : value).replace(/\D/g, '');
  return Number(`${whole}.${decimals?.[1] ?? '0'}`);
}

function formatAmount(value: string, currency: string | undefined, lang: Lang): string {
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return value;
  const amount = parseAmount(value);
  if (amount === undefined) return value.toUpperCase().includes(currency) ? value : `${value} ${currency}`;
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
  } catch {
    return `${value} ${currency}`;
  }
}

function endSentence(value: string, lang: Lang): string {
  if (/[.!?。！？…:;)"'»”」』]$/u.test(value)) return value;
  return value + (lang === 'ja' ? '。' : '.');
}

/** A value cleaned for a chat line: trimmed, no line breaks, no braces. */
export function cleanValue(value: string | undefined): string {
  return (value ?? '').replace(/[{}]/g, '').replace(/\s+/gu, ' ').trim();
}

/** The text a slot is filled with, or undefined when the value is missing. */
export function slotValue(name: PlaceholderName, values: PlaceholderValues, lang: Lang): string | undefined {
  const value = cleanValue(values[name]);
  if (!value) return undefined;
  if (DATE_FIELDS.has(name)) return formatDate(value, lang);
  if (name === 'amount') return formatAmount(value, cleanValue(values.currency).toUpperCase() || undefined, lang);
  if (isCaseTextField(name) && CASE_LONG_FIELDS.has(name)) return endSentence(value, lang);
  return value;
}
