/**
 * Language detection alone: the detector the tone engine falls back on (detect.ts), over the
 * packs' signals only (stopwords, letters, spellings). A bundle that needs to know a text's
 * language but not its tone (the sidebar, choosing templates) imports this instead of the engine
 * with its seven rule packs. It answers as the engine's `detectLanguage` does.
 */
import { detectWith } from './detect';
import { ALL_SIGNALS } from './packs/signals';
import type { Lang } from './types';
import { LANGS } from './types';

/** Picks the text's language among the enabled ones (Japanese by script, others by words). */
export function detectLanguage(text: string, enabled: readonly Lang[] = LANGS, hint?: Lang): Lang {
  return detectWith(ALL_SIGNALS, text, enabled, hint);
}
