import type { CompiledPack, LeetWord } from './compile/pack';
import type { SkeletonWords } from './compile/skeleton';
import { isNonWord, skeletonWords } from './compile/skeleton';
import { classOfPoint, classOfUnit, OTHER, pairAt } from './chars';

/**
 * Masked and leet spellings of insults and profanity: `f***`, `sh!t`, `1d10t`, `a$$hole`.
 * Only tokens holding a mask or leet character are looked at, and only against the pack's
 * single-word insult/profanity phrases, so order codes like `A1B2` stay untouched.
 */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };
const MASK = new Set(['*', '#', '_', '〇', '○', '●', '×']);
/** Mask characters used in scripts without spaces (ク〇, ク＊ after NFKC). */
const CJK_MASK = '[〇○●×*＊]';
const CJK_MASK_CHAR = /[〇○●×*＊]/;
/** `*#@$!_`: the symbols a leet or masked token may hold besides letters, marks and digits. */
const isLeetSymbol = (c: number): boolean => c === 42 || c === 35 || c === 64 || c === 36 || c === 33 || c === 95;

/**
 * Where a token worth judging can be: an ASCII digit, a leet symbol or the mask 〇 (after NFKC,
 * other digits are rare and stand for no letter). Found by a regular expression of a few code
 * units, which the engine scans natively, even on text outside Latin-1.
 */
const LEET_AT = /[*#@$!_0-9\u3007]/g;

/** Width in code units of the token character (letter, mark, digit, leet symbol) at i, or 0. */
function tokenWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isLeetSymbol(c)) {
    return 1;
  }
  if (c < 0xd800 || c > 0xdfff) {
    return classOfUnit(c) !== OTHER ? 1 : 0;
  }
  return pairAt(text, i) && classOfPoint(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000) !== OTHER ? 2 : 0;
}

/** Width of the token character that ends at i, or 0. */
function tokenWidthBefore(text: string, i: number): number {
  if (i <= 0) {
    return 0;
  }
  return i >= 2 && pairAt(text, i - 2) ? tokenWidthAt(text, i - 2) : tokenWidthAt(text, i - 1) === 1 ? 1 : 0;
}

export interface LeetHit {
  start: number;
  end: number;
  word: LeetWord;
}

/** Trims trailing exclamation marks and surrounding mask characters ("*sigh*", "shit!!"). */
function trim(token: string): [number, number] {
  let s = 0;
  let e = token.length;
  while (e > s && token[e - 1] === '!') {
    e--;
  }
  while (s < e && (token[s] === '*' || token[s] === '_')) {
    s++;
  }
  return [s, e];
}

function matches(token: string, target: LeetWord): boolean {
  const { word, stem } = target;
  if (stem ? token.length < word.length : token.length !== word.length) {
    return false;
  }
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = token[i] as string;
    if (MASK.has(c)) {
      continue;
    }
    if ((LEET[c] ?? c) !== word[i]) {
      return false;
    }
    letters++;
  }
  return letters > 0 && !MASK.has(token[0] as string);
}

