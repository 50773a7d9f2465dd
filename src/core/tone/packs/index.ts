import type { LanguagePack } from '../pack';
import type { Lang } from '../types';
import { pack as en } from './en/index';

/**
 * Every rule pack, by language. A bundle that needs only some languages imports
 * `./<lang>/index` directly and builds its engine with `createAnalyzer` instead.
 */
export const PACKS: Partial<Record<Lang, LanguagePack>> = { en };

export const ALL_PACKS: readonly LanguagePack[] = Object.values(PACKS).filter((p): p is LanguagePack => p !== undefined);
