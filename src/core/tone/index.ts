/**
 * Public entry of the tone engine: `analyze(text, options)` with all seven packs, and the
 * language detector it falls back on. See `engine.ts` for an engine over fewer packs.
 */
import type { Analysis, AnalyzeOptions, Lang } from './types';
import { createAnalyzer } from './engine';
import { ALL_PACKS } from './packs/index';

const engine = createAnalyzer(ALL_PACKS);

/** Checks a message's tone; synchronous, deterministic, no browser API. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return engine.analyze(text, options);
}

/** Picks the message's language among the enabled ones (Japanese by script, others by words). */
export function detectLanguage(text: string, enabled?: readonly Lang[], hint?: Lang): Lang {
  return engine.detectLanguage(text, enabled, hint);
}

/** Compiles a language's rules ahead of its first check (see Analyzer.prepare). */
export function prepareLanguage(lang: Lang): void {
  engine.prepare(lang);
}

export { createAnalyzer } from './engine';
export type { Analyzer } from './engine';
export { renderMessage } from './render';
export { calmDraft } from './calm';
export type { CalmDraft, CalmPart } from './calm';
export type * from './types';
export type { LanguagePack, PhraseRule } from './pack';
