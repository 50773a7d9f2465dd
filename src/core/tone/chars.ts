/**
 * Character classes by code unit, for the engine's hand-written linear scans: one Unicode
 * property test per distinct character, remembered, instead of a `\p{…}` regular expression
 * stepping through every position of a long text. The table is made on first use, not at import.
 */
export const UPPER = 1;
export const LOWER = 2;
/** Letters without case, titlecase and modifier letters (Lt, Lm, Lo). */
export const LETTER = 3;
export const MARK = 4;
export const NUMBER = 5;
export const OTHER = 6;

let bmp: Uint8Array | null = null;
const astral = new Map<number, number>();
let tests: { lu: RegExp; ll: RegExp; l: RegExp; m: RegExp; n: RegExp } | null = null;

function classify(ch: string): number {
  tests ??= { lu: /^\p{Lu}$/u, ll: /^\p{Ll}$/u, l: /^\p{L}$/u, m: /^\p{M}$/u, n: /^\p{N}$/u };
  return tests.lu.test(ch) ? UPPER : tests.ll.test(ch) ? LOWER : tests.l.test(ch) ? LETTER : tests.m.test(ch) ? MARK : tests.n.test(ch) ? NUMBER : OTHER;
}

/**
 * The class of every BMP code unit seen so far (0: not looked at yet; surrogates stay 0). A hot
 * loop reads it directly and calls `classOfUnit` only on a 0, so ASCII text costs no call.
 */
export function unitClasses(): Uint8Array {
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x80; c++) {
      bmp[c] = c >= 0x61 && c <= 0x7a ? LOWER : c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x30 && c <= 0x39 ? NUMBER : OTHER;
    }
  }
  return bmp;
}

/** Class of the BMP code unit `c` (a lone surrogate is OTHER). */
export function classOfUnit(c: number): number {
  const table = unitClasses();
  let known = table[c] as number;
  if (known === 0) {
    if (c >= 0xd800 && c <= 0xdfff) {
      return OTHER;
    }
    known = classify(String.fromCharCode(c));
    table[c] = known;
  }
  return known;
}

/** Class of an astral code point. */
export function classOfPoint(cp: number): number {
  let known = astral.get(cp);
  if (known === undefined) {
    known = classify(String.fromCodePoint(cp));
    if (astral.size < 4096) {
      astral.set(cp, known);
    }
  }
  return known;
}

/** Whether a surrogate pair starts at i. */
export function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** Class of the character at i (for a surrogate pair, that of its code point; see `pairAt`). */
export function classAt(text: string, i: number): number {
  if (pairAt(text, i)) {
    return classOfPoint(((text.charCodeAt(i) - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
  }
  return classOfUnit(text.charCodeAt(i));
}

/** Letters, marks and numbers: what words are made of. */
export const isWordClass = (k: number): boolean => k !== OTHER;
export const isLetterClass = (k: number): boolean => k === UPPER || k === LOWER || k === LETTER;
