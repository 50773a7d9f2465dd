/**
 * Spans the customer is quoting (the agent's words, a policy): „…“ »…« «…» 「…」 『…』 "…" “…”,
 * single quotes '…' ‘…’ ‚…‘, and lines that start with `>`. Hits inside them are not the
 * customer's tone. Runs on the ORIGINAL text: normalisation folds ‘ ’ into the apostrophe.
 *
 * A single quote mark doubles as an apostrophe (don't, l'homme, the customers' money), so it
 * opens a quote only after a non-word character and before a word character, and closes one only
 * after a non-blank and before a non-word character, on the same line.
 */
import { classOfUnit, OTHER } from '../chars';

export type Span = readonly [number, number];

const CLOSERS: Record<string, string> = {
  '"': '"',
  '\uff02': '\uff02',
  '\u201c': '\u201d',
  '\u201e': '\u201c\u201d',
  '\u00bb': '\u00ab\u00bb',
  '\u00ab': '\u00bb',
  '\u2039': '\u203a',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
};
/** Single quote marks: ASCII, ‘ ’, low ‚ and full-width ＇; any of them closes any of them. */
const SINGLE = "'\u2018\u2019\u201a\uff07";
/** Every mark that can open a quote (and so every one that can close one). */
export const QUOTE_MARKS = SINGLE + Object.keys(CLOSERS).join('');
/** A stray quote mark must not hide the rest of a long message. */
const MAX_QUOTE = 400;

/** Letters, marks and digits. */
function isWordChar(code: number): boolean {
  return classOfUnit(code) !== OTHER;
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/** Whether the single quote mark at i can open a quote (not an apostrophe inside a word). */
function opensSingle(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return !isWordChar(before) && !isBlank(after) && after !== 10;
}

/** Whether the single quote mark at i can close a quote. */
function closesSingle(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return !isBlank(before) && !isWordChar(after);
}

/** Whether only blanks stand between the line's start and i. */
function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      return true;
    }
    if (c !== 32 && c !== 9) {
      return false;
    }
  }
  return true;
}

/**
 * Finds quoted spans in linear time (each closer's next position is remembered). `stops` are the
 * positions of line ends, `>` and quote marks in the text, ascending (`TextScan.quoteStops`).
 */
export function quoteSpans(text: string, stops: readonly number[]): Span[] {
  const spans: Span[] = [];
  /** Position of the next single quote mark that can close, from a position on (filled lazily). */
  let nextSingleClose: Int32Array | null = null;
  const singleCloseFrom = (from: number): number => {
    if (!nextSingleClose) {
      nextSingleClose = new Int32Array(text.length + 1).fill(-1);
      let next = -1;
      for (let k = text.length - 1; k >= 0; k--) {
        const c = text.charCodeAt(k);
        if (c === 10) {
          next = -1;
        } else if (c !== 0x201a && SINGLE.includes(text[k] as string) && closesSingle(text, k)) {
          next = k;
        }
        nextSingleClose[k] = next;
      }
    }
    return from < text.length ? (nextSingleClose[from] as number) : -1;
  };
  const next = new Map<string, number>();
  const nextOf = (ch: string, from: number): number => {
    const known = next.get(ch);
    if (known !== undefined && (known >= from || known === Infinity)) {
      return known;
    }
    const at = text.indexOf(ch, from);
    const pos = at < 0 ? Infinity : at;
    next.set(ch, pos);
    return pos;
  };
  // Everything up to `i` is decided (inside a quote found, or looked at).
  let i = 0;
  for (const at of stops) {
    if (at < i) {
      continue;
    }
    i = at;
    const ch = text[i] as string;
    if (ch === '\n') {
      continue;
    }
    if (ch === '>') {
      if (atLineStart(text, i)) {
        const end = nextOf('\n', i);
        const stop = end === Infinity ? text.length : end;
        spans.push([i, stop]);
        i = stop;
      }
      continue;
    }
    if (SINGLE.includes(ch) && opensSingle(text, i)) {
      const close = singleCloseFrom(i + 1);
      if (close > i && close - i <= MAX_QUOTE) {
        spans.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    }
    const closers = CLOSERS[ch];
    if (closers !== undefined) {
      let close = Infinity;
      for (const c of closers) {
        close = Math.min(close, nextOf(c, i + 1));
      }
      if (close !== Infinity && close - i <= MAX_QUOTE) {
        spans.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    }
  }
  return spans;
}

/** Whether [start, end) lies inside one of the sorted spans (binary search). */
export function insideSpan(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (span[1] <= start) {
      lo = mid + 1;
    } else if (span[0] > start) {
      hi = mid - 1;
    } else {
      return end <= span[1];
    }
  }
  return false;
}
