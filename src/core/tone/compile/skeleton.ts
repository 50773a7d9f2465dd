import type { Classes } from './phrase';
import { matchText } from '../units';
import { WORD_SEED, wordSlot, wordStep } from '../word-hash';

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

/**
 * Where a matcher's phrases may start, as plain data (built by `phraseMatcher`): checks that rule
 * out most word starts without a map lookup or a regular expression. False positives are
 * possible (the matcher's expressions decide), false negatives are not.
 */
export interface StartFilter {
  /**
   * By the low bits of a first unit: 0 no phrase starts with it, 1 the phrases that do know their
   * second units (then `pairs`, a hashed set of (first, second) units, has them), 2 some may go on
   * with any second unit.
   */
  firsts: Uint8Array;
  pairs: Uint8Array;
  /**
   * Word packs: the first words the phrases can start with (see `firstTokens`), so that a start
   * whose word no phrase begins with ("order", "backpack") is skipped though phrases share its
   * first two units ("or else", "bastard"). Null: not checked.
   */
  tokens: TokenFilter | null;
}

export interface TokenFilter {
  /** Whole first words, by hash (see `../word-hash.ts`). */
  exact: Uint8Array;
  /** Stems' first units (at most `TOKEN_PREFIX`), by hash, and the lengths they come in (bit i: length i). */
  prefix: Uint8Array;
  lengths: number;
  /** By the low bits of a first unit: 1 when some phrase starting with it has no known first words. */
  open: Uint8Array;
}

export const FIRSTS_MASK = 1023;
export const PAIRS_MASK = 4095;
/** Stems are listed by their first units, at most this many. */
export const TOKEN_PREFIX = 8;
export const pairHash = (first: number, second: number): number => ((first << 7) ^ second) & PAIRS_MASK;

/**
 * Whether the first-unit bitmap and the pair set let a phrase start at p: the whole filter of a
 * substring matcher, and small enough for a walk over every position to inline.
 */
export function byFirstUnits(f: StartFilter, text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const first = f.firsts[c & FIRSTS_MASK] as number;
  // The first unit alone rules out most positions; the second is read only past it.
  return first === 2 || (first === 1 && f.pairs[pairHash(c, p + 1 < text.length ? text.charCodeAt(p + 1) : -1)] === 1);
}

/**
 * The filter at p without the word's hash: 0 no phrase can start there, 1 one may, 2 one may if
 * the word at p is one the token filter knows.
 */
function byUnits(f: StartFilter, w: NonWordSet, text: string, p: number): number {
  if (!byFirstUnits(f, text, p)) {
    return 0;
  }
  const c = text.charCodeAt(p);
  const t = f.tokens;
  return t === null || t.open[c & FIRSTS_MASK] === 1 || isNonWord(w, c) ? 1 : 2;
}

/** Whether a phrase may start at p (a word start, for a word matcher), by the filter alone. */
export function mayStart(f: StartFilter, w: NonWordSet, text: string, p: number): boolean {
  const units = byUnits(f, w, text, p);
  if (units !== 2) {
    return units === 1;
  }
  const t = f.tokens as TokenFilter;
  let h = WORD_SEED;
  const n = text.length;
  for (let i = p; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (isNonWord(w, unit)) {
      break;
    }
    h = wordStep(h, unit);
    const length = i - p + 1;
    if (length <= TOKEN_PREFIX && ((t.lengths >> length) & 1) === 1 && t.prefix[wordSlot(h)] === 1) {
      return true;
    }
  }
  return t.exact[wordSlot(h)] === 1;
}

/** One pass over a skeleton: where a matcher's phrases may start, and whether respelled words may be in it. */
export interface SkeletonWords {
  /**
   * Positions after a non-word unit, and 0, ascending: word phrases start there. With a filter,
   * only those it lets through (`filter`). `count` is their number.
   */
  starts: number[];
  count: number;
  /** The filter the starts went through, or null: every word start. */
  filter: StartFilter | null;
  /**
   * Some unit three times in a row inside a word ("fuuuck"), or three one-letter words each after
   * one spelling separator ("f u c k", "s.h.i.t"): without either, leet.ts looks for no respelling.
   */
  respelled: boolean;
}

/** Separators between the letters of a word spelled out: space . - _ * */
const isSpellSeparator = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42;

