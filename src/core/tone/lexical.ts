import type { CompiledPack } from './compile/pack';
import type { PhraseRule } from './pack';
import type { Severity } from './types';
import type { Span } from './context/quotes';
import { insideSpan } from './context/quotes';
import { inCodeToken } from './context/codes';
import { isNegated } from './context/negation';
import { sentenceOf } from './context/sentences';
import { findLeet } from './leet';
import type { PhraseMatcher } from './compile/matcher';
import { matchAll } from './compile/matcher';

/** A phrase-rule hit in the normalised text, after the context filters. */
export interface LexicalHit {
  rule: PhraseRule;
  start: number;
  end: number;
  severity: Severity;
  negated: boolean;
}

export interface LexicalContext {
  quotes: readonly Span[];
  sentenceEnds: readonly number[];
}

const DEMOTE: Record<Severity, Severity> = { strong: 'consider', consider: 'info', info: 'info' };
/** Categories that an allow phrase (firm, legitimate escalation) in the same sentence cancels. */
const ALLOWABLE = new Set(['threat', 'demand', 'blame']);
/** A phrase that itself starts with a quote mark targets scare quotes ("help"), not quoting. */
const QUOTE_MARK = /^["“„«»「『']/;

function spansOf(matcher: PhraseMatcher | null, skeleton: string): Span[] {
  return matcher ? matchAll(matcher, skeleton).map((m) => [m.start, m.end] as const) : [];
}

interface RawHit {
  rule: PhraseRule;
  start: number;
  end: number;
  /** Found by the leet pass, which has already judged the whole token (digits included). */
  leet: boolean;
}

function rawHits(compiled: CompiledPack, text: string, skeleton: string): RawHit[] {
  const hits: RawHit[] = [];
  if (compiled.main) {
    for (const m of matchAll(compiled.main, skeleton)) {
      const rule = compiled.entryRule[m.entry];
      if (rule) {
        hits.push({ rule, start: m.start, end: m.end, leet: false });
      }
    }
  }
  const direct = hits.length;
  for (const leet of findLeet(compiled, text)) {
    if (overlapsAny(hits, direct, leet.start, leet.end)) {
      continue;
    }
    hits.push({ rule: leet.word.rule, start: leet.start, end: leet.end, leet: true });
  }
  return hits;
}

/** Whether [start, end) overlaps one of the first n hits (sorted by start, non-overlapping). */
function overlapsAny(hits: readonly RawHit[], n: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as RawHit).end <= start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < n && (hits[lo] as RawHit).start < end;
}

function allowedSentences(compiled: CompiledPack, skeleton: string, ends: readonly number[]): Set<number> {
  const sentences = new Set<number>();
  for (const [s, e] of spansOf(compiled.allow, skeleton)) {
    sentences.add(sentenceOf(ends, s));
    sentences.add(sentenceOf(ends, e - 1));
  }
  return sentences;
}

/** Runs a compiled pack over normalised text and applies quotes, codes, safe words, allow, negation. */
export function findLexical(compiled: CompiledPack, text: string, ctx: LexicalContext): LexicalHit[] {
  const skeleton = compiled.scheme.skeleton(text);
  const raw = rawHits(compiled, text, skeleton);
  if (raw.length === 0) {
    return [];
  }
  const safe = spansOf(compiled.safe, skeleton);
  const substring = compiled.boundary === 'substring';
  let allowed: Set<number> | null = null;
  const out: LexicalHit[] = [];
  for (const hit of raw) {
    if (insideSpan(safe, hit.start, hit.end)) {
      continue;
    }
    if ((!QUOTE_MARK.test(text[hit.start] ?? '') && insideSpan(ctx.quotes, hit.start, hit.end)) || (!hit.leet && inCodeToken(text, hit.start, hit.end, substring))) {
      continue;
    }
    if (hit.rule.allowable ?? ALLOWABLE.has(hit.rule.category)) {
      allowed ??= allowedSentences(compiled, skeleton, ctx.sentenceEnds);
      if (allowed.has(sentenceOf(ctx.sentenceEnds, hit.start))) {
        continue;
      }
    }
    const negatable = hit.rule.negatable ?? (hit.rule.category === 'insult' || hit.rule.category === 'profanity');
    const negated = negatable && isNegated(compiled, skeleton, hit.start, hit.end);
    out.push({ rule: hit.rule, start: hit.start, end: hit.end, severity: negated ? DEMOTE[hit.rule.severity] : hit.rule.severity, negated });
  }
  return out;
}
