/**
 * Reads an agent's message as a refusal, a stall, or neither. All languages' phrases are tried:
 * an agent may answer in another language than the detected one, and the phrase lists do not
 * collide. A refusal wins over a stall ("Unfortunately … let me check").
 */
import { LANGS } from '../tone/types';
import { AGENT_PHRASES } from './phrases';

export type AgentSignal = 'refusal' | 'stall' | 'none';

const spaced = (phrase: string) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(phrase);

function compile(phrases: readonly string[]): RegExp {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return spaced(p) ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
    });
  return new RegExp(parts.join('|'), 'iu');
}

const REFUSAL = compile(LANGS.flatMap((l) => AGENT_PHRASES[l].refusal));
const STALL = compile(LANGS.flatMap((l) => AGENT_PHRASES[l].stall));

export function classifyAgentMessage(text: string): AgentSignal {
  const sample = text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'");
  if (REFUSAL.test(sample)) return 'refusal';
  if (STALL.test(sample)) return 'stall';
  return 'none';
}
