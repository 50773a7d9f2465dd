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

/**
 * One pass: counts the marks, keeps the first MAX_FINDINGS runs, and writes the calmed message
 * (every counted run → one period or question mark, Spanish ¡ dropped) as it goes, so a wall of
 * marks costs no object per run.
 */
export function exclaim(ctx: NeutralContext): Finding[] {
  const runs: { start: number; end: number; question: boolean }[] = [];
  const input = ctx.text;
  const text = NEUTRAL_TEXT[ctx.lang];
  const period = text.period.charCodeAt(0);
  const questionMark = text.question.charCodeAt(0);
  const calmUnits = new Uint16Array(input.length);
  let k = 0;
  let total = 0;
  let strong = false;
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i);
    // Every mark is ! or ? or above U+203B: most characters are rejected by one comparison.
    if ((c !== 33 && c !== 63 && c < 0x203c) || !MARK_UNITS.has(c)) {
      if (c !== 0xa1) {
        calmUnits[k++] = c;
      }
      i++;
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
      for (let j = start; j < i; j++) {
        calmUnits[k++] = input.charCodeAt(j);
      }
      continue;
    }
    total += units;
    strong ||= units >= 3;
    calmUnits[k++] = question ? questionMark : period;
    if (runs.length < MAX_FINDINGS) {
      runs.push({ start, end: i, question });
    }
  }
  if (total < 2) {
    return [];
  }
  const severity = strong || total >= 4 ? 'strong' : 'consider';
  const calm = fromUnits(calmUnits, k);
  const params = [String(total)];
  return runs.map((r) =>
    makeFinding('core/exclaim', 'exclaim', severity, [r.start, r.end], ctx.lang,
      { key: 'tone_exclaim', params },
      [{ scope: 'span', text: r.question ? text.question : text.period }, { scope: 'message', text: calm }]),
  );
}
