/**
 * Import and export of the user's templates as a small JSON document:
 *   { "format": "parley-templates", "version": 1, "templates": [{ "id", "lang", "title", "body" }] }
 * An import is all or nothing: one bad entry refuses the file, with a message naming the entry
 * and its problem, so a user never ends up with half a file and no idea what was dropped.
 */
import type { Template } from './types';
import type { UiMessage } from './user-message';
import { USER_TEMPLATE_LIMITS, USER_TEMPLATE_PREFIX, isLang, validateUserTemplate } from './user-template-rules';
import { isUserTemplateId } from './user-templates';

export const TEMPLATES_FORMAT = 'parley-templates';
export const TEMPLATES_VERSION = 1;
/** Far above what 200 templates of 2,000 characters need; anything larger is not our file. */
const MAX_FILE_CHARS = 2_000_000;

export type ImportResult =
  | { ok: true; templates: Template[]; added: number; skipped: number }
  | { ok: false; error: UiMessage; detail?: UiMessage };

export function serializeTemplatesFile(templates: readonly Template[]): string {
  const entries = templates.map(({ id, lang, title, body }) => ({ id, lang, title, body }));
  return `${JSON.stringify({ format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, templates: entries }, null, 2)}\n`;
}

const fail = (key: string, params?: string[], detail?: UiMessage): ImportResult => ({ ok: false, error: { key, ...(params ? { params } : {}) }, ...(detail ? { detail } : {}) });

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An entry as a template, or the first problem with it. */
function readEntry(entry: unknown, newId: () => string): Template | UiMessage {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return { key: 'sidebarImportError_notTemplate' };
  const e = entry as Record<string, unknown>;
  if (!isLang(e.lang)) return { key: 'sidebarTemplateError_lang', params: [String(e.lang)] };
  if (typeof e.title !== 'string') return { key: 'sidebarTemplateError_titleEmpty' };
  if (typeof e.body !== 'string') return { key: 'sidebarTemplateError_bodyEmpty' };
  const problem = validateUserTemplate({ lang: e.lang, title: e.title, body: e.body })[0];
  if (problem) return problem;
  const id = typeof e.id === 'string' && isUserTemplateId(e.id) ? e.id : `${USER_TEMPLATE_PREFIX}${newId()}`;
  return { id, lang: e.lang, title: e.title.trim(), body: e.body.trim() };
}

/**
 * Reads an exported file and appends its templates to `existing`. Templates whose id is already
 * there are skipped (importing the same file twice adds nothing). `newId` names entries that
 * come without a usable id.
 */
export function importTemplatesFile(text: string, existing: readonly Template[], newId: () => string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return fail('sidebarImportError_tooLarge');
  const doc = parse(text);
  if (doc === undefined) return fail('sidebarImportError_json');
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  if (d.format !== TEMPLATES_FORMAT) return fail('sidebarImportError_format');
  if (d.version !== TEMPLATES_VERSION) return fail('sidebarImportError_version', [String(d.version)]);
  if (!Array.isArray(d.templates)) return fail('sidebarImportError_format');
  if (d.templates.length === 0) return fail('sidebarImportError_noTemplates');
  const ids = new Set(existing.map((t) => t.id));
  const incoming: Template[] = [];
  for (const [index, entry] of d.templates.entries()) {
    const read = readEntry(entry, newId);
    if (!('id' in read)) return fail('sidebarImportError_entry', [String(index + 1)], read);
    if (ids.has(read.id)) continue;
    ids.add(read.id);
    incoming.push(read);
  }
  if (existing.length + incoming.length > USER_TEMPLATE_LIMITS.count) return fail('sidebarTemplateError_tooMany', [String(USER_TEMPLATE_LIMITS.count)]);
  return { ok: true, templates: [...existing, ...incoming], added: incoming.length, skipped: d.templates.length - incoming.length };
}
