import type { Classes } from './phrase';

/**
 * A pack's skeleton of a normalised text: the same length, every letter, mark, digit and ASCII
 * character unchanged, and every other character (emoji, typographic punctuation, lone
 * surrogates) turned into NUL, except the few non-word characters the pack's phrases spell out
 * (“ ” for scare quotes, 。 for Japanese gaps). Offsets carry over one for one, and in the
 * skeleton a "word character" is anything outside a small set of code units.
 */
export interface SkeletonScheme {
  classes: Classes;
  nonWord: (code: number) => boolean;
  skeleton: (text: string) => string;
}

const ASCII_NON_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_NON_WORD[c] = /[0-9A-Za-z]/.test(ch) ? 0 : 1;
}
const ASCII_NON_WORD_CLASS = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f';
const NON_ASCII = /[^\p{ASCII}]/u;
const OTHER = /[^\p{L}\p{M}\p{N}\p{ASCII}]/gu;
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
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
  const nonWord = (code: number): boolean => (code < 128 ? ASCII_NON_WORD[code] === 1 : kept.has(code));
  const replace = (m: string): string => (m.length === 1 && kept.has(m.charCodeAt(0)) ? m : m.length === 1 ? '\0' : '\0\0');
  const skeleton = (text: string): string => (NON_ASCII.test(text) ? text.replace(OTHER, replace) : text);
  return { classes, nonWord, skeleton };
}
