/**
 * The chat's language, for picking templates: the tone engine's detector (without its rule packs,
 * core/tone/language.ts) over the agent's recent messages (the agent writes in the language the
 * company serves this chat in). With no agent message yet, the interface language if Parley
 * speaks it, else English.
 */
import { detectLanguage } from '../core/tone/language';
import { LANGS, type Lang } from '../core/tone/types';
import type { MessageRecord } from '../shared/transcript-types';

const RECENT = 5;

export function asLang(value: string): Lang | undefined {
  const base = value.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

export function chatLanguage(messages: readonly MessageRecord[], uiLanguage: string): Lang {
  const hint = asLang(uiLanguage);
  const agent = messages.filter((m) => m.author === 'agent').slice(-RECENT);
  if (agent.length === 0) return hint ?? 'en';
  return detectLanguage(agent.map((m) => m.text).join('\n'), LANGS, hint);
}
