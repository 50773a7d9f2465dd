import type { ToneMessage } from '../tone/types';

/**
 * Renders `messages.json` entries exactly like `chrome.i18n.getMessage`: named placeholders
 * (`$count$`, case-insensitive) are replaced by their `content`, then `$1`…`$9` anywhere take
 * the positional substitutions; `$$` is a literal dollar sign. Missing substitutions render empty.
 * See https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageCatalog = Record<string, MessageEntry>;

/** Finds the message entry for a key (chrome looks keys up case-insensitively). */
export type MessageLookup = (key: string) => MessageEntry | undefined;

/**
 * Chrome's positional pass (base::ReplaceStringPlaceholders): `$1`…`$9` take the substitutions,
 * a run of n+1 dollar signs becomes n, and `$` before anything else drops both characters.
 */
function replacePositional(format: string, params: readonly string[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (i + 1 >= format.length) {
      break;
    }
    i++;
    const next = format[i] as string;
    if (next === '$') {
      while (i < format.length && format[i] === '$') {
        out += '$';
        i++;
      }
      i--;
    } else if (next >= '1' && next <= '9') {
      out += params[Number(next) - 1] ?? '';
    }
  }
  return out;
}

/** Formats one entry with positional parameters: named placeholders first, then `$1`…`$9`. */
export function formatMessage(entry: MessageEntry, params: readonly string[] = []): string {
  const placeholders = new Map<string, string>();
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    placeholders.set(name.toLowerCase(), ph.content);
  }
  const inlined = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => placeholders.get(name.toLowerCase()) ?? all);
  return replacePositional(inlined, params);
}

/** A lookup over a parsed `messages.json` (case-insensitive keys, as in chrome). */
export function catalogLookup(catalog: MessageCatalog): MessageLookup {
  const lower = new Map<string, MessageEntry>();
  for (const [key, entry] of Object.entries(catalog)) {
    lower.set(key.toLowerCase(), entry);
  }
  return (key) => lower.get(key.toLowerCase());
}

/** Renders a tone finding's message; an unknown key renders as the key itself, never throws. */
export function renderMessage(message: ToneMessage, lookup: MessageLookup): string {
  const entry = lookup(message.key);
  return entry ? formatMessage(entry, message.params ?? []) : message.key;
}
