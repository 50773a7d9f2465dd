import type { LanguageSignals } from '../pack';
import { signals as de } from './de/signals';
import { signals as en } from './en/signals';
import { signals as es } from './es/signals';
import { signals as fr } from './fr/signals';
import { signals as ja } from './ja/signals';
import { signals as lt } from './lt/signals';
import { signals as sk } from './sk/signals';

/** What the language detector reads of every pack, without the packs' rules (see ../language.ts). */
export const ALL_SIGNALS: readonly LanguageSignals[] = [en, de, sk, ja, lt, es, fr];
