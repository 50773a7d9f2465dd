/**
 * The calmer text "Use suggestion" puts in the composer. A rule's whole-message rewrite (an
 * I-statement written by people) beats mechanical span fixes, so the first such rewrite of the
 * strongest pack finding wins; otherwise every span suggestion is applied (exclamation marks,
 * capitals, emoji), and as a last resort a neutral rule's whole-message suggestion.
 */
import type { Finding, Severity } from '../../core/tone/index';

const RANK: Record<Severity, number> = { strong: 0, consider: 1, info: 2 };

function messageRewrite(findings: readonly Finding[], lexical: boolean): string | null {
  const ranked = findings
    .filter((f) => f.rule.startsWith('core/') !== lexical)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
  for (const f of ranked) {
    const rewrite = f.suggestions.find((s) => s.scope === 'message');
    if (rewrite) return rewrite.text;
  }
  return null;
}

/** Applies span suggestions from the end backwards, skipping spans that overlap a later one. */
export function applySpans(text: string, findings: readonly Finding[]): string | null {
  const spans = findings
    .map((f) => ({ f, s: f.suggestions.find((x) => x.scope === 'span') }))
    .filter((x) => x.s !== undefined)
    .sort((a, b) => b.f.start - a.f.start);
  if (spans.length === 0) return null;
  let out = text;
  let limit = Infinity;
  for (const { f, s } of spans) {
    if (f.end > limit) continue;
    out = out.slice(0, f.start) + s!.text + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/** The calmer text for a held draft, or null when no finding offers one. */
export function calmerText(text: string, findings: readonly Finding[]): string | null {
  const hostile = findings.filter((f) => f.family === 'hostile');
  const pool = hostile.length > 0 ? hostile : findings;
  const result = messageRewrite(pool, true) ?? applySpans(text, pool) ?? messageRewrite(pool, false);
  return result !== null && result.trim() !== '' && result !== text ? result : null;
}
