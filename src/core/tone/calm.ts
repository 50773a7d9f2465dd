/**
 * The calmer version of a held draft ("Use suggestion"). It keeps everything the user wrote that
 * is not a finding, verbatim, and rewrites only what was flagged:
 *
 * - a span suggestion replaces its span (`!!!` → `.`, a shouted run in sentence case, a swear
 *   word dropped together with the space before it);
 * - a clause holding a pack finding (insult, blame, sarcasm, threat, demand, dismissive) is the
 *   hostile act itself, so it is dropped and the message gets one I-statement (the strongest such
 *   finding's whole-message rewrite, written by people) where the first of those clauses was.
 *   A clause that also carries facts (a digit: order number, date, amount; or several other
 *   words) keeps them: only the flagged phrase goes.
 *
 * Clauses are the parts of a sentence between commas, semicolons, colons and dashes, so
 * "You are useless, my order 4411 broke!!!" keeps "My order 4411 broke." A sentence that loses
 * its first part starts with a capital again (if the user began it with one), and the joins are
 * tidied: no double spaces, no orphaned commas, no Spanish ¡ without its !. When a rewrite
 * uncovers another finding ("This is fucking ridiculous" → "This is ridiculous"), the result is
 * checked again, a few rounds at most.
 *
 * The result is a list of parts, each marked as the user's own text or Parley's, so the warning
 * can show exactly the text that "Use suggestion" puts in the composer, with the changes marked.
 */
import type { Finding, Lang, Severity } from './types';
import { PACKS } from './packs/index';
import { CORE_ACRONYMS, sentenceCase } from './rules/sentence-case';

export interface CalmPart {
  text: string;
  /** True for text Parley wrote or changed; false for the user's own words, kept verbatim. */
  changed: boolean;
}

export interface CalmDraft {
  text: string;
  parts: CalmPart[];
}

/** A part with, for the user's own text, where it starts in the text it was taken from. */
interface Part extends CalmPart {
  from: number;
}

interface Range {
  start: number;
  end: number;
}

interface Sentence extends Range {
  /** Clause bodies, in order (no separators, no surrounding spaces). */
  clauses: Range[];
  /** Separators between clauses: seps[i] lies between clauses[i] and clauses[i + 1]. */
  seps: Range[];
  /** The terminator run (may be empty, at `end`). */
  term: Range;
}

interface Edit extends Range {
  text: string;
}

const RANK: Record<Severity, number> = { strong: 0, consider: 1, info: 2 };
/** Sentence terminators (the run may end in closing quotes or brackets). */
const TERMINATOR = /[.!?。！？…‼⁉⁈﹗❗❕]+["'”’»」』)\]]*/gu;
/** Clause separators inside a sentence; a comma or colon between digits (1,000; 10:30) is not one. */
const SEPARATOR = /\s*(?:(?<!\p{N})[,:]|[,:](?!\p{N})|[;，、；：—–])\s*|\s+-\s+/gu;
/** A clause that keeps this many other words (besides function words) holds facts worth keeping. */
const FACT_WORDS = 4;
/**
 * Second-person words a hostile phrase may start with ("You idiots sent me…"): when only the
 * phrase goes and the clause stays for its facts, the person it addresses stays too ("You sent
 * me…").
 */
const ADDRESS: Record<Lang, readonly string[]> = {
  en: ['you'],
  de: ['ihr', 'sie', 'du'],
  sk: ['vy', 'ty'],
  ja: [],
  lt: ['jūs', 'tu'],
  es: ['vosotros', 'ustedes', 'tú'],
  fr: ['vous', 'tu'],
};
/** Japanese has no spaces: a clause with this many letters besides the flagged phrase keeps them. */
const FACT_CHARS_JA = 12;
/** Rounds of rewriting when a rewrite uncovers another finding. */
const ROUNDS = 3;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const joined = (parts: readonly CalmPart[]) => parts.map((p) => p.text).join('');

/** Where sentences end: terminator runs that are not abbreviations or decimals, and line breaks. */
function sentenceEnds(text: string): Range[] {
  const ends: Range[] = [];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 2);
    // Glued to the next word ("4.5", "Yahoo!Mail") it is not an end; nor is a lone period
    // before a number or a lowercase word ("Nr. 4411", "z.B. das"). CJK marks always end one.
    if (!/[。！？]/u.test(m[0])) {
      if (/^[\p{L}\p{N}]/u.test(next)) continue;
      if (m[0] === '.' && /^\s[\p{N}\p{Ll}]/u.test(next)) continue;
    }
    ends.push({ start: m.index, end });
  }
  for (const m of text.matchAll(/\n/gu)) ends.push({ start: m.index, end: m.index });
  return ends.sort((a, b) => a.start - b.start);
}

