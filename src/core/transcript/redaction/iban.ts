/**
 * IBANs (ISO 13616): a known country code, two check digits and the country's exact length of
 * letters and digits, written compact or in groups separated by single spaces, that pass the
 * mod-97 check. A wrong length or checksum is left alone.
 */
import { IBAN_LENGTHS } from './iban-lengths';
import type { SensitiveSpan } from './span';

const START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const ALNUM = /^[A-Za-z0-9]$/;
const SEPARATOR = /^[ \u00A0]$/;

/** ISO 7064 mod 97-10 over the rearranged IBAN; valid IBANs leave remainder 1. */
export function passesIbanCheck(iban: string): boolean {
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let remainder = 0;
  for (const ch of rearranged) {
    const value = parseInt(ch, 36);
    if (Number.isNaN(value)) return false;
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

/** Reads `length` letters and digits from `start`, allowing one separator between them. */
function readCompact(text: string, start: number, length: number): { compact: string; end: number } | null {
  let compact = '';
  let i = start;
  while (compact.length < length && i < text.length) {
    const ch = text[i] ?? '';
    if (ALNUM.test(ch)) compact += ch;
    else if (!(SEPARATOR.test(ch) && compact.length > 0 && ALNUM.test(text[i + 1] ?? ''))) return null;
    i++;
  }
  if (compact.length < length || ALNUM.test(text[i] ?? '')) return null;
  return { compact, end: i };
}

export function findIbans(text: string): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  let after = 0;
  for (const m of text.matchAll(START)) {
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (m.index < after || length === undefined) continue;
    const read = readCompact(text, m.index, length);
    if (!read || !passesIbanCheck(read.compact)) continue;
    const country = read.compact.slice(0, 2).toUpperCase();
    spans.push({ kind: 'iban', start: m.index, end: read.end, mask: `[IBAN ${country}•• … ${read.compact.slice(-4)}]` });
    after = read.end;
  }
  return spans;
}
