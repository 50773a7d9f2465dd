/**
 * Reads an agent's message as a refusal, a stall, or neither, and says which phrase and where.
 * A refusal wins over a stall ("Unfortunately … let me check"): it is the stronger signal for
 * the ladder. Spans are UTF-16 offsets into the original message.
 */
import { normalize, toOriginal } from '../tone/normalize';
import { LANGS, type Lang } from '../tone/types';
import { AGENT_PHRASES } from './phrases';

export type AgentSignalKind = 'refusal' | 'stall';

export interface AgentSignal {
  kind: AgentSignalKind;
  /** The phrase from AGENT_PHRASES that matched. */
  phrase: string;
  span: { start: number; end: number };
  lang: Lang;
}

interface Compiled {
  phrase: string;
  lang: Lang;
  pattern: RegExp;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** One pattern per phrase; Japanese has no spaces, so its phrases match as substrings. */
function compile(phrase: string): RegExp {
  const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  if (CJK.test(phrase)) return new RegExp(body, 'gu');
  const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${end}`, 'gu');
}

const COMPILED = new Map<AgentSignalKind, Compiled[]>(
  (['refusal', 'stall'] as const).map((kind) => [kind, LANGS.flatMap((lang) => AGENT_PHRASES[lang][kind].map((phrase) => ({ phrase, lang, pattern: compile(phrase) })))]),
);

/** The earliest (then longest) hit of `kind` in the normalised text. */
function earliest(text: string, kind: AgentSignalKind, langs: ReadonlySet<Lang>): { c: Compiled; index: number; length: number } | undefined {
  let best: { c: Compiled; index: number; length: number } | undefined;
  for (const c of COMPILED.get(kind) ?? []) {
    if (!langs.has(c.lang)) continue;
    c.pattern.lastIndex = 0;
    const m = c.pattern.exec(text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) best = { c, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * The refusal or stall in the agent's message, or null. `langs` limits the phrase lists (the
 * chat's language plus English is a good choice); by default all seven are tried, since agents
 * often switch to English.
 */
export function detectAgentSignal(message: string, langs: readonly Lang[] = LANGS): AgentSignal | null {
  const n = normalize(message);
  const wanted = new Set(langs);
  for (const kind of ['refusal', 'stall'] as const) {
    const hit = earliest(n.text, kind, wanted);
    if (!hit) continue;
    const [start, end] = toOriginal(n, hit.index, hit.index + hit.length);
    return { kind, phrase: hit.c.phrase, span: { start, end }, lang: hit.c.lang };
  }
  return null;
}

/** Just the kind, or 'none'. */
export function classifyAgentMessage(message: string, langs?: readonly Lang[]): AgentSignalKind | 'none' {
  return detectAgentSignal(message, langs)?.kind ?? 'none';
}
