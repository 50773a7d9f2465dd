import type { NeutralRule } from './context';
import { burst } from './burst';
import { emoji } from './emoji';
import { exclaim } from './exclaim';
import { length } from './length';
import { shouting } from './shouting';

/** The language-neutral rules, run for every message whatever its language. */
export const NEUTRAL_RULES: readonly NeutralRule[] = [exclaim, shouting, emoji, length, burst];
