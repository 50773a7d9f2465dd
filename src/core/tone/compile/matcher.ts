import type { Boundary, Classes } from './phrase';
import type { NonWordSet, SkeletonWords, StartFilter, TokenFilter } from './skeleton';
import { byFirstUnits, FIRSTS_MASK, isNonWord, mayStart, PAIRS_MASK, pairHash, TOKEN_PREFIX } from './skeleton';
import { slotOf, wordBits } from '../word-hash';
import type { FirstTokens } from './phrase';
import { compilePhrase, firstChars, firstPairs, firstTokens, phraseReach, phraseWeight, prefixTreeSource, probePieces, SEPARATOR } from './phrase';

/**
 * A list of phrases matched like one global alternation `(?<!\w)(?:p1|p2|…)(?!\w)` (longest
 * phrases first, the first that fits wins, the scan resumes after a match), but dispatched on
 * the character at each word start: only the phrases that can begin with that character are
 * tried there, each group of them one small sticky regex built on first use. A 2,000-character
 * message then costs a few hundred small regex calls instead of trying every phrase at every
 * word start, and a pack costs next to nothing until a word it knows appears.
 */
export interface PhraseMatcher {
  boundary: Boundary;
  /** Entries in alternation order; a match reports the index into this list. */
  size: number;
  buckets: Map<number, Bucket>;
  /** Phrases that may start with any character (tried everywhere), or null. */
  any: Bucket | null;
  nonWord: NonWordSet;
  /** The longest text a match can span (an upper bound). */
  reach: number;
  /** Where a match may start (see `StartFilter`), or null when phrases may start anywhere (`any`). */
  filter: StartFilter | null;
  /** Each phrase's own sticky expression (with the tail), by entry, built on first use. */
  single: (RegExp | undefined)[];
  /** Each phrase's source, by entry. */
  sourceOf: string[];
}

interface Bucket {
  /** Each phrase in the probe's pieces (see `probePieces`). */
  parts: string[][];
  entries: number[];
  /** The bucket's phrases as one expression that only tells whether some phrase fits (see probeOf). */
  probe: RegExp | null;
  tail: string;
  /**
   * Per phrase, the second units a match can have (see `firstPairs`; null: any), and whether a
   * one-letter first word lets a separator or the end follow. Null for the whole bucket when it
   * is not narrowed by second unit (the bucket of phrases that may start anywhere).
   */
  seconds: (Set<number> | null)[] | null;
  separators: boolean[];
  /** The bucket narrowed to the phrases that fit a second unit, by that unit (null: none fits). */
  bySecond: Map<number, Bucket | null>;
  /** The same narrowed buckets by the phrases they keep, so equal ones share their expressions. */
  variants: Map<string, Bucket>;
}
export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase in the list given to `phraseMatcher`. */
  entry: number;
}

/** Builds a matcher; phrase i of the input is entry i of every match. */
export function phraseMatcher(phrases: readonly string[], boundary: Boundary, cls: Classes, nonWord: NonWordSet): PhraseMatcher | null {
  if (phrases.length === 0) {
    return null;
  }
  const order = phrases.map((_, i) => i).sort((a, b) => phraseWeight(phrases[b] as string) - phraseWeight(phrases[a] as string));
  const tail = boundary === 'word' ? `(?!${cls.word})` : '';
  const firsts = order.map((i) => firstChars(phrases[i] as string, cls.spellings));
  const sources = order.map((i) => compilePhrase(phrases[i] as string, boundary, cls));
  const partsOf = order.map((i) => probePieces(phrases[i] as string, boundary, cls));
  const codes = new Set<number>();
  for (const f of firsts) {
    f?.forEach((c) => codes.add(c));
  }
  const pairs = order.map((i) => firstPairs(phrases[i] as string, boundary, cls));
  /** A bucket of the phrases `take` accepts; `code` is the first unit they share, if one. */
  const bucketOf = (take: (f: Set<number> | null) => boolean, code?: number): Bucket | null => {
    const b = emptyBucket(tail, code !== undefined);
    order.forEach((entry, k) => {
      if (!take(firsts[k] ?? null)) {
        return;
      }
      const known = pairs[k];
      const second = known ? new Set(known.filter(([first, unit]) => first === code && unit !== SEPARATOR).map(([, unit]) => unit)) : null;
      const separator = (known ?? []).some(([first, unit]) => first === code && unit === SEPARATOR);
      addPhrase(b, partsOf[k] as string[], entry, second, separator);
    });
    return b.entries.length > 0 ? b : null;
  };
  const buckets = new Map<number, Bucket>();
  for (const c of codes) {
    const b = bucketOf((f) => f === null || f.has(c), c);
    if (b) {
      buckets.set(c, b);
    }
  }
  const reach = phrases.reduce((n, p) => Math.max(n, phraseReach(p, boundary, cls)), 0);
  const bitmap = new Uint8Array(FIRSTS_MASK + 1);
  const pairBits = new Uint8Array(PAIRS_MASK + 1);
  for (const [c, b] of buckets) {
    const open = (b.seconds ?? [null]).some((second) => second === null) || b.separators.some(Boolean);
    bitmap[c & FIRSTS_MASK] = Math.max(bitmap[c & FIRSTS_MASK] as number, open ? 2 : 1);
    for (const second of b.seconds ?? []) {
      second?.forEach((unit) => {
        pairBits[pairHash(c, unit)] = 1;
      });
    }
  }
  const any = bucketOf((f) => f === null);
  const tokens = boundary === 'word' ? tokenFilter(order.map((i) => firstTokens(phrases[i] as string, boundary, cls, (c) => isNonWord(nonWord, c))), firsts) : null;
  const sourceOf: string[] = [];
  order.forEach((entry, k) => {
    sourceOf[entry] = sources[k] as string;
  });
  return { boundary, size: phrases.length, buckets, any, nonWord, reach, filter: any ? null : { firsts: bitmap, pairs: pairBits, tokens }, single: [], sourceOf };
}

