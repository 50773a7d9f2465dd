/** Template search: every word of the query must occur in the title or body (case- and accent-insensitive). */
import type { Template } from './types';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchTemplates(templates: readonly Template[], query: string): Template[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((t) => {
    const haystack = fold(`${t.title} ${t.body}`);
    return words.every((w) => haystack.includes(w));
  });
}
