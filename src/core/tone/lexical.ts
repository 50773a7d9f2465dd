import type { CompiledPack } from './compile/pack';
import { spelledBy } from './compile/pack';
import type { PhraseRule } from './pack';
import type { Severity } from './types';
import type { Span } from './context/quotes';
import { insideSpan } from './context/quotes';
import { inCodeToken } from './context/codes';
import { isNegated } from './context/negation';
import { isNameOrPlace } from './context/names';
import type { Normalized } from './normalize';
import { toOriginal } from './normalize';
import { findLeet, findRespelled } from './leet';
import type { PhraseMatcher } from './compile/matcher';
import { matchAll, someMatch } from './compile/matcher';
import { skeletonWords } from './compile/skeleton';

/** A phrase-rule hit in the normalised text, after the context filters. */
export interface LexicalHit {
  rule: PhraseRule;
  start: number;
  end: number;
  severity: Severity;
  negated: boolean;
}


/**
 * Categories whose look-alikes firm, legitimate escalation produces: an allow phrase that the hit
 * itself covers or touches ("sofort mit einem Vorgesetzten, sonst…") cancels the hit.
 */
const ALLOWABLE = new Set(['threat', 'demand', 'blame']);
/** A phrase that itself starts with a quote mark targets scare quotes ("help"), not quoting. */
const QUOTE_MARK = /^["“„«»「『']/;

/** Whether a safe word covers the hit ("Scunthorpe", "assess"). */
function coveredBySafe(safe: PhraseMatcher | null, skeleton: string, start: number, end: number): boolean {
  return safe !== null && someMatch(safe, skeleton, start - safe.reach, start, (m) => m.end >= end);
}

/** Whether an allow phrase overlaps the hit. */
function touchedByAllow(allow: PhraseMatcher | null, skeleton: string, start: number, end: number): boolean {
  return allow !== null && someMatch(allow, skeleton, start - allow.reach + 1, end - 1, (m) => m.end > start);
}

interface RawHit {
  rule: PhraseRule;
  /** Matcher entry (index of the phrase), or -1 for a leet hit. */
  entry: number;
  start: number;
  end: number;
  /** Found by the leet pass, which has already judged the whole token (digits included). */
  leet: boolean;
}

/**
 * At most this many phrase findings per message, the first ones: a pasted wall of insults must
 * not cost a check the time of tens of thousands of findings. Each pass stops after RAW_LIMIT
 * hits, and only hits before the point where the first pass stopped are judged.
 */
export const MAX_LEXICAL = 200;
const RAW_LIMIT = 4 * MAX_LEXICAL;

/** Hits of every pass, sorted by start, cut where the first pass that reached its limit stopped. */
function rawHits(compiled: CompiledPack, text: string, skeleton: string): RawHit[] {
  const hits: RawHit[] = [];
  // One pass over a word pack's skeleton for the phrase matcher's starts and the respelling check.
  const words = compiled.boundary === 'word' ? skeletonWords(compiled.scheme.nonWord, skeleton, compiled.main?.filter ?? null) : undefined;
  if (compiled.main) {
    for (const m of matchAll(compiled.main, skeleton, RAW_LIMIT, words)) {
      const rule = compiled.entryRule[m.entry];
      if (rule) {
        hits.push({ rule, entry: m.entry, start: m.start, end: m.end, leet: false });
      }
    }
  }
  const leet = findLeet(compiled, text, RAW_LIMIT);
  const respelled = findRespelled(compiled, skeleton, RAW_LIMIT, words);
  let horizon = Infinity;
  for (const pass of [hits, leet, respelled]) {
    if (pass.length >= RAW_LIMIT) {
      horizon = Math.min(horizon, (pass[pass.length - 1] as { end: number }).end);
    }
  }
  const direct = hits.length;
  for (const extra of [...leet, ...respelled.filter((r) => !overlapsAny(leet, leet.length, r.start, r.end))]) {
    if (extra.end > horizon || overlapsAny(hits, direct, extra.start, extra.end)) {
      continue;
    }
    hits.push({ rule: extra.word.rule, entry: -1, start: extra.start, end: extra.end, leet: true });
  }
  const within = hits.length > direct ? hits.sort((a, b) => a.start - b.start) : hits;
  return horizon === Infinity ? within : within.filter((h) => h.end <= horizon);
}

/** Whether [start, end) overlaps one of the first n hits (sorted by start, non-overlapping). */
function overlapsAny(hits: readonly { start: number; end: number }[], n: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as { end: number }).end <= start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < n && (hits[lo] as { start: number }).start < end;
}

/**
 * Runs a compiled pack over normalised text and applies quotes, codes, safe words, allow and
 * negation, names and places. `quotes` are spans of the `original` text (see `context/quotes.ts`).
 */
export function findLexical(compiled: CompiledPack, norm: Normalized, original: string, quotes: readonly Span[]): LexicalHit[] {
  const text = norm.text;
  const skeleton = compiled.scheme.skeleton(text);
  const raw = rawHits(compiled, text, skeleton);
  if (raw.length === 0) {
    return [];
  }
  const substring = compiled.boundary === 'substring';
  const out: LexicalHit[] = [];
  for (const hit of raw) {
    if (out.length >= MAX_LEXICAL) {
      break;
    }
    if (coveredBySafe(compiled.safe, skeleton, hit.start, hit.end)) {
      continue;
    }
    if ((!QUOTE_MARK.test(text[hit.start] ?? '') && quotes.length > 0 && insideSpan(quotes, ...toOriginal(norm, hit.start, hit.end))) || (!hit.leet && inCodeToken(text, hit.start, hit.end, substring))) {
      continue;
    }
    if (hit.rule.category === 'profanity' && compiled.names && isNameOrPlace(original, ...toOriginal(norm, hit.start, hit.end), compiled.names)) {
      continue;
    }
    if (hit.rule.allowable ?? ALLOWABLE.has(hit.rule.category)) {
      // Only an allow phrase inside the hit cancels it: "Shame on you, I'm cancelling" is still blame.
      if (touchedByAllow(compiled.allow, skeleton, hit.start, hit.end)) {
        continue;
      }
    }
    const negatable = hit.rule.negatable ?? (hit.rule.category === 'insult' || hit.rule.category === 'profanity');
    const phrase = compiled.entryPhrase[hit.entry] ?? '';
    const negated = negatable && isNegated(compiled, skeleton, hit.start, hit.end, (cue) => spelledBy(compiled, phrase, cue));
    // Users read a negated insult shown at the default sensitivity as a false alarm ("I'm not
    // calling you an idiot"): it stays visible only at the highest one.
    out.push({ rule: hit.rule, start: hit.start, end: hit.end, severity: negated ? 'info' : hit.rule.severity, negated });
  }
  return out;
}
