import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';
import { fromUnits } from '../units';
import { RUN_MARKS } from '../scan';

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

/** Up to this many runs, the calmed message is built from slices of the text. */
const SLICED_RUNS = 64;

/**
 * Counts the marks and keeps the first MAX_FINDINGS runs; only when there are two or more does a
 * second pass write the calmed message (every counted run → one period or question mark, Spanish
 * ¡ dropped), so a wall of marks costs no object per run and a calm message nothing extra.
 */
export function exclaim(ctx: NeutralContext): Finding[] {
  const runs: { start: number; end: number; question: boolean }[] = [];
  const input = ctx.text;
  let total = 0;
  let strong = false;
  /** Runs that count, as [start, end) pairs, for the calmed message. */
  const counted: number[] = [];
  const questions: boolean[] = [];
  // The scan lists every mark's position: a run is a stretch of consecutive ones.
  const marks = ctx.scan.marks;
  for (let m = 0; m < marks.length; ) {
    const start = marks[m] as number;
    let i = start;
    let units = 0;
    let question = false;
    for (; m < marks.length && marks[m] === i; m++, i++) {
      units += MARK_UNITS.get(input.charCodeAt(i)) ?? 0;
      question ||= QUESTION.includes(input[i] as string);
    }
    if (units === 0 || insideSpan(ctx.quotes, start, i)) {
      continue;
    }
    total += units;
    strong ||= units >= 3;
    counted.push(start, i);
    questions.push(question);
    if (runs.length < MAX_FINDINGS) {
      runs.push({ start, end: i, question });
    }
  }
  if (total < 2) {
    return [];
  }
  const text = NEUTRAL_TEXT[ctx.lang];
  const severity = strong || total >= 4 ? 'strong' : 'consider';
  const calm = calmed(input, counted, questions, text.period.charCodeAt(0), text.question.charCodeAt(0));
  const params = [String(total)];
  return runs.map((r) =>
    makeFinding('core/exclaim', 'exclaim', severity, [r.start, r.end], ctx.lang,
      { key: 'tone_exclaim', params },
      [{ scope: 'span', text: r.question ? text.question : text.period }, { scope: 'message', text: calm }]),
  );
}

/** The whole message with every counted run calmed; Spanish opening marks go with their closers. */
function calmed(text: string, counted: readonly number[], questions: readonly boolean[], period: number, question: number): string {
  if (questions.length <= SLICED_RUNS) {
    // A few runs: slices of the text are cheaper than copying it unit by unit.
    const parts: string[] = [];
    let from = 0;
    for (let r = 0; r < questions.length; r++) {
      parts.push(text.slice(from, counted[2 * r]), String.fromCharCode(questions[r] ? question : period));
      from = counted[2 * r + 1] as number;
    }
    parts.push(text.slice(from));
    const out = parts.join('');
    return out.includes('¡') ? out.replace(/¡+/g, '') : out;
  }
  const units = new Uint16Array(text.length);
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
  for (let r = 0; r < questions.length; r++) {
    copy(last, counted[2 * r] as number);
    units[k++] = questions[r] ? question : period;
    last = counted[2 * r + 1] as number;
  }
  copy(last, text.length);
  return fromUnits(units, k);
}
