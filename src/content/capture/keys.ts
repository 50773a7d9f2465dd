/**
 * Capture keys: a message's identity that survives re-rendering and virtualised lists, where a
 * DOM node is never an identity. The widget's own message id wins; otherwise author + text,
 * counted among identical messages so two "ok" replies stay two messages.
 */
import type { ReadMessage } from '../detect/types';

/** FNV-1a, 32-bit: short keys for long texts; collisions are disambiguated by the occurrence. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function keyMessages(messages: ReadMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    if (m.id) return `id:${m.id}`;
    const base = `${m.author[0]}:${fnv1a(normaliseText(m.text))}:${normaliseText(m.text).length}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  });
}
