import type { Classes } from './phrase';
import { matchText } from '../units';

/**
 * A pack's skeleton of a normalised text: the same length, every letter, mark, digit and ASCII
 * character unchanged, and every other character (emoji, typographic punctuation, lone
 * surrogates) turned into NUL, except the few non-word characters the pack's phrases spell out
 * (“ ” for scare quotes, 。 for Japanese gaps). Offsets carry over one for one, and in the
 * skeleton a "word character" is anything outside a small set of code units.
 */
export interface SkeletonScheme {
  classes: Classes;
  nonWord: NonWordSet;
  skeleton: (text: string) => string;
}

const ASCII_NON_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_NON_WORD[c] = /[0-9A-Za-z]/.test(ch) ? 0 : 1;
}
/**
 * A skeleton's non-word characters beyond ASCII's, as plain data: the hot loops of every pack
 * call the one function `isNonWord` (a closure per pack made their call sites megamorphic).
 */
export interface NonWordSet {
  /** The kept characters lie in [min, max], far above most letters: a range test settles nearly every unit. */
  min: number;
  max: number;
  kept: ReadonlySet<number>;
}

export function isNonWord(w: NonWordSet, code: number): boolean {
  return code < 128 ? ASCII_NON_WORD[code] === 1 : code >= w.min && code <= w.max && w.kept.has(code);
}

/** One pass over a skeleton: where its phrases may start, and whether respelled words may be in it. */
export interface SkeletonWords {
  /** Positions after a non-word unit, and 0, ascending (the first `count`): word phrases start there. */
  starts: Int32Array;
  count: number;
  /**
   * Some unit three times in a row inside a word ("fuuuck"), or three one-letter words each after
   * one spelling separator ("f u c k", "s.h.i.t"): without either, leet.ts looks for no respelling.
   */
  respelled: boolean;
}

/** Separators between the letters of a word spelled out: space . - _ * */
const isSpellSeparator = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42;

export function skeletonWords(w: NonWordSet, skeleton: string): SkeletonWords {
  const n = skeleton.length;
  const starts = new Int32Array(n + 1);
  let count = 0;
  let previousNonWord = true;
  let respelled = false;
  // The current word's start (-1 between words), its run of equal units, the one-letter words
  // linked so far, and where the last word ended.
  let wordStart = -1;
  let same = 0;
  let singles = 0;
  let lastEnd = -2;
  const wordEnds = (end: number): void => {
    const linked = wordStart - lastEnd === 1 && isSpellSeparator(skeleton.charCodeAt(wordStart - 1));
    singles = end - wordStart === 1 ? (linked && singles > 0 ? singles + 1 : 1) : 0;
    respelled ||= singles >= 3;
    lastEnd = end;
    wordStart = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = skeleton.charCodeAt(i);
    if (previousNonWord) {
      starts[count++] = i;
    }
    const nonWord = isNonWord(w, c);
    if (!respelled) {
      if (!nonWord) {
        same = wordStart >= 0 && c === skeleton.charCodeAt(i - 1) ? same + 1 : 1;
        respelled = same >= 3;
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        wordEnds(i);
      }
    }
    previousNonWord = nonWord;
  }
  if (!respelled && wordStart >= 0) {
    wordEnds(n);
  }
  return { starts, count, respelled };
}

const ASCII_NON_WORD_CLASS = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f';
const NON_ASCII = /[^\0-\x7f]/;
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
/**
 * Up to this length a quick scan first looks for a character the skeleton changes (most Latin
 * text has none); on longer text in another script that scan costs more than it saves.
 */
const QUICK_TEST_MAX = 10_000;

/** Whether the skeleton changes something: a non-ASCII character that is not a letter, mark or digit and not kept. */
function needsSkeleton(text: string, kept: ReadonlySet<number>): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c > 0xdbff || i + 1 >= n || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) {
        return true;
      }
      if (!isWordPoint(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000)) {
        return true;
      }
      i++;
    } else if (!isWordUnit(c) && !kept.has(c)) {
      return true;
    }
  }
  return false;
}
/** Whether a BMP code unit is a letter, mark or digit: 1 yes, 2 no, 0 not yet known (filled on demand). */
let wordBmp: Uint8Array | null = null;
/** The same for astral code points, by code point. */
const wordAstral = new Map<number, boolean>();

function isWordUnit(c: number): boolean {
  wordBmp ??= new Uint8Array(0x10000);
  let known = wordBmp[c] as number;
  if (known === 0) {
    known = IS_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    wordBmp[c] = known;
  }
  return known === 1;
}

function isWordPoint(cp: number): boolean {
  let known = wordAstral.get(cp);
  if (known === undefined) {
    known = IS_WORD.test(String.fromCodePoint(cp));
    if (wordAstral.size < 4096) {
      wordAstral.set(cp, known);
    }
  }
  return known;
}
/** Characters the Japanese gap excludes, kept whether or not a phrase spells them. */
const ALWAYS_KEPT = '。！？';

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** The scheme for a set of phrases (every phrase, allow, negation and safe word of a pack). */
export function skeletonScheme(phrases: readonly string[]): SkeletonScheme {
  const kept = new Set<number>();
  for (const ch of ALWAYS_KEPT + phrases.join('')) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0x80 && !IS_WORD.test(ch)) {
      kept.add(c);
    }
  }
  const keptClass = [...kept].map(hex).join('');
  const classes: Classes = {
    word: `[^${ASCII_NON_WORD_CLASS}${keptClass}]`,
    nonWord: `[${ASCII_NON_WORD_CLASS}${keptClass}]`,
  };
  const nonWord: NonWordSet = { min: Math.min(...kept), max: Math.max(...kept), kept };
  const skeleton = (text: string): string => {
    if (!NON_ASCII.test(text) || (text.length <= QUICK_TEST_MAX && !needsSkeleton(text, kept))) {
      return text;
    }
    const n = text.length;
    const units = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        units[i] = c;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const d = text.charCodeAt(i + 1);
        const word = isWordPoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        units[i] = word ? c : 0;
        units[i + 1] = word ? d : 0;
        i++;
      } else {
        units[i] = (c >= 0xd800 && c <= 0xdfff) || !(isWordUnit(c) || kept.has(c)) ? 0 : c;
      }
    }
    return matchText(units, n);
  };
  return { classes, nonWord, skeleton };
}