/** The first words of the phrases, hashed (see `TokenFilter`); phrases without known first words leave their first units open. */
function tokenFilter(phrases: readonly (FirstTokens | null)[], firsts: readonly (Set<number> | null)[]): TokenFilter {
  const filter: TokenFilter = { exact: wordBits(), prefix: wordBits(), lengths: 0, open: new Uint8Array(FIRSTS_MASK + 1) };
  phrases.forEach((tokens, k) => {
    if (tokens === null) {
      firsts[k]?.forEach((c) => {
        filter.open[c & FIRSTS_MASK] = 1;
      });
      return;
    }
    for (const word of tokens.exact) {
      filter.exact[slotOf(word)] = 1;
    }
    for (const stem of tokens.prefixes) {
      const prefix = stem.slice(0, TOKEN_PREFIX);
      filter.prefix[slotOf(prefix)] = 1;
      filter.lengths |= 1 << prefix.length;
    }
  });
  return filter;
}

function emptyBucket(tail: string, narrowed: boolean): Bucket {
  return { parts: [], entries: [], probe: null, tail, seconds: narrowed ? [] : null, separators: [], bySecond: new Map(), variants: new Map() };
}

function addPhrase(b: Bucket, parts: string[], entry: number, second: Set<number> | null, separator: boolean): void {
  b.parts.push(parts);
  b.entries.push(entry);
  b.seconds?.push(second);
  b.separators.push(separator);
}

/**
 * The bucket narrowed to the phrases that can start with `next` as their second unit (-1: the
 * text's end), or null when none can: a word start then runs an expression of only those
 * phrases, or none. Built on first use for each second unit and kept; equal narrowings share one.
 */
function narrowed(m: PhraseMatcher, b: Bucket, next: number): Bucket | null {
  const known = b.bySecond.get(next);
  return known !== undefined ? known : narrow(m, b, next);
}

/**
 * narrowed's first use for a second unit. (Apart from it: its closures' context would otherwise
 * be allocated on every call of narrowed, some 60 bytes at each word start tried.)
 */
function narrow(m: PhraseMatcher, b: Bucket, next: number): Bucket | null {
  const seconds = b.seconds as (Set<number> | null)[];
  const separator = next < 0 || isNonWord(m.nonWord, next);
  const kept = b.entries.flatMap((_, k) => {
    const second = seconds[k];
    return second === null || second === undefined || second.has(next) || (separator && b.separators[k]) ? [k] : [];
  });
  let out: Bucket | null = null;
  if (kept.length === b.entries.length) {
    out = b;
  } else if (kept.length > 0) {
    const key = kept.join(',');
    out = b.variants.get(key) ?? null;
    if (!out) {
      out = emptyBucket(b.tail, false);
      for (const k of kept) {
        addPhrase(out, b.parts[k] as string[], b.entries[k] as number, null, false);
      }
      b.variants.set(key, out);
    }
  }
  b.bySecond.set(next, out);
  return out;
}

/**
 * Most tries fail: one expression per bucket answers them, with the pieces its phrases share read
 * once. Only where it accepts are the bucket's phrases tried one by one, each its own sticky
 * expression, in order: the first that fits is the match, and where it ends is its lastIndex. (A
 * single expression with a capture group per phrase told which phrase matched, but every match
 * then built an array as long as the bucket, some hundred bytes for each hit.)
 */
