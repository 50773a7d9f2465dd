/**
 * Compiles one phrase of the pack syntax (see `../pack.ts`) into a regular-expression source.
 * Every piece is a character class or a bounded repeat over disjoint classes, so no input can
 * make the result backtrack more than linearly.
 */
export type Boundary = 'word' | 'substring';

/** Letters, marks and digits: what a "word" is made of, in every script. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
export const NON_WORD_CHAR = '[^\\p{L}\\p{M}\\p{N}]';
/** At most this many separator characters between two words of a phrase. */
const MAX_SEPARATOR = 12;

function escapeLiteral(s: string): string {
  return s
    .replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`)
    .replace(/'/g, "'?");
}

/** Splits a phrase into words at spaces outside `( … )`, which may hold multi-word alternatives. */
export function splitWords(phrase: string): string[] {
  return phrase.trim().toLowerCase().match(/(?:\([^()]*\)|[^\s(])+/g) ?? [];
}

/** One word: literal text, `(a|b)` alternatives, and a trailing `*` stem. */
function compileWord(word: string, boundary: Boundary): string {
  let stem = false;
  let body = word;
  if (body.endsWith('*') && body.length > 1) {
    stem = true;
    body = body.slice(0, -1);
  }
  let out = '';
  const group = /\(([^()]*)\)/g;
  let last = 0;
  for (let m = group.exec(body); m; m = group.exec(body)) {
    out += escapeLiteral(body.slice(last, m.index));
    const alts = (m[1] ?? '').split('|').map((alt) => (/\s/.test(alt.trim()) ? compilePhrase(alt, boundary) : escapeLiteral(alt.trim())));
    out += `(?:${alts.join('|')})`;
    last = m.index + m[0].length;
  }
  out += escapeLiteral(body.slice(last));
  if (stem && boundary === 'word') {
    out += `${WORD_CHAR}{0,24}`;
  }
  return out;
}

/**
 * Up to n arbitrary words. Words and separators are disjoint classes, so a text splits one way
 * only; without spaces (substring packs) a single bounded run of characters stands in.
 */
function gapSource(n: number, boundary: Boundary, sep: string): string {
  if (boundary === 'substring') {
    return `[^。！？!?\\n]{0,${n * 4}}`;
  }
  return `(?:${WORD_CHAR}{1,40}${sep}){0,${n}}`;
}

/** Compiles a phrase into a regex source (no flags, no outer boundaries). */
export function compilePhrase(phrase: string, boundary: Boundary): string {
  const sep = boundary === 'word' ? `${NON_WORD_CHAR}{1,${MAX_SEPARATOR}}` : `${NON_WORD_CHAR}{0,${MAX_SEPARATOR}}`;
  const words = splitWords(phrase);
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const gap = /^~([1-5])$/.exec(word);
    if (gap) {
      parts.push(gapSource(Number(gap[1]), boundary, sep));
      continue;
    }
    parts.push(compileWord(word, boundary));
    const next = words[i + 1];
    if (next !== undefined) {
      parts.push(sep);
    }
  }
  return parts.join('');
}

/** Wraps an alternation in Unicode-aware word boundaries (never ASCII `\b`). */
export function withBoundary(source: string, boundary: Boundary): string {
  if (boundary === 'substring') {
    return `(?:${source})`;
  }
  return `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
}

/** A rough specificity: longer literal phrases are tried first in the alternation. */
export function phraseWeight(phrase: string): number {
  return phrase.replace(/[*~()|0-9]/g, '').length;
}
