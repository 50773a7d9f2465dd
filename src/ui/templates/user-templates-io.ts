/** Import and export of the user's templates as a small JSON document. */
import type { Template } from '../../core/templates';
import { normaliseUserTemplates } from '../../platform/user-templates';

export const USER_TEMPLATES_FORMAT = 'parley-templates';

export function serializeUserTemplates(templates: readonly Template[]): string {
  return `${JSON.stringify({ format: USER_TEMPLATES_FORMAT, version: 1, templates }, null, 2)}\n`;
}

/** Templates from an exported file, appended after the existing ones; ids already present are skipped. */
export function mergeImported(existing: readonly Template[], fileText: string): { merged: Template[]; added: number } {
  const doc = JSON.parse(fileText) as { format?: unknown; templates?: unknown };
  if (doc.format !== USER_TEMPLATES_FORMAT) throw new Error('Not a Parley templates file');
  const ids = new Set(existing.map((t) => t.id));
  const incoming = normaliseUserTemplates(doc.templates).filter((t) => !ids.has(t.id));
  return { merged: [...existing, ...incoming], added: incoming.length };
}

/** Moves `id` one place up (-1) or down (+1) among the templates of its language. */
export function moveWithinLanguage(templates: readonly Template[], id: string, delta: -1 | 1): Template[] {
  const current = templates.find((t) => t.id === id);
  if (!current) return [...templates];
  const sameLang = templates.filter((t) => t.lang === current.lang);
  const swapWith = sameLang[sameLang.indexOf(current) + delta];
  if (!swapWith) return [...templates];
  const out = [...templates];
  const a = out.indexOf(current);
  const b = out.indexOf(swapWith);
  [out[a], out[b]] = [swapWith, current];
  return out;
}
