import type { Finding, Suggestion } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { inCodeToken } from '../context/codes';
import { makeFinding } from '../finding';
import { CORE_ACRONYMS, sentenceCase } from './sentence-case';
import { lazy } from '../lazy';
import { classAt, isLetterClass, LOWER, NUMBER, OTHER, pairAt, unitClasses, UPPER } from '../chars';

/**
 * Shouting: whole words of four or more letters in capitals. Acronyms, codes, identifiers
 * (ERR_CONNECTION_REFUSED), URLs and e-mail addresses are ignored; in mixed-case text a single
 * capitalised word ("FRAGILE", "UNICEF", "FEHLER") is emphasis or a label, not shouting, and
 * capitals next to a legal form (DEUTSCHE BAHN AG, MÜLLER BAU GMBH, UAB ŠVIESOS TECHNIKA) are a
 * company's name. German capitalises nouns, so only whole-word caps count. Japanese has no case
 * and is skipped.
 */
const RE = lazy(() => ({
  // Legal forms of companies, right after or right before a run of capitals.
  formAfter: /^[\s,]*(?:AG|GMBH|KG|OHG|SE|LTD|INC|LLC|PLC|CORP|CO|SA|SAS|SARL|SRL|SPA|SL|S\.\s?L|S\.\s?A|BV|NV|AB|OY|UAB|AS|SRO|S\.\s?R\.\s?O|SP\.\s?Z\s?O\.\s?O)(?![\p{L}\p{N}])/u,
  formBefore: /(?<![\p{L}\p{N}])(?:UAB|AB|SIA|OOO|AS)\s+$/u,
  wordBefore: /(\p{L}+)[\s:"'“„«‚‘]*$/u,
  shortBefore: /(?:(?<![\p{L}\p{M}\p{N}])\p{Lu}{1,3}[ ,]+)+$/u,
  shortAfter: /^(?:[ ,]+\p{Lu}{1,3}(?![\p{L}\p{M}\p{N}]))+/u,
  // Text before a run that starts a sentence: nothing, or . ! ? and blanks, then opening marks.
  sentenceBefore: /(?:^|[.!?。！？]\s*)[¿¡"«„“‚‘'(]*$/u,
}));
/** How far the edges of a run are searched for short shouted words. */
const EDGE = 24;

/**
 * A word of letters alone is a code only as part of a longer token (`ASS-4411`, a URL, an
 * e-mail address): if the characters either side are spaces or the text's ends, it is not.
 */
function touchesCode(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  return !(before === 32 || before === 10 || before === 9) || !(after === 32 || after === 10 || after === 9);
}

interface Token {
  start: number;
  end: number;
  upper: boolean;
}

/**
 * Words of four or more letters (runs of letters and marks that start with a letter and touch no
 * digit), with whether they are written in capitals; caseless words (CJK) are left out.
 */
function tokens(ctx: NeutralContext, acronyms: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  const text = ctx.text;
  const n = text.length;
  const table = unitClasses();
  // Runs of letters, marks and digits, scanned by hand in one pass: a \p{…} regular expression
  // over a long text in another script costs far more.
  let start = -1;
  let word = false;
  let digit = false;
  let upper = false;
  let lower = false;
  for (let i = 0; i <= n; i++) {
    let k = i < n ? (table[text.charCodeAt(i)] as number) : OTHER;
    let step = 0;
    if (k === 0) {
      k = classAt(text, i);
      step = pairAt(text, i) ? 1 : 0;
    }
    if (k !== OTHER) {
      if (start < 0) {
        start = i;
        word = isLetterClass(k);
        digit = false;
        upper = false;
        lower = false;
      }
      digit ||= k === NUMBER;
      upper ||= k === UPPER;
      lower ||= k === LOWER;
      i += step;
      continue;
    }
    if (start < 0) {
      continue;
    }
    const s = start;
    start = -1;
    if (!word || digit || i - s < 4 || (!upper && !lower)) {
      continue;
    }
    const shouted = !lower;
    if (shouted) {
      const w = text.slice(s, i);
      if (acronyms.has(w) || CORE_ACRONYMS.has(w) || (touchesCode(text, s, i) && inCodeToken(text, s, i)) || insideSpan(ctx.quotes, s, i)) {
        continue;
      }
    }
    out.push({ start: s, end: i, upper: shouted });
  }
  return out;
}

/** Groups consecutive shouted words (other capital words may sit in between). */
function runs(list: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const t of list) {
    if (t.upper) {
      current.push(t);
    } else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) {
    out.push(current);
  }
  return out;
}

/** Whether the capitals [start, end) are a company's name: a legal form right after or before them. */
function companyName(text: string, start: number, end: number): boolean {
  const { formAfter, formBefore } = RE();
  return formAfter.test(text.slice(end, end + 16)) || formBefore.test(text.slice(Math.max(0, start - 8), start)) || / (?:SARL|GMBH|CORP)$/.test(text.slice(start, end));
}

/** Whether the capitals starting at `start` follow a label cue ("says", "zeigt", "affiche"). */
function label(text: string, start: number, cues: ReadonlySet<string>): boolean {
  if (cues.size === 0) {
    return false;
  }
  const before = RE().wordBefore.exec(text.slice(Math.max(0, start - 24), start));
  return before !== null && cues.has((before[1] as string).toLowerCase());
}

export function shouting(ctx: NeutralContext): Finding[] {
  if (ctx.lang === 'ja' || !ctx.scan.mayShout) {
    return [];
  }
  const acronyms = new Set((ctx.pack?.acronyms ?? []).map((a) => a.toUpperCase()));
  const list = tokens(ctx, acronyms);
  const shouted = list.filter((t) => t.upper);
  if (shouted.length === 0) {
    return [];
  }
  const allCaps = shouted.length === list.length;
  const letters = shouted.reduce((n, t) => n + t.end - t.start, 0);
  const labels = new Set(ctx.pack?.labelCues ?? []);
  const flagged = (allCaps ? (shouted.length >= 2 || letters >= 10 ? [shouted] : []) : runs(list).filter((r) => r.length >= 2))
    .filter((r) => !companyName(ctx.text, (r[0] as Token).start, (r[r.length - 1] as Token).end) && !(!allCaps && label(ctx.text, (r[0] as Token).start, labels)));
  const severity = allCaps && shouted.length >= 4 ? 'strong' : 'consider';
  const { shortBefore, shortAfter, sentenceBefore } = RE();
  let message: string | undefined;
  return flagged.map((r) => {
    // Short shouted words at the edges belong to the run ("WO BLEIBT…", "…DINERO YA"), so the
    // rewrite does not leave them in capitals.
    let start = (r[0] as Token).start;
    let end = (r[r.length - 1] as Token).end;
    start -= shortBefore.exec(ctx.text.slice(Math.max(0, start - EDGE), start))?.[0].replace(/^[ ,]+/, '').length ?? 0;
    end += shortAfter.exec(ctx.text.slice(end, end + EDGE))?.[0].length ?? 0;
    const atStart = sentenceBefore.test(ctx.text.slice(Math.max(0, start - 6), start));
    // In a message all in capitals the span is cut from the whole rewrite when lengths allow,
    // so a long message is put in sentence case once.
    const whole = allCaps ? (message ??= sentenceCase(ctx.text, ctx.lang, acronyms, true)) : undefined;
    const span = whole !== undefined && whole.length === ctx.text.length ? whole.slice(start, end) : sentenceCase(ctx.text.slice(start, end), ctx.lang, acronyms, atStart);
    const suggestions: Suggestion[] = [{ scope: 'span', text: span }];
    if (whole !== undefined) {
      suggestions.push({ scope: 'message', text: whole });
    }
    return makeFinding('core/shouting', 'shouting', severity, [start, end], ctx.lang, { key: 'tone_shouting' }, suggestions);
  });
}
