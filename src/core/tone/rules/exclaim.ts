import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';
import { fromUnits } from '../units';

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
/** The marks a run is made of. */
const RUN_MARKS = '!！﹗❗❕‼⁉⁈?？﹖⁇';
const UNITS: Record<string, number> = { '!': 1, '！': 1, '﹗': 1, '❗': 1, '❕': 1, '‼': 2, '⁉': 1, '⁈': 1 };

/** Exclamation units in a run of marks (all of them BMP characters). */
export function exclamationUnits(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    n += UNITS[run[i] as string] ?? 0;
  }
  return n;
}

const QUESTION = '?？﹖⁇⁉⁈';

/** Code unit → exclamation units (0 for question marks), for the marks a run is made of. */
const MARK_UNITS = new Map<number, number>([...RUN_MARKS].map((ch) => [ch.charCodeAt(0), UNITS[ch] ?? 0]));

export function exclaim(ctx: NeutralContext): Finding[] {
  const runs: { start: number; end: number; units: number; question: boolean }[] = [];
  let total = 0;
  const input = ctx.text;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    // Every mark is ! or ? or above U+203B: most characters are rejected by one comparison.
    if ((c !== 33 && c !== 63 && c < 0x203c) || !MARK_UNITS.has(c)) {
      continue;
    }
    const start = i;
    let units = 0;
    let question = false;
    for (; i < input.length; i++) {
      const u = MARK_UNITS.get(input.charCodeAt(i));
      if (u === undefined) {
        break;
      }
      units += u;
      question ||= QUESTION.includes(input[i] as string);
    }
    if (units === 0 || insideSpan(ctx.quotes, start, i)) {
      continue;
    }
    total += units;
    runs.push({ start, end: i, units, question });
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
  const units = new Uint16Array(text.length + runs.length * 2);
  let k = 0;
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0xa1) {
        units[k++] = c;
      }
    }
  };
  for (const r of runs) {
    copy(last, r.start);
    const mark = r.question ? question : period;
    for (let i = 0; i < mark.length; i++) {
      units[k++] = mark.charCodeAt(i);
    }
    last = r.end;
  }
  copy(last, text.length);
  return fromUnits(units, k);
}
