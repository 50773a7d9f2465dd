/** The draft's tone as the sidebar receives it (`draft/tone` in src/shared/protocol.ts). */
import type { Analysis, Finding } from '../../core/tone/index';
import type { RequestOf, ContentToBackground } from '../../shared/protocol';

export type DraftTone = RequestOf<ContentToBackground, 'draft/tone'>;
export type DraftPhase = DraftTone['phase'];

const MAX_FINDINGS = 50;

function summarize(text: string, f: Finding): DraftTone['findings'][number] {
  const suggestion = f.suggestions.find((s) => s.scope === 'span') ?? f.suggestions[0];
  return {
    rule: f.rule,
    category: f.category,
    family: f.family,
    severity: f.severity,
    start: f.start,
    end: f.end,
    phrase: text.slice(f.start, Math.min(f.end, f.start + 500)),
    messageKey: f.message.key,
    ...(f.message.params ? { params: f.message.params.slice(0, 9) } : {}),
    ...(suggestion ? { suggestion: suggestion.text.slice(0, 5_000) } : {}),
  };
}

export function draftTone(widget: string, phase: DraftPhase, text: string, analysis: Analysis | null): DraftTone {
  const findings = phase === 'cleared' || !analysis ? [] : analysis.findings.slice(0, MAX_FINDINGS).map((f) => summarize(text, f));
  return { widget, phase, lang: analysis?.lang ?? '', length: text.length, findings };
}
