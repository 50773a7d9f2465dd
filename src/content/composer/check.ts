/**
 * What the gate makes of a draft: which findings to show, and whether the send waits for the
 * user. Hostile findings hold it; coaching ones (burst, length) only nudge unless the user asked
 * them to hold; "never hold the send" shows everything and holds nothing. Firm escalation
 * (warranty, chargeback, supervisor) yields no finding at all in the engine.
 */
import type { Analysis, CalmDraft, Category, Finding, Lang, PacingHistory } from '../../core/tone/index';
import type { ToneEngine } from './tone';
import type { LanguageId, Settings, ToneCategoryId } from '../../shared/settings-schema';

export interface Verdict {
  analysis: Analysis;
  hold: boolean;
  /** Findings to show without holding (a transient note). */
  nudge: Finding[];
}

/** Compile-time check that the settings' category ids are the engine's categories. */
const sameCategories = (ids: readonly ToneCategoryId[]): readonly Category[] => ids;
/** Likewise for the tone languages; an empty choice (the options page prevents it) means all. */
const sameLanguages = (ids: readonly LanguageId[]): readonly Lang[] | undefined => (ids.length > 0 ? ids : undefined);

export function analyzeDraft(engine: ToneEngine, text: string, settings: Settings, history?: PacingHistory, now?: number, lang?: Lang): Analysis {
  return engine.analyze(text, {
    sensitivity: settings['tone.sensitivity'],
    languages: sameLanguages(settings['tone.languages']),
    disabled: sameCategories(settings['tone.disabledCategories']),
    ...(history && now !== undefined ? { history, now } : {}),
    ...(lang ? { lang } : {}),
  });
}

/**
 * The calmer draft "Use suggestion" offers, checked again with the same settings and language so
 * that a rewrite uncovering another finding is calmed too (see core/tone/calm.ts).
 */
export function suggestCalmer(engine: ToneEngine, text: string, analysis: Analysis, settings: Settings): CalmDraft | null {
  return engine.calmDraft(text, analysis.findings, analysis.lang, (next) => analyzeDraft(engine, next, settings, undefined, undefined, analysis.lang).findings);
}

export function judge(analysis: Analysis, settings: Settings): Verdict {
  const hostile = analysis.findings.filter((f) => f.family === 'hostile');
  const coaching = analysis.findings.filter((f) => f.family === 'coaching');
  const holding = hostile.length > 0 || (settings['tone.holdCoaching'] && coaching.length > 0);
  const hold = holding && !settings['tone.neverHold'];
  return { analysis, hold, nudge: hold ? [] : analysis.findings };
}