/**
 * The word starts of a skeleton (those `filter` lets through, when given) and the respelling
 * check, in one pass: each word's hash for the token filter is taken as the walk reads it.
 */
export function skeletonWords(w: NonWordSet, skeleton: string, filter: StartFilter | null = null): SkeletonWords {
  const n = skeleton.length;
  // A plain array: with a filter it holds a few hundred starts of a 2,000-unit text, and a typed
  // array as long as the text would live outside the heap, costly to allocate and to free.
  const starts: number[] = [];
  const tokens = filter?.tokens ?? null;
  let previousNonWord = true;
  let respelled = false;
  // The current word's start (-1 between words), its run of equal units, the one-letter words
  // linked so far, and where the last word ended. (Plain locals, no helper closure: a closure
  // over them would keep them in a heap context, read and written at every unit.)
  let wordStart = -1;
  let same = 0;
  let singles = 0;
  let lastEnd = -2;
  let previous = -1;
  // A word start waiting for the token filter's answer (-1: none), and its word's hash so far.
  let pending = -1;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? skeleton.charCodeAt(i) : 32;
    const nonWord = i === n || isNonWord(w, c);
    if (pending >= 0) {
      const t = tokens as TokenFilter;
      if (nonWord) {
        if (t.exact[wordSlot(h)] === 1) {
          starts.push(pending);
        }
        pending = -1;
      } else {
        h = wordStep(h, c);
        const length = i - pending + 1;
        if (length <= TOKEN_PREFIX && ((t.lengths >> length) & 1) === 1 && t.prefix[wordSlot(h)] === 1) {
          starts.push(pending);
          pending = -1;
        }
      }
    }
    if (previousNonWord && i < n) {
      const units = filter === null ? 1 : byUnits(filter, w, skeleton, i);
      if (units === 1) {
        starts.push(i);
      } else if (units === 2) {
        pending = i;
        h = wordStep(WORD_SEED, c);
        if (((tokens as TokenFilter).lengths & 2) !== 0 && (tokens as TokenFilter).prefix[wordSlot(h)] === 1) {
          starts.push(i);
          pending = -1;
        }
      }
    }
    if (!respelled) {
      if (!nonWord) {
        same = wordStart >= 0 && c === previous ? same + 1 : 1;
        respelled = same >= 3;
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        // A word ends at i: one letter long, and right after one spelling separator that follows
        // the previous word, it extends the run of linked one-letter words.
        const linked = wordStart - lastEnd === 1 && isSpellSeparator(skeleton.charCodeAt(wordStart - 1));
        singles = i - wordStart === 1 ? (linked && singles > 0 ? singles + 1 : 1) : 0;
        respelled = singles >= 3;
        lastEnd = i;
        wordStart = -1;
      }
    }
    previous = c;
    previousNonWord = nonWord;
  }
  return { starts, count: starts.length, filter, respelled };
}

const ASCII_NON_WORD_CLASS = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f';
const NON_ASCII = /[^\0-\x7f]/;
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
/**
 * Up to this many changed characters (emoji, typographic punctuation) the skeleton is the text's
 * slices joined around them; past it, a buffer of units is filled and decoded.
 */
const MAX_SLICED = 64;

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
  /** The skeleton when many characters change: every unit written into a buffer. */
  const built = (text: string): string => {
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
  /**
   * One pass finds the characters the skeleton changes (most text has none, or a few): the text
   * itself, or its slices joined around NULs, or, past MAX_SLICED of them, `built`.
   */
  const skeleton = (text: string): string => {
    if (!NON_ASCII.test(text)) {
      return text;
    }
    const n = text.length;
    let parts: string[] | null = null;
    let last = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        continue;
      }
      let width = 1;
      let changed: boolean;
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          width = 2;
          changed = !isWordPoint(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
        } else {
          changed = true;
        }
      } else {
        changed = !isWordUnit(c) && !kept.has(c);
      }
      if (changed) {
        parts ??= [];
        if (parts.length >= 2 * MAX_SLICED) {
          return built(text);
        }
        parts.push(text.slice(last, i), width === 2 ? '\0\0' : '\0');
        last = i + width;
      }
      i += width - 1;
    }
    if (parts === null) {
      return text;
    }
    parts.push(text.slice(last));
    return parts.join('');
  };
  return { classes, nonWord, skeleton };
}
