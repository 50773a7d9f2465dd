/**
 * One pass over a message's code units that notes what the language-neutral rules, the quote
 * finder and the whole-message rewrite need to know about its characters: where the exclamation
 * and question marks are, where sentences end, where quote marks and `>` are, how many words
 * there are, and whether any capital letter sits next to another capital. Each of them used to
 * walk the whole message itself; now they visit only the few positions listed here.
 */
import { classOfPoint, classOfUnit, LETTER, LOWER, MARK, OTHER, unitClasses, UPPER } from './chars';
import { QUOTE_MARKS } from './context/quotes';

export interface TextScan {
  /** Positions of the marks an exclamation run is made of (`RUN_MARKS`), ascending. */
  marks: number[];
  /** Positions of sentence ends: . ! ? 。 ！ ？ and line ends, ascending. */
  terminators: number[];
  /** Positions of line ends, `>` and every quote mark that can open or close a quote, ascending. */
  quoteStops: number[];
  /** Words: runs of letters and numbers (with their combining marks). */
  words: number;
  /** The first sentence end after the first word, or -1; and how many words start before it. */
  firstSentenceEnd: number;
  firstSentenceWords: number;
  /**
   * Whether a capital letter sits next to another letter or mark that is not lower case: every
   * shouted word holds such a pair, so without one there is no shouting to look for.
   */
  mayShout: boolean;
}

const TERMINATOR = 1;
const RUN_MARK = 2;
const QUOTE_STOP = 4;

/** The marks an exclamation run is made of (see rules/exclaim.ts). */
export const RUN_MARKS = '!！﹗❗❕‼⁉⁈?？﹖⁇';

/** What each special character is, ASCII by table, the few others by map. */
const ASCII_KIND = new Uint8Array(128);
const OTHER_KIND = new Map<number, number>();
function mark(chars: string, kind: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      ASCII_KIND[c] = (ASCII_KIND[c] as number) | kind;
    } else {
      OTHER_KIND.set(c, (OTHER_KIND.get(c) ?? 0) | kind);
    }
  }
}
mark('.!?\n\u3002\uff01\uff1f', TERMINATOR);
mark(RUN_MARKS, RUN_MARK);
mark(`\n>${QUOTE_MARKS}`, QUOTE_STOP);
/** Below this, no character outside ASCII is special (« is U+00AB). */
const FIRST_OTHER = Math.min(...OTHER_KIND.keys());

export function scanText(text: string): TextScan {
  const marks: number[] = [];
  const terminators: number[] = [];
  const quoteStops: number[] = [];
  const table = unitClasses();
  const n = text.length;
  let words = 0;
  let firstSentenceEnd = -1;
  let firstSentenceWords = 0;
  let mayShout = false;
  let inWord = false;
  let prev = OTHER;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = table[c] as number;
    const at = i;
    if (k === 0) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        k = classOfPoint(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
        i++;
      } else {
        k = classOfUnit(c);
      }
    }
    if (!mayShout && ((k === UPPER && (prev === UPPER || prev === LETTER || prev === MARK)) || (prev === UPPER && (k === LETTER || k === MARK)))) {
      mayShout = true;
    }
    prev = k;
    if (k !== OTHER) {
      if (!inWord && k !== MARK) {
        words++;
        inWord = true;
      }
      if (k === LOWER || k === LETTER) {
        // The rest of a run of lower-case and caseless letters changes nothing above but `prev`
        // (a capital right after a caseless letter may be shouting): skipped in a tight loop,
        // most of a Latin or Japanese text.
        while (i + 1 < n) {
          const next = table[text.charCodeAt(i + 1)] as number;
          if (next !== LOWER && next !== LETTER) {
            break;
          }
          prev = next;
          i++;
        }
      }
      continue;
    }
    inWord = false;
    const kind = c < 128 ? (ASCII_KIND[c] as number) : c >= FIRST_OTHER ? (OTHER_KIND.get(c) ?? 0) : 0;
    if (kind === 0) {
      continue;
    }
    if (kind & TERMINATOR) {
      terminators.push(at);
      if (firstSentenceEnd < 0 && words > 0) {
        firstSentenceEnd = at;
        firstSentenceWords = words;
      }
    }
    if (kind & RUN_MARK) {
      marks.push(at);
    }
    if (kind & QUOTE_STOP) {
      quoteStops.push(at);
    }
  }
  return { marks, terminators, quoteStops, words, firstSentenceEnd, firstSentenceWords: firstSentenceEnd < 0 ? words : firstSentenceWords, mayShout };
}