/** Splits the text into sentences and their clauses; whitespace between sentences is left out. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const add = (start: number, termStart: number, end: number) => {
    let s = start;
    while (s < termStart && isSpace(text[s])) s++;
    let e = termStart;
    while (e > s && isSpace(text[e - 1])) e--;
    if (s === e && termStart === end) return;
    const sentence: Sentence = { start: s, end, clauses: [], seps: [], term: { start: termStart, end } };
    let clauseStart = s;
    const body = text.slice(s, e);
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(body); m; m = SEPARATOR.exec(body)) {
      const at = s + m.index;
      if (at <= clauseStart || at + m[0].length >= e) continue;
      sentence.clauses.push({ start: clauseStart, end: at });
      sentence.seps.push({ start: at, end: at + m[0].length });
      clauseStart = at + m[0].length;
    }
    if (clauseStart < e) sentence.clauses.push({ start: clauseStart, end: e });
    out.push(sentence);
  };
  let at = 0;
  for (const end of sentenceEnds(text)) {
    if (end.start < at) continue;
    add(at, end.start, end.end);
    at = end.end;
  }
  if (at < text.length) add(at, text.length, text.length);
  return out;
}

/** Replaces `count` characters at `index` of the parts' joined text, keeping sources straight. */
function splice(parts: Part[], index: number, count: number, insert: string): void {
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (index < at + p.text.length || (count === 0 && index === at + p.text.length)) {
      const o = index - at;
      if (p.changed) {
        p.text = p.text.slice(0, o) + insert + p.text.slice(o + count);
        return;
      }
      const pieces: Part[] = [{ text: p.text.slice(0, o), changed: false, from: p.from }];
      if (insert) pieces.push({ text: insert, changed: true, from: -1 });
      pieces.push({ text: p.text.slice(o + count), changed: false, from: p.from + o + count });
      parts.splice(i, 1, ...pieces.filter((x) => x.text !== ''));
      return;
    }
    at += p.text.length;
  }
}

/** Index of the first of the sorted, non-overlapping edits that ends after `pos`. */
function firstEnding(edits: readonly Edit[], pos: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Text of the range with the edits that fall in it applied. Where a span is removed the join is
 * tidied: no space left before a space, a punctuation mark or the range's end, and none at its
 * start. `cutAtStart`: the range lost its first word.
 */
function render(text: string, range: Range, edits: readonly Edit[]): { parts: Part[]; cutAtStart: boolean } {
  const parts: Part[] = [];
  let cutAtStart = false;
  let at = range.start;
  let length = 0;
  const own = (from: number, to: number) => {
    if (to > from) parts.push({ text: text.slice(from, to), changed: false, from });
    length += Math.max(0, to - from);
  };
  for (let i = firstEnding(edits, range.start); i < edits.length && edits[i]!.start < range.end; i++) {
    const e = edits[i]!;
    const same = e.text.length === e.end - e.start;
    // An edit across the range's edge: a same-length one (sentence case) is clipped to the
    // range, any other belongs to the range holding its start.
    if (e.start < range.start && !same) continue;
    const s = Math.max(e.start, range.start);
    const end = same ? Math.min(e.end, range.end) : e.end;
    own(at, s);
    at = Math.min(end, range.end);
    const replacement = same ? e.text.slice(s - e.start, end - e.start) : e.text;
    if (replacement === text.slice(s, end)) own(s, end);
    else if (replacement) {
      parts.push({ text: replacement, changed: true, from: -1 });
      length += replacement.length;
    } else {
      const next = at < range.end ? text[at] : undefined;
      const last = parts[parts.length - 1];
      if (length === 0) {
        cutAtStart = true;
        while (at < range.end && isSpace(text[at])) at++;
      } else if (last && isSpace(last.text[last.text.length - 1]) && (next === undefined || isSpace(next) || /[,.;:!?。、，！？)\]]/u.test(next))) {
        last.text = last.text.slice(0, -1);
        length--;
        if (!last.text) parts.pop();
      }
    }
  }
  own(at, range.end);
  return { parts, cutAtStart };
}

