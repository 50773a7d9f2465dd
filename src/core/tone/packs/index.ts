import type { LanguagePack } from '../pack';
import type { Lang } from '../types';
import { pack as de } from './de/index';
import { pack as en } from './en/index';
import { pack as es } from './es/index';
import { pack as fr } from './fr/index';
import { pack as ja } from './ja/index';
import { pack as lt } from './lt/index';
import { pack as sk } from './sk/index';

/**
 * Every rule pack, by language. A bundle that needs only some languages imports
 * `./<lang>/index` directly and builds its engine with `createAnalyzer` instead.
 */
export const PACKS: Partial<Record<Lang, LanguagePack>> = { en, de, sk, ja, lt, es, fr };

export const ALL_PACKS: readonly LanguagePack[] = Object.values(PACKS).filter((p): p is LanguagePack => p !== undefined);
