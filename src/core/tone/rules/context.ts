import type { LanguagePack } from '../pack';
import type { AnalyzeOptions, Finding, Lang } from '../types';
import type { Span } from '../context/quotes';

/** What a language-neutral rule sees: the original text and quote spans in original offsets. */
export interface NeutralContext {
  text: string;
  lang: Lang;
  pack: LanguagePack | undefined;
  quotes: readonly Span[];
  options: AnalyzeOptions;
}

export type NeutralRule = (ctx: NeutralContext) => Finding[];
