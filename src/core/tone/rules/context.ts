import type { LanguagePack } from '../pack';
import type { AnalyzeOptions, Finding, Lang } from '../types';
import type { Span } from '../context/quotes';
import type { TextScan } from '../scan';

/** What a language-neutral rule sees: the original text, quote spans in original offsets, and the scan of the text. */
export interface NeutralContext {
  text: string;
  lang: Lang;
  pack: LanguagePack | undefined;
  quotes: readonly Span[];
  options: AnalyzeOptions;
  /** The message's special characters and counts, from one pass over it. */
  scan: TextScan;
}

export type NeutralRule = (ctx: NeutralContext) => Finding[];
