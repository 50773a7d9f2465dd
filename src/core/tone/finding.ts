import type { Category, Finding, Lang, Severity, Suggestion, ToneMessage } from './types';
import { COACHING_CATEGORIES } from './types';

const COACHING = new Set<Category>(COACHING_CATEGORIES);

/** Builds a finding; the family follows from the category. */
export function makeFinding(
  rule: string,
  category: Category,
  severity: Severity,
  span: readonly [number, number],
  lang: Lang,
  message: ToneMessage,
  suggestions: Suggestion[],
): Finding {
  return {
    rule,
    category,
    family: COACHING.has(category) ? 'coaching' : 'hostile',
    severity,
    start: span[0],
    end: span[1],
    lang,
    message,
    suggestions,
  };
}
