import type { CompiledPack } from './compile/pack';
import type { PhraseRule } from './pack';
import type { Severity } from './types';
import type { Span } from './context/quotes';
import { insideSpan } from './context/quotes';
import { inCodeToken } from './context/codes';
import { isNegated } from './context/negation';
import { sentenceOf } from './context/sentences';
import { findLeet } from './leet';

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

function spansOf(re: RegExp | null, text: string): Span[] {
  const spans: Span[] = [];
  if (!re) {
    return spans;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

interface RawHit {
  rule: PhraseRule;
  start: number;
  end: number;
  /** Found by the leet pass, which has already judged the whole token (digits included). */
  leet: boolean;
}

function rawHits(compiled: CompiledPack, text: string): RawHit[] {
  const hits: RawHit[] = [];
  const re = compiled.main;
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let g = 1;
      while (g < m.length && m[g] === undefined) {
        g++;
      }
      const rule = compiled.groupRule[g];
      if (rule) {
        hits.push({ rule, start: m.index, end: m.index + m[0].length, leet: false });
      }
    }
  }
  const direct = hits.length;
  for (const leet of findLeet(compiled, text)) {
    if (hits.slice(0, direct).some((h) => h.start < leet.end && leet.start < h.end)) {
      continue;
    }
    hits.push({ rule: leet.word.rule, start: leet.start, end: leet.end, leet: true });
  }
  return hits;
}

function allowedSentences(compiled: CompiledPack, text: string, ends: readonly number[]): Set<number> {
  const sentences = new Set<number>();
  for (const [s, e] of spansOf(compiled.allow, text)) {
    sentences.add(sentenceOf(ends, s));
    sentences.add(sentenceOf(ends, e - 1));
  }
  return sentences;
}

/** Runs a compiled pack over normalised text and applies quotes, codes, safe words, allow, negation. */
export function findLexical(compiled: CompiledPack, text: string, ctx: LexicalContext): LexicalHit[] {
  const raw = rawHits(compiled, text);
  if (raw.length === 0) {
    return [];
  }
  const safe = spansOf(compiled.safe, text);
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
      allowed ??= allowedSentences(compiled, text, ctx.sentenceEnds);
      if (allowed.has(sentenceOf(ctx.sentenceEnds, hit.start))) {
        continue;
      }
    }
    const negatable = hit.rule.negatable ?? (hit.rule.category === 'insult' || hit.rule.category === 'profanity');
    const negated = negatable && isNegated(compiled, text, hit.start, hit.end);
    out.push({ rule: hit.rule, start: hit.start, end: hit.end, severity: negated ? DEMOTE[hit.rule.severity] : hit.rule.severity, negated });
  }
  return out;
}