/** Finds masked/leet spellings in the normalised text. */
export function findLeet(compiled: CompiledPack, text: string, limit = Infinity): LeetHit[] {
  const hits: LeetHit[] = [];
  if (compiled.leetWords.length === 0) {
    return hits;
  }
  if (compiled.boundary === 'substring') {
    return findMaskedSubstrings(compiled, text, limit);
  }
  const judge = (start: number, end: number): void => {
    const [s, e] = trim(text.slice(start, end));
    const token = text.slice(start + s, start + e);
    if (token.length < 3 || !/\p{L}/u.test(token) || !/[*#@$!_0-9\u3007]/.test(token)) {
      return;
    }
    const first = token[0] as string;
    const word = compiled.leetByFirst.get(LEET[first] ?? first)?.find((w) => matches(token, w));
    if (word) {
      hits.push({ start: start + s, end: start + e, word });
    }
  };
  // Tokens are the maximal runs of letters, marks, digits and leet symbols; only those holding a
  // digit or a symbol are judged. The scan jumps from one such character to the next (most text
  // has a few) and widens each to its token with the class table: linear, each unit looked at
  // at most twice. (test, not exec: each match is one unit, just before lastIndex, and no match
  // array is built for every digit of an order number.)
  const n = text.length;
  LEET_AT.lastIndex = 0;
  while (hits.length < limit && LEET_AT.test(text)) {
    const at = LEET_AT.lastIndex - 1;
    let start = at;
    for (let w = tokenWidthBefore(text, start); w > 0; w = tokenWidthBefore(text, start)) {
      start -= w;
    }
    let end = at;
    for (let w = tokenWidthAt(text, end); w > 0 && end < n; w = tokenWidthAt(text, end)) {
      end += w;
    }
    judge(start, end);
    LEET_AT.lastIndex = Math.max(end, at + 1);
  }
  return hits;
}

const substringCache = new WeakMap<CompiledPack, RegExp>();

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/**
 * Without word boundaries, a masked spelling is a listed word whose first character is kept and
 * whose later characters may each be a mask (ク〇 for クソ). Only spans holding a mask count.
 */
function findMaskedSubstrings(compiled: CompiledPack, text: string, limit: number): LeetHit[] {
  let re = substringCache.get(compiled);
  if (!re) {
    const words = [...new Set(compiled.leetWords.map((w) => w.word))].filter((w) => [...w].length >= 2);
    words.sort((a, b) => b.length - a.length);
    const source = words.map((w) => {
      const [first, ...rest] = [...w];
      return escapeChar(first as string) + rest.map((c) => `(?:${escapeChar(c)}|${CJK_MASK})`).join('');
    });
    re = new RegExp(source.length > 0 ? source.join('|') : '(?!)', 'gu');
    substringCache.set(compiled, re);
  }
  const hits: LeetHit[] = [];
  if (!CJK_MASK_CHAR.test(text)) {
    // Every hit holds a mask character: without one in the text, there is none to find.
    return hits;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m && hits.length < limit; m = re.exec(text)) {
    const token = m[0];
    if (!CJK_MASK_CHAR.test(token)) {
      continue;
    }
    const word = compiled.leetWords.find((w) => w.word.length === token.length && matches(token, { ...w, stem: false }));
    if (word) {
      hits.push({ start: m.index, end: m.index + token.length, word });
    }
  }
  return hits;
}

/** Separators between the letters of a spelled-out word: "F U C K", "s.h.i.t", "b-i-t-c-h". */
const SPELL_SEPARATORS = ' .-_*';
/** A word spelled out or stretched must have at least this many letters. */
const MIN_RESPELLED = 3;
const MAX_STRETCHED = 48;

function findWord(compiled: CompiledPack, candidate: string): LeetWord | undefined {
  return compiled.leetByFirst.get(candidate[0] as string)?.find((w) => (w.stem ? candidate.startsWith(w.word) : candidate === w.word));
}

/** Collapses runs of three or more equal letters to one and to two: "fuuuck" → "fuck", "asss" → "as", "ass". */
function collapsed(word: string): string[] {
  const one = word.replace(/(.)\1{2,}/gu, '$1');
  const two = word.replace(/(.)\1{2,}/gu, '$1$1');
  return one === two ? [one] : [one, two];
}

/**
 * Words spelled out letter by letter ("F U C K", "s.h.i.t service", "b u l l s h i t") and
 * stretched ("fuuuck", "shiiiit"), found on the pack's skeleton of the normalised text and
 * judged against the single-word insult and profanity phrases, like leet spellings.
 */
export function findRespelled(compiled: CompiledPack, skeleton: string, limit = Infinity, words?: SkeletonWords): LeetHit[] {
  const hits: LeetHit[] = [];
  // `respelled`: a quick look (three equal letters, or three linked single letters) that most
  // messages fail.
  if (compiled.leetWords.length === 0 || compiled.boundary === 'substring' || !(words ?? skeletonWords(compiled.scheme.nonWord, skeleton)).respelled) {
    return hits;
  }
  const nonWords = compiled.scheme.nonWord;
  const n = skeleton.length;
  // The current run of single letters, each after the same one-character separator.
  let runStart = -1;
  let runEnd = -1;
  let letters = '';
  let sep = '';
  const flush = (): void => {
    if (letters.length >= MIN_RESPELLED) {
      const word = findWord(compiled, letters);
      if (word) {
        hits.push({ start: runStart, end: runEnd, word });
      }
    }
    runStart = -1;
    letters = '';
    sep = '';
  };
  let i = 0;
  while (i < n && hits.length < limit) {
    if (isNonWord(nonWords, skeleton.charCodeAt(i))) {
      i++;
      continue;
    }
    // The token, and whether some character comes three times in a row in it.
    let j = i + 1;
    let same = 1;
    let stretched = false;
    while (j < n && !isNonWord(nonWords, skeleton.charCodeAt(j))) {
      same = skeleton.charCodeAt(j) === skeleton.charCodeAt(j - 1) ? same + 1 : 1;
      stretched ||= same >= 3;
      j++;
    }
    const ch = skeleton[i] as string;
    if (j - i === 1 && !(ch >= '0' && ch <= '9')) {
      const gap = skeleton[i - 1] as string;
      if (runStart >= 0 && i - runEnd === 1 && SPELL_SEPARATORS.includes(gap) && (sep === '' || gap === sep)) {
        sep = gap;
        letters += ch;
        runEnd = j;
      } else {
        flush();
        runStart = i;
        runEnd = j;
        letters = ch;
      }
      i = j;
      continue;
    }
    flush();
    // A stretched word: some letter three times in a row (no word is longer than MAX_STRETCHED).
    if (stretched && j - i > MIN_RESPELLED && j - i <= MAX_STRETCHED) {
      const word = collapsed(skeleton.slice(i, j)).map((c) => (c.length >= MIN_RESPELLED ? findWord(compiled, c) : undefined)).find((w) => w !== undefined);
      if (word) {
        hits.push({ start: i, end: j, word });
      }
    }
    i = j;
  }
  flush();
  return hits;
}