/** Removes every `ch` from the parts, keeping the user's parts tied to where they came from. */
function removeAll(parts: readonly Part[], ch: string): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    if (p.changed) {
      out.push({ ...p, text: p.text.split(ch).join('') });
      continue;
    }
    let from = p.from;
    for (const piece of p.text.split(ch)) {
      if (piece) out.push({ text: piece, changed: false, from });
      from += piece.length + ch.length;
    }
  }
  return out;
}

const append = <T>(target: T[], items: readonly T[]) => {
  for (const item of items) target.push(item);
};

function capitalize(parts: Part[]): void {
  const text = joined(parts);
  const i = text.search(/[\p{L}\p{N}]/u);
  const ch = text[i];
  if (ch !== undefined && ch === ch.toLowerCase() && ch !== ch.toUpperCase()) splice(parts, i, 1, ch.toUpperCase());
}

/** Whether what is left of a clause once the flagged phrases are gone still says something. */
function holdsFacts(text: string, clause: Range, findings: readonly Finding[], lang: Lang): boolean {
  let rest = '';
  let at = clause.start;
  for (const f of findings) {
    if (f.end <= at || f.start >= clause.end) continue;
    rest += `${text.slice(at, Math.max(at, f.start))} `;
    at = Math.max(at, f.end);
  }
  rest += text.slice(at, clause.end);
  if (/\p{N}/u.test(rest)) return true;
  if (lang === 'ja') return (rest.match(/\p{L}/gu) ?? []).length >= FACT_CHARS_JA;
  const stop = new Set(PACKS[lang]?.stopwords ?? []);
  const words = (rest.toLowerCase().match(/[\p{L}\p{M}'’]{2,}/gu) ?? []).filter((w) => !stop.has(w));
  return words.length >= FACT_WORDS;
}

/** A pack rule's calm sentence (an I-statement), if the finding has one. */
function iStatement(f: Finding): string | null {
  if (f.rule.startsWith('core/')) return null;
  return f.calm?.trim() ? f.calm : null;
}

/**
 * The finding's span edit. A shouted run grows over the short capitalised words at its edges
 * ("WHY IS" before "NOBODY ANSWERING") so that the whole shouted stretch gets sentence case.
 */
function spanEdit(text: string, f: Finding, lang: Lang): Edit | null {
  const span = f.suggestions.find((s) => s.scope === 'span');
  // A single swear word goes, wherever it is; the sentence around it stays.
  if (!span) return isSingleSwearWord(text, f) ? { start: f.start, end: f.end, text: '' } : null;
  if (f.rule !== 'core/shouting') return { start: f.start, end: f.end, text: span.text };
  const acronyms = new Set((PACKS[lang]?.acronyms ?? []).map((a) => a.toUpperCase()));
  const short = (w: string) => w.length < 4 && w === w.toUpperCase() && w !== w.toLowerCase() && !acronyms.has(w) && !CORE_ACRONYMS.has(w);
  let start = f.start;
  for (let m = /(\p{L}+)[ \t]+$/u.exec(text.slice(0, start)); m && short(m[1]!); m = /(\p{L}+)[ \t]+$/u.exec(text.slice(0, start))) start = m.index;
  let end = f.end;
  for (let m = /^[ \t]+(\p{L}+)(?![\p{L}\p{N}])/u.exec(text.slice(end)); m && short(m[1]!); m = /^[ \t]+(\p{L}+)(?![\p{L}\p{N}])/u.exec(text.slice(end))) end += m[0].length;
  if (start === f.start && end === f.end) return { start, end, text: span.text };
  const atStart = start === 0 || /[.!?。！？\n]\s*$/u.test(text.slice(0, start));
  return { start, end, text: sentenceCase(text.slice(start, end), lang, acronyms, atStart) };
}

/**
 * A single swear word in a sentence that still says something without it ("The damn parcel is
 * late" → "The parcel is late"); in a sentence that is little more than the swear word ("Go
 * fuck yourself") the whole sentence gets the rule's calm sentence instead.
 */
function isSingleSwearWord(text: string, f: Finding): boolean {
  if (f.category !== 'profanity' || /\s/u.test(text.slice(f.start, f.end).trim())) return false;
  const before = text.slice(0, f.start).split(/[.!?。！？\n]/u).at(-1) ?? '';
  const after = text.slice(f.end).split(/[.!?。！？\n]/u)[0] ?? '';
  return `${before} ${after}`.split(/[\s,;:]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3;
}

/** The flagged phrase without the second-person word it starts with, if it starts with one. */
function phraseOnly(text: string, f: Finding, lang: Lang): Edit {
  const phrase = text.slice(f.start, f.end);
  const first = /^(\p{L}+)(\s+)/u.exec(phrase);
  const keep = first && ADDRESS[lang].includes(first[1]!.toLowerCase()) ? first[0].length : 0;
  return { start: f.start + keep, end: f.end, text: '' };
}

function clausesTouched(sentence: Sentence, range: Range): number[] {
  const out: number[] = [];
  sentence.clauses.forEach((c, i) => {
    if (c.start < range.end && range.start < c.end) out.push(i);
  });
  return out;
}

/** One round of rewriting; parts of the user's text carry where they start in `text`. */
function calmOnce(text: string, findings: readonly Finding[], lang: Lang): Part[] | null {
  const hostile = findings.filter((f) => f.family === 'hostile').sort((a, b) => a.start - b.start);
  if (hostile.length === 0) return null;
  const sentences = sentencesOf(text);
  // Findings by sentence (both are in text order), so each clause looks only at its own.
  const bySentence: Finding[][] = sentences.map(() => []);
  const sentenceIndex = new Map<Finding, number>();
  let si = 0;
  for (const f of hostile) {
    while (si < sentences.length - 1 && f.start >= sentences[si]!.end) si++;
    bySentence[si]?.push(f);
    sentenceIndex.set(f, si);
  }

  // Which clauses go, and the one I-statement that stands in for them.
  const dropped = new Set<string>();
  const edits: Edit[] = [];
  let statement: { text: string; rank: number } | null = null;
  let statementAt = -1;
  for (const f of hostile) {
    const rewrite = isSingleSwearWord(text, f) ? null : iStatement(f);
    const si = sentenceIndex.get(f) ?? 0;
    const sentence = sentences[si];
    if (rewrite === null || !sentence) {
      const edit = spanEdit(text, f, lang);
      if (edit) edits.push(edit);
      continue;
    }
    const rank = RANK[f.severity];
    if (!statement || rank < statement.rank) statement = { text: rewrite, rank };
    if (statementAt < 0) statementAt = si;
    const touched = clausesTouched(sentence, f);
    const region = touched.length > 0 ? { start: sentence.clauses[touched[0]!]!.start, end: sentence.clauses[touched[touched.length - 1]!]!.end } : f;
    if (holdsFacts(text, region, bySentence[si] ?? [], lang)) edits.push(spanEdit(text, f, lang) ?? phraseOnly(text, f, lang));
    else for (const i of touched) dropped.add(`${si}:${i}`);
  }
  // Overlapping edits: the earlier (then the longer) one wins.
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (!last || e.start >= last.end) kept.push(e);
  }

  const out: Part[] = [];
  let emitted = false;
  /** The whitespace before the first of a run of dropped sentences (a paragraph break stays). */
  let pendingGap: Range | null = null;
  const emit = (gap: Range | string, parts: readonly Part[]) => {
    if (emitted) out.push(typeof gap === 'string' ? { text: gap, changed: true, from: -1 } : { text: text.slice(gap.start, gap.end), changed: false, from: gap.start });
    append(out, parts);
    emitted = true;
  };
  const lead = /^\s*/u.exec(text)![0].length;
  if (lead > 0) out.push({ text: text.slice(0, lead), changed: false, from: 0 });

  sentences.forEach((sentence, si) => {
    const gap = pendingGap ?? { start: si === 0 ? sentence.start : sentences[si - 1]!.end, end: sentence.start };
    const clauses: { parts: Part[]; index: number; cutAtStart: boolean }[] = [];
    sentence.clauses.forEach((c, i) => {
      if (dropped.has(`${si}:${i}`)) return;
      const { parts, cutAtStart } = render(text, c, kept);
      if (parts.some((p) => /[\p{L}\p{N}]/u.test(p.text))) clauses.push({ parts, index: i, cutAtStart });
    });
    const statementParts: Part[] = si === statementAt && statement ? [{ text: statement.text, changed: true, from: -1 }] : [];
    if (clauses.length === 0) {
      if (statementParts.length > 0) {
        emit(gap, statementParts);
        pendingGap = null;
      } else pendingGap = gap;
      return;
    }
    let parts: Part[] = [];
    clauses.forEach((c, k) => {
      if (k > 0) {
        const sep = sentence.seps[clauses[k - 1]!.index]!;
        parts.push({ text: text.slice(sep.start, sep.end), changed: false, from: sep.start });
      }
      append(parts, c.parts);
    });
    append(parts, render(text, sentence.term, kept).parts);
    // Spanish opening marks go with their closers.
    for (const [open, close] of [['¡', /[!！]/u], ['¿', /[?？]/u]] as const) {
      const rendered = joined(parts);
      if (rendered.includes(open) && !close.test(rendered)) parts = removeAll(parts, open);
    }
    // A sentence that lost its start begins with a capital again if the user began it with one,
    // or if it now follows the I-statement.
    const first = /\p{L}/u.exec(text.slice(sentence.start, sentence.end))?.[0];
    const capital = statementParts.length > 0 || (first !== undefined && first !== first.toLowerCase());
    if (capital && (clauses[0]!.index > 0 || clauses[0]!.cutAtStart)) capitalize(parts);
    if (statementParts.length > 0) {
      emit(gap, statementParts);
      emit(lang === 'ja' ? '' : ' ', parts);
    } else emit(gap, parts);
    pendingGap = null;
  });
  const trail = /\s*$/u.exec(text)!;
  if (trail[0] && emitted) out.push({ text: trail[0], changed: false, from: trail.index });

  // An I-statement that introduces what follows ("Here is what I still need:") cannot end the text.
  const last = [...out].reverse().find((p) => p.text.trim() !== '');
  if (last?.changed) last.text = last.text.replace(/[:：]\s*$/u, lang === 'ja' ? '。' : '.');
  return out.filter((p) => p.text !== '');
}

/** Round two's parts in terms of the original text: its own text takes round one's marks. */
function compose(earlier: readonly Part[], later: readonly Part[]): Part[] {
  const out: Part[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const p of earlier) {
    starts.push(at);
    at += p.text.length;
  }
  for (const p of later) {
    if (p.changed) {
      out.push(p);
      continue;
    }
    const end = p.from + p.text.length;
    let lo = 0;
    let hi = earlier.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! + earlier[mid]!.text.length <= p.from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < earlier.length && starts[i]! < end; i++) {
      const e = earlier[i]!;
      const s = Math.max(p.from, starts[i]!);
      const t = Math.min(end, starts[i]! + e.text.length);
      if (s >= t) continue;
      const o = s - starts[i]!;
      out.push({ text: e.text.slice(o, o + t - s), changed: e.changed, from: e.changed ? -1 : e.from + o });
    }
  }
  return out;
}

function merge(parts: readonly CalmPart[]): CalmPart[] {
  const out: CalmPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.changed === p.changed) last.text += p.text;
    else out.push({ text: p.text, changed: p.changed });
  }
  return out;
}

/**
 * The calmer draft, or null when no finding offers a rewrite. Only hostile findings are
 * rewritten (coaching findings give advice, not wording). `recheck` analyses a rewrite with the
 * user's settings, so a rewrite that uncovers another finding is calmed in turn.
 */
export function calmDraft(text: string, findings: readonly Finding[], lang: Lang, recheck?: (text: string) => readonly Finding[]): CalmDraft | null {
  let parts = calmOnce(text, findings, lang);
  if (!parts) return null;
  for (let round = 1; round < ROUNDS && recheck; round++) {
    const current = joined(parts);
    const next = calmOnce(current, recheck(current), lang);
    if (!next || joined(next) === current) break;
    parts = compose(parts, next);
  }
  const result = joined(parts);
  return result.trim() !== '' && result !== text ? { text: result, parts: merge(parts) } : null;
}
