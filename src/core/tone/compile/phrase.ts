/**
 * Compiles one phrase of the pack syntax (see `../pack.ts`) into a regular-expression source.
 * Every piece is a character class or a bounded repeat over disjoint classes, so no input can
 * make the result backtrack more than linearly.
 *
 * The sources run on a pack's *skeleton* of the normalised text (see `./skeleton.ts`), not on
 * the text itself: in the skeleton every character that is not a letter, mark or digit is either
 * ASCII or one of the few such characters the pack's phrases spell out, so "word character" is a
 * small class of code units rather than `[\p{L}\p{M}\p{N}]`. Big Unicode property classes made
 * each pack's regex take hundreds of milliseconds to compile on first use; these compile in a few.
 */
export type Boundary = 'word' | 'substring';

/** The two character classes a pack's regexes are built from (sources, no flags). */
export interface Classes {
  word: string;
  nonWord: string;
  /**
   * Other ways chat users type a letter of the pack (`LanguagePack.spellings`): ä as ae or a,
   * č as c. A phrase letter with spellings matches any of them.
   */
  spellings?: Readonly<Record<string, readonly string[]>>;
}

/** At most this many separator characters between two words of a phrase. */
const MAX_SEPARATOR = 12;

function escapeChar(c: string): string {
  return c === "'" ? "'?" : /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

function escapeLiteral(s: string, cls: Classes): string {
  let out = '';
  for (const c of s) {
    const alts = cls.spellings?.[c];
    if (alts === undefined || alts.length === 0) {
      out += escapeChar(c);
    } else if (alts.every((a) => [...a].length === 1)) {
      out += `[${escapeChar(c)}${alts.map(escapeChar).join('')}]`;
    } else {
      // Longest first, so "ae" is tried before "a".
      const all = [c, ...alts].sort((a, b) => b.length - a.length);
      out += `(?:${all.map((a) => [...a].map(escapeChar).join('')).join('|')})`;
    }
  }
  return out;
}

/** Splits a phrase into words at spaces outside `( … )`, which may hold multi-word alternatives. */
export function splitWords(phrase: string): string[] {
  return phrase.trim().toLowerCase().match(/(?:\([^()]*\)|[^\s(])+/g) ?? [];
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Sequences of pieces as a prefix tree, written as a regex source: [l,i,a,r] [l,a,z,y] →
 * l(?:iar|azy). `source` turns a piece into its source. The same texts match as with the plain
 * alternation (alternation and concatenation distribute), but a failing position is rejected after
 * the first pieces instead of once per alternative. Branches keep the sequences' order.
 */
export function prefixTreeSource(sequences: Iterable<readonly string[]>, source: (piece: string) => string): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const pieces of sequences) {
    let node = root;
    for (const piece of pieces) {
      let child = node.next.get(piece);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(piece, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([piece, child]) => source(piece) + emit(child));
    if (branches.length === 0) {
      return '';
    }
    if (node.end) {
      branches.push('');
    }
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/**
 * Literal alternatives as a prefix tree of their characters: (liar|liars|lazy) →
 * l(?:ia(?:rs|r)|azy). Chat text tries the groups of long word lists at every word that could
 * start them. Longer continuations come first, as in the phrase order.
 */
function trieSource(words: readonly string[], cls: Classes): string {
  return prefixTreeSource(words.map((w) => [...w]), (ch) => escapeLiteral(ch, cls));
}

/** One word: literal text, `(a|b)` alternatives, and a trailing `*` stem. */
function compileWord(word: string, boundary: Boundary, cls: Classes): string {
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
    out += escapeLiteral(body.slice(last, m.index), cls);
    const raw = (m[1] ?? '').split('|').map((alt) => alt.trim());
    const phrases = raw.filter((alt) => /\s/.test(alt)).map((alt) => compilePhrase(alt, boundary, cls));
    const words = raw.filter((alt) => !/\s/.test(alt));
    out += `(?:${[...phrases, ...(words.length > 0 ? [trieSource(words, cls)] : [])].join('|')})`;
    last = m.index + m[0].length;
  }
  out += escapeLiteral(body.slice(last), cls);
  if (stem && boundary === 'word') {
    out += `${cls.word}{0,24}`;
  }
  return out;
}

/**
 * Up to n arbitrary words. Words and separators are disjoint classes, so a text splits one way
 * only; without spaces (substring packs) a single bounded run of characters stands in.
 */
function gapSource(n: number, boundary: Boundary, sep: string, cls: Classes): string {
  if (boundary === 'substring') {
    return `[^。！？!?\\n]{0,${n * 4}}`;
  }
  return `(?:${cls.word}{1,40}${sep}){0,${n}}`;
}

/**
 * A phrase's regex source in pieces: each word (in the pieces `word` gives), the separator
 * between words, each `~N` gap. The capturing source and the probe differ only in their words.
 */
function phrasePieces(phrase: string, boundary: Boundary, cls: Classes, word: (w: string) => string[]): string[] {
  const sep = boundary === 'word' ? `${cls.nonWord}{1,${MAX_SEPARATOR}}` : `${cls.nonWord}{0,${MAX_SEPARATOR}}`;
  const words = splitWords(phrase);
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const gap = /^~([1-5])$/.exec(w);
    if (gap) {
      pieces.push(gapSource(Number(gap[1]), boundary, sep, cls));
      continue;
    }
    pieces.push(...word(w));
    if (words[i + 1] !== undefined) {
      pieces.push(sep);
    }
  }
  return pieces;
}

/**
 * The same phrase for a probe that only asks whether some phrase fits (see matcher.ts), in finer
 * pieces: every letter of a literal is a piece of its own, and a `( … )` group is one piece whose
 * alternatives, multi-word ones included, are a prefix tree of such pieces. Phrases then share
 * the letters they start with ("you", "your", "you've") and a group's alternatives share theirs
 * ("you are", "you all are", "you guys are"), so a failing start reads them once. The texts that
 * fit are those of compilePhrase; which alternative is taken first may differ, which a probe
 * does not care about.
 */
export function probePieces(phrase: string, boundary: Boundary, cls: Classes): string[] {
  const letters = (s: string): string[] => [...s].map((c) => escapeLiteral(c, cls));
  return phrasePieces(phrase, boundary, cls, (word) => {
    const stem = word.endsWith('*') && word.length > 1;
    const body = stem ? word.slice(0, -1) : word;
    const pieces: string[] = [];
    const group = /\(([^()]*)\)/g;
    let last = 0;
    for (let m = group.exec(body); m; m = group.exec(body)) {
      pieces.push(...letters(body.slice(last, m.index)));
      const alternatives = (m[1] ?? '').split('|').map((alt) => alt.trim());
      const tree = prefixTreeSource(alternatives.map((alt) => (/\s/.test(alt) ? probePieces(alt, boundary, cls) : letters(alt))), (piece) => piece);
      pieces.push(`(?:${tree})`);
      last = m.index + m[0].length;
    }
    pieces.push(...letters(body.slice(last)));
    if (stem && boundary === 'word') {
      pieces.push(`${cls.word}{0,24}`);
    }
    return pieces;
  });
}

/** Compiles a phrase into a regex source (no flags, no outer boundaries). */
export function compilePhrase(phrase: string, boundary: Boundary, cls: Classes): string {
  return phrasePieces(phrase, boundary, cls, (word) => [compileWord(word, boundary, cls)]).join('');
}

/** The longest text one literal can match: a letter with spellings may be typed as several ("ä" as "ae"). */
function literalReach(s: string, cls: Classes): number {
  let n = 0;
  for (const c of s) {
    n += Math.max(c.length, ...(cls.spellings?.[c] ?? []).map((a) => a.length));
  }
  return n;
}

/** The longest text one word of a phrase can match (see compileWord). */
function wordReach(word: string, boundary: Boundary, cls: Classes): number {
  const stem = word.endsWith('*') && word.length > 1;
  const body = stem ? word.slice(0, -1) : word;
  let n = stem && boundary === 'word' ? 24 : 0;
  let last = 0;
  const group = /\(([^()]*)\)/g;
  for (let m = group.exec(body); m; m = group.exec(body)) {
    n += literalReach(body.slice(last, m.index), cls);
    n += Math.max(...(m[1] ?? '').split('|').map((alt) => alt.trim()).map((alt) => (/\s/.test(alt) ? phraseReach(alt, boundary, cls) : literalReach(alt, cls))));
    last = m.index + m[0].length;
  }
  return n + literalReach(body.slice(last), cls);
}

/**
 * The longest text a phrase can match (an upper bound, the same pieces as compilePhrase): a
 * context filter that only cares about matches touching a hit looks that far around it.
 */
export function phraseReach(phrase: string, boundary: Boundary, cls: Classes): number {
  const words = splitWords(phrase);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const gap = /^~([1-5])$/.exec(word);
    if (gap) {
      n += Number(gap[1]) * (boundary === 'substring' ? 4 : 40 + MAX_SEPARATOR);
      continue;
    }
    n += wordReach(word, boundary, cls) + (i + 1 < words.length ? MAX_SEPARATOR : 0);
  }
  return n;
}

/**
 * The UTF-16 units a match of the phrase can start with (in the lowercased text), or null when
 * that is not known (a leading gap, an empty or optional first alternative). The matcher only
 * tries a phrase where the text holds one of them.
 */
export function firstChars(phrase: string, spellings?: Classes['spellings']): Set<number> | null {
  const first = splitWords(phrase)[0];
  if (first === undefined || /^~[1-5]$/.test(first)) {
    return null;
  }
  const out = new Set<number>();
  const add = (word: string): boolean => {
    if (word.startsWith('(')) {
      const close = word.indexOf(')');
      const alts = word.slice(1, close).split('|');
      return alts.every((alt) => alt.trim() !== '' && add(alt.trim()));
    }
    const ch = word[0];
    if (ch === undefined || ch === "'" || ch === '*' || ch === '~') {
      return false;
    }
    out.add(word.charCodeAt(0));
    for (const alt of spellings?.[ch] ?? []) {
      out.add(alt.charCodeAt(0));
    }
    return true;
  };
  return add(first) ? out : null;
}

/** In `firstPairs`: the second unit is a separator or the text's end (a one-letter first word). */
export const SEPARATOR = -1;

/**
 * The starts, at most two units long, a literal can be typed with: each letter as itself or one
 * of its spellings, an apostrophe present or not (as `escapeLiteral` compiles them).
 */
function literalStarts(s: string, cls: Classes): string[] {
  let partial = [''];
  for (const c of s) {
    const options = c === "'" ? ["'", ''] : [c, ...(cls.spellings?.[c] ?? [])];
    const next = new Set<string>();
    for (const head of partial) {
      for (const o of options) {
        next.add(head.length >= 2 ? head : (head + o).slice(0, 2));
      }
    }
    partial = [...next];
  }
  return partial;
}

/**
 * The first two UTF-16 units a match of the phrase can start with, as pairs [first, second]
 * (second SEPARATOR: a one-letter first word, then a separator or the end), or null when that
 * is not known (a leading gap, a stem or an empty word too short to tell, a substring pack's
 * one-letter word). The matcher skips a word start whose first two units no phrase of its
 * bucket can begin with, without running the bucket's regular expression.
 */
export function firstPairs(phrase: string, boundary: Boundary, cls: Classes): [number, number][] | null {
  const first = splitWords(phrase)[0];
  if (first === undefined || /^~[1-5]$/.test(first)) {
    return null;
  }
  const stem = first.endsWith('*') && first.length > 1;
  const body = stem ? first.slice(0, -1) : first;
  const out: [number, number][] = [];
  const segments: string[][] = [];
  const group = /\(([^()]*)\)/g;
  let last = 0;
  for (let m = group.exec(body); m; m = group.exec(body)) {
    segments.push(literalStarts(body.slice(last, m.index), cls));
    const options: string[] = [];
    for (const alt of (m[1] ?? '').split('|').map((a) => a.trim())) {
      if (!/\s/.test(alt)) {
        options.push(...literalStarts(alt, cls));
        continue;
      }
      // A multi-word alternative: its own first pairs, if nothing can come before it.
      const inner = segments.every((seg) => seg.every((o) => o === '')) ? firstPairs(alt, boundary, cls) : null;
      if (inner === null) {
        return null;
      }
      out.push(...inner);
    }
    segments.push(options);
    last = m.index + m[0].length;
  }
  segments.push(literalStarts(body.slice(last), cls));
  let partial = new Set<string>(['']);
  for (const options of segments) {
    const next = new Set<string>();
    for (const head of partial) {
      for (const o of options) {
        const t = head + o;
        if (t.length >= 2) {
          out.push([t.charCodeAt(0), t.charCodeAt(1)]);
        } else {
          next.add(t);
        }
      }
    }
    partial = next;
  }
  for (const head of partial) {
    if (head.length === 0 || stem || boundary !== 'word') {
      return null;
    }
    out.push([head.charCodeAt(0), SEPARATOR]);
  }
  return out;
}

/**
 * What a text's first word (its units up to the first non-word unit) must be for a match of the
 * phrase to start there: one of `exact`, or, for a first word with a stem (`idiot*`), a word that
 * starts with one of `prefixes`. Null when that is not
 * known: not a word pack, a leading gap, a multi-word alternative after other letters, a first
 * word that may be empty, or more typings than are worth listing. Typings of a first word that
 * start with a non-word unit (`"help"`) add nothing: they never start at a word unit.
 */
export interface FirstTokens {
  exact: string[];
  prefixes: string[];
}
/** More typings than this (a long word with many spellings), and the phrase is tried at every start. */
const MAX_TYPINGS = 512;

/** Every way a literal can be typed: each letter as itself or one of its spellings, an apostrophe or none. */
function literalTypings(s: string, cls: Classes): string[] {
  let partial = [''];
  for (const c of s) {
    const options = c === "'" ? ["'", ''] : [c, ...(cls.spellings?.[c] ?? [])];
    partial = partial.flatMap((head) => options.map((o) => head + o));
    if (partial.length > MAX_TYPINGS) {
      break;
    }
  }
  return partial;
}

export function firstTokens(phrase: string, boundary: Boundary, cls: Classes, nonWord: (code: number) => boolean): FirstTokens | null {
  const first = splitWords(phrase)[0];
  if (boundary !== 'word' || first === undefined || /^~[1-5]$/.test(first)) {
    return null;
  }
  const stem = first.endsWith('*') && first.length > 1;
  const body = stem ? first.slice(0, -1) : first;
  const out: FirstTokens = { exact: [], prefixes: [] };
  let typings = [''];
  const extend = (options: readonly string[]): boolean => {
    typings = [...new Set(typings.flatMap((head) => options.map((o) => head + o)))];
    return typings.length <= MAX_TYPINGS;
  };
  const group = /\(([^()]*)\)/g;
  let last = 0;
  for (let m = group.exec(body); m; m = group.exec(body)) {
    if (!extend(literalTypings(body.slice(last, m.index), cls))) {
      return null;
    }
    const options: string[] = [];
    for (const alt of (m[1] ?? '').split('|').map((a) => a.trim())) {
      if (!/\s/.test(alt)) {
        options.push(...literalTypings(alt, cls));
        continue;
      }
      // A multi-word alternative: its own first tokens, if nothing can come before it.
      const inner = typings.every((t) => t === '') ? firstTokens(alt, boundary, cls, nonWord) : null;
      if (inner === null) {
        return null;
      }
      out.exact.push(...inner.exact);
      out.prefixes.push(...inner.prefixes);
    }
    if (!extend(options)) {
      return null;
    }
    last = m.index + m[0].length;
  }
  if (!extend(literalTypings(body.slice(last), cls))) {
    return null;
  }
  for (const t of typings) {
    let cut = 0;
    while (cut < t.length && !nonWord(t.charCodeAt(cut))) {
      cut++;
    }
    if (t.length === 0) {
      return null;
    }
    if (cut === 0) {
      continue;
    }
    if (cut < t.length || !stem) {
      out.exact.push(t.slice(0, cut));
    } else {
      out.prefixes.push(t);
    }
  }
  return out;
}

/** A rough specificity: longer literal phrases are tried first in the alternation. */
export function phraseWeight(phrase: string): number {
  return phrase.replace(/[*~()|0-9]/g, '').length;
}
