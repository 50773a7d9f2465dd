import type { Category, Finding, Severity } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { makeFinding } from '../finding';

/**
 * Hostile emoji read the same in every language (🖕, 🤬). A friendly smiley does not cancel
 * anything (RFC 1855), so it is simply not looked at. The engine gives each finding a calm
 * sentence in place of the one holding the emoji (`NEUTRAL_TEXT[lang].calm`).
 */
const EMOJI: Record<string, { category: Category; severity: Severity }> = {
  '🖕': { category: 'insult', severity: 'strong' },
  '🤬': { category: 'profanity', severity: 'consider' },
};
const FIND = /🖕[\u{1F3FB}-\u{1F3FF}]?|🤬/gu;

export function emoji(ctx: NeutralContext): Finding[] {
  const out: Finding[] = [];
  FIND.lastIndex = 0;
  for (let m = FIND.exec(ctx.text); m; m = FIND.exec(ctx.text)) {
    const kind = EMOJI[m[0].slice(0, 2)];
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (!kind || insideSpan(ctx.quotes, span[0], span[1])) {
      continue;
    }
    out.push(makeFinding('core/emoji', kind.category, kind.severity, span, ctx.lang,
      { key: `tone_${kind.category}` }, []));
  }
  return out;
}
