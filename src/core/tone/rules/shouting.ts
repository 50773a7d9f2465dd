import type { Finding, Suggestion } from '../types';
import type { NeutralContext } from './context';
import { insideSpan } from '../context/quotes';
import { inCodeToken } from '../context/codes';
import { makeFinding } from '../finding';
import { CORE_ACRONYMS, sentenceCase } from './sentence-case';

/**
 * Shouting: whole words of four or more letters in capitals. Acronyms, codes, URLs and e-mail
 * addresses are ignored; in mixed-case text a single short capitalised word ("HELP", "IKEA") is
 * emphasis, not shouting. German capitalises nouns, so only whole-word caps count. Japanese has
 * no case and is skipped.
 */
const WORD = /(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])/gu;
/** A lone capitalised word in mixed-case text counts from this many letters. */
const LONE_WORD_LETTERS = 6;

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

function tokens(ctx: NeutralContext, acronyms: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(ctx.text); m; m = WORD.exec(ctx.text)) {
    const word = m[0];
    if (word.length < 4) {
      continue;
    }
    const upper = word === word.toUpperCase();
    const lower = word === word.toLowerCase();
    if (upper && lower) {
      continue;
    }
    const start = m.index;
    const end = start + word.length;
    if (upper && (acronyms.has(word) || CORE_ACRONYMS.has(word) || (touchesCode(ctx.text, start, end) && inCodeToken(ctx.text, start, end)) || insideSpan(ctx.quotes, start, end))) {
      continue;
    }
    out.push({ start, end, upper });
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

export function shouting(ctx: NeutralContext): Finding[] {
  if (ctx.lang === 'ja') {
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
  const flagged = allCaps
    ? shouted.length >= 2 || letters >= 10 ? [shouted] : []
    : runs(list).filter((r) => r.length >= 2 || ((r[0] as Token).end - (r[0] as Token).start) >= LONE_WORD_LETTERS);
  const severity = allCaps && shouted.length >= 4 ? 'strong' : 'consider';
  return flagged.map((r) => {
    const start = (r[0] as Token).start;
    const end = (r[r.length - 1] as Token).end;
    const atStart = /(^|[.!?。！？]\s*)$/u.test(ctx.text.slice(Math.max(0, start - 4), start)) || start === 0;
    const suggestions: Suggestion[] = [{ scope: 'span', text: sentenceCase(ctx.text.slice(start, end), ctx.lang, acronyms, atStart) }];
    if (allCaps) {
      suggestions.push({ scope: 'message', text: sentenceCase(ctx.text, ctx.lang, acronyms, true) });
    }
    return makeFinding('core/shouting', 'shouting', severity, [start, end], ctx.lang, { key: 'tone_shouting' }, suggestions);
  });
}
