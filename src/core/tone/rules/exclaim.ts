import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';

/**
 * More than one exclamation mark per message. `!`, full-width `！`, small `﹗`, `❗` and `❕` count
 * one each, `‼` two, `⁉`/`⁈` and `?!`/`!?` one (the question mark adds nothing). Spanish `¡` never
 * counts, so `¡Hola!` is one mark. Runs weigh more than scattered marks.
 */
/**
 * At most this many runs are highlighted (the count and the calm rewrite still cover them all):
 * a pasted wall of marks must not produce tens of thousands of findings.
 */
const MAX_FINDINGS = 200;
const RUN = /[!！﹗❗❕‼⁉⁈?？﹖⁇]+/g;
const UNITS: Record<string, number> = { '!': 1, '！': 1, '﹗': 1, '❗': 1, '❕': 1, '‼': 2, '⁉': 1, '⁈': 1 };

/** Exclamation units in a run of marks. */
export function exclamationUnits(run: string): number {
  let n = 0;
  for (const ch of run) {
    n += UNITS[ch] ?? 0;
  }
  return n;
}

export function exclaim(ctx: NeutralContext): Finding[] {
  const runs: { start: number; end: number; units: number; question: boolean }[] = [];
  let total = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(ctx.text); m; m = RUN.exec(ctx.text)) {
    const units = exclamationUnits(m[0]);
    if (units === 0 || insideSpan(ctx.quotes, m.index, m.index + m[0].length)) {
      continue;
    }
    total += units;
    runs.push({ start: m.index, end: m.index + m[0].length, units, question: /[?？﹖⁇⁉⁈]/.test(m[0]) });
  }
  if (total < 2) {
    return [];
  }
  const strong = total >= 4 || runs.some((r) => r.units >= 3);
  const text = NEUTRAL_TEXT[ctx.lang];
  const calm = calmed(ctx.text, runs, text.period, text.question);
  const params = [String(total)];
  return runs.slice(0, MAX_FINDINGS).map((r) =>
    makeFinding('core/exclaim', 'exclaim', strong ? 'strong' : 'consider', [r.start, r.end], ctx.lang,
      { key: 'tone_exclaim', params },
      [{ scope: 'span', text: r.question ? text.question : text.period }, { scope: 'message', text: calm }]),
  );
}

/** The whole message with every run calmed; Spanish opening marks go with their closers. */
function calmed(text: string, runs: readonly { start: number; end: number; question: boolean }[], period: string, question: string): string {
  let out = '';
  let last = 0;
  for (const r of runs) {
    out += text.slice(last, r.start) + (r.question ? question : period);
    last = r.end;
  }
  return (out + text.slice(last)).replace(/¡+/g, '');
}