function probeOf(b: Bucket): RegExp {
  if (!b.probe) {
    // The phrases' pieces as a prefix tree: "you people" and "you are ~2 useless" share `you`
    // and the separator, so a word start tried with both reads them once.
    b.probe = new RegExp(`(?:${prefixTreeSource(b.parts, (piece) => piece)})${b.tail}`, 'y');
  }
  return b.probe;
}

function singleOf(m: PhraseMatcher, b: Bucket, entry: number): RegExp {
  let re = m.single[entry];
  if (!re) {
    re = new RegExp(`(?:${m.sourceOf[entry] as string})${b.tail}`, 'y');
    m.single[entry] = re;
  }
  return re;
}

/** The match that starts exactly at p (the first phrase, in alternation order, that fits there), or null. */
export function matchAt(m: PhraseMatcher, text: string, p: number): PhraseMatch | null {
  let b = m.buckets.get(text.charCodeAt(p)) ?? m.any;
  if (b && b.seconds !== null) {
    // Only the phrases that can go on with the next unit: most word starts keep none.
    b = narrowed(m, b, p + 1 < text.length ? text.charCodeAt(p + 1) : -1);
  }
  if (!b) {
    return null;
  }
  const probe = probeOf(b);
  probe.lastIndex = p;
  if (!probe.test(text)) {
    return null;
  }
  for (const entry of b.entries) {
    const re = singleOf(m, b, entry);
    re.lastIndex = p;
    if (re.test(text)) {
      // As in one alternation: the first phrase that fits decides, an empty match is none.
      return re.lastIndex > p ? { start: p, end: re.lastIndex, entry } : null;
    }
  }
  return null;
}

/**
 * Every match in `text` (a skeleton, see `./skeleton.ts`), left to right, non-overlapping.
 * `limit` stops after that many matches. `words`, the skeleton's word starts from one pass
 * (`skeletonWords`), spares a word matcher its own walk over every unit.
 */
export function matchAll(m: PhraseMatcher, text: string, limit = Infinity, words?: SkeletonWords): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const n = text.length;
  if (words && m.boundary === 'word' && (words.filter === null || words.filter === m.filter)) {
    // After a match, the next try is at its end if that is a word start, as in the walk below.
    // Starts that went through this matcher's filter in the walk need no second look.
    const filtered = words.filter !== null;
    let from = 0;
    for (let k = 0; k < words.count; k++) {
      const p = words.starts[k] as number;
      if (p < from || (!filtered && m.filter !== null && !mayStart(m.filter, m.nonWord, text, p))) {
        continue;
      }
      const hit = matchAt(m, text, p);
      if (hit) {
        out.push(hit);
        if (out.length >= limit) {
          return out;
        }
        from = hit.end;
      }
    }
    return out;
  }
  if (m.boundary !== 'word') {
    // Substring phrases may start at any position: the filter's first units (a table lookup at
    // most positions) rule out nearly all of them before a call.
    const f = m.filter;
    for (let p = 0; p < n; ) {
      const hit = f === null || byFirstUnits(f, text, p) ? matchAt(m, text, p) : null;
      if (hit) {
        out.push(hit);
        if (out.length >= limit) {
          return out;
        }
        p = hit.end;
      } else {
        p++;
      }
    }
    return out;
  }
  // A word matcher called without word starts (the context filters, on a window around a hit)
  // walks unit by unit. Taking the starts with skeletonWords here instead was measured: checks
  // 1.04-1.3× slower in every word pack, the shared walk seeing windows of every size.
  let candidate = true;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (candidate && (m.filter === null || mayStart(m.filter, m.nonWord, text, p))) {
      const hit = matchAt(m, text, p);
      if (hit) {
        out.push(hit);
        if (out.length >= limit) {
          return out;
        }
        p = hit.end;
        candidate = isNonWord(m.nonWord, text.charCodeAt(p - 1));
        continue;
      }
    }
    candidate = isNonWord(m.nonWord, c);
    p++;
  }
  return out;
}

/**
 * Whether a match starting at some position in [from, to] (a word start, for word phrases)
 * passes `test`. Unlike matchAll, which resumes after each match, every start is tried: the
 * context filters ask whether any phrase covers or touches one hit, and look only around it
 * (`reach` before it) instead of scanning the whole message.
 */
export function someMatch(m: PhraseMatcher, text: string, from: number, to: number, test: (match: PhraseMatch) => boolean): boolean {
  const word = m.boundary === 'word';
  const n = text.length;
  const last = Math.min(to, n - 1);
  const f = m.filter;
  for (let p = Math.max(0, from); p <= last; p++) {
    if ((word && p > 0 && !isNonWord(m.nonWord, text.charCodeAt(p - 1))) || (f !== null && !byFirstUnits(f, text, p))) {
      continue;
    }
    const hit = matchAt(m, text, p);
    if (hit && test(hit)) {
      return true;
    }
  }
  return false;
}
