/**
 * Payment card numbers: 13-19 digits, optionally grouped by single spaces or dashes, that pass
 * the Luhn check. Order and tracking numbers of the same length fail Luhn nine times in ten and
 * are left alone. A run of digit groups is tried whole, then by its leading and trailing groups,
 * so "4242 4242 4242 4242 123" (a CVC typed after the number) still hides the card.
 */
import { passesLuhn } from './luhn';
import type { SensitiveSpan } from './span';

/**
 * Digits joined by at most one separator each, not preceded by a letter or digit. No lookahead:
 * a group glued to a following letter is dropped afterwards, which keeps matching linear.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}])\d(?:[ \u00A0\-\u2010\u2011\u2013]?\d)*/gu;
const GLUED = /^[\p{L}\p{N}]/u;
/** A run that continues an IBAN-shaped start ("DE89 3704 …") belongs to an account number, valid or not. */
const AFTER_IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00A0][A-Za-z0-9]{4})*[ \u00A0]$/u;
const GROUP = /\d+/g;

interface Group {
  start: number;
  end: number;
  digits: string;
}

function groupsOf(run: string, offset: number): Group[] {
  return [...run.matchAll(GROUP)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, digits: m[0] }));
}

interface CardWindow {
  from: number;
  to: number;
  digits: string;
}

function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && digits[0] !== '0' && passesLuhn(digits);
}

/**
 * The first window of whole groups, anchored at either end of the run, that is a card number:
 * the whole run, then shorter leading windows, then shorter trailing ones (at most 19 digits each,
 * so a hostile run of thousands of groups costs little).
 */
function cardWindow(groups: Group[]): CardWindow | null {
  const leading: CardWindow[] = [];
  const trailing: CardWindow[] = [];
  let head = '';
  let tail = '';
  for (let i = 0; i < groups.length && head.length <= 19; i++) {
    head += groups[i]?.digits ?? '';
    leading.unshift({ from: 0, to: i, digits: head });
  }
  for (let i = groups.length - 1; i > 0 && tail.length <= 19; i--) {
    tail = (groups[i]?.digits ?? '') + tail;
    trailing.unshift({ from: i, to: groups.length - 1, digits: tail });
  }
  return [...leading, ...trailing].find((w) => isCardNumber(w.digits)) ?? null;
}

export function findCardNumbers(text: string): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (AFTER_IBAN_START.test(text.slice(Math.max(0, run.index - 48), run.index))) continue;
    const groups = groupsOf(run[0], run.index);
    const next = text.codePointAt(run.index + run[0].length);
    if (next !== undefined && GLUED.test(String.fromCodePoint(next))) groups.pop();
    const found = cardWindow(groups);
    const first = found && groups[found.from];
    const last = found && groups[found.to];
    if (!found || !first || !last) continue;
    spans.push({ kind: 'card', start: first.start, end: last.end, mask: `[card •••• ${found.digits.slice(-4)}]` });
  }
  return spans;
}
