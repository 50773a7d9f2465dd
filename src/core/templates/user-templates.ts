/**
 * The user's own templates as a pure list model: create, edit, delete and reorder within a
 * language. Functions return a new list and never mutate; storage (storage.sync with a local
 * fallback, see ./sync-quota.ts) belongs to the platform layer.
 */
import type { Lang } from '../tone/types';
import type { Template } from './types';
import type { UiMessage } from './user-message';
import { USER_TEMPLATE_LIMITS, USER_TEMPLATE_PREFIX, isLang, validateUserTemplate, type UserTemplateDraft } from './user-template-rules';

export type EditResult = { ok: true; templates: Template[]; template: Template } | { ok: false; problems: UiMessage[] };

export function isUserTemplateId(id: string): boolean {
  return id.startsWith(USER_TEMPLATE_PREFIX) && id.length > USER_TEMPLATE_PREFIX.length && id.length <= USER_TEMPLATE_LIMITS.id;
}

/** Stored lists may be older than the code, or damaged: how much of one is read at most. */
const STORED_LIMITS = { count: 500, title: 200, body: 5_000 } as const;

/**
 * The user's templates as read from storage, which is untrusted and may come from another
 * version: entries that are not user templates (no `user:` id, an unknown language, a title or
 * body that is not text) are dropped, repeated ids keep their first entry, and over-long values
 * are cut rather than lost. Never throws.
 */
export function normaliseUserTemplates(value: unknown): Template[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: Template[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const t = item as Record<string, unknown>;
    if (typeof t.id !== 'string' || !isUserTemplateId(t.id) || seen.has(t.id) || !isLang(t.lang) || typeof t.title !== 'string' || typeof t.body !== 'string') continue;
    seen.add(t.id);
    out.push({ id: t.id, lang: t.lang, title: t.title.slice(0, STORED_LIMITS.title), body: t.body.slice(0, STORED_LIMITS.body) });
    if (out.length >= STORED_LIMITS.count) break;
  }
  return out;
}

/** The user's templates of one language, in their order. */
export function userTemplatesFor(list: readonly Template[], lang: Lang): Template[] {
  return list.filter((t) => t.lang === lang);
}

function clean(draft: UserTemplateDraft): UserTemplateDraft {
  return { lang: draft.lang, title: draft.title.trim(), body: draft.body.trim() };
}

/** Adds a template at the end. `uniqueId` comes from the caller (e.g. crypto.randomUUID()). */
export function createUserTemplate(list: readonly Template[], draft: UserTemplateDraft, uniqueId: string): EditResult {
  const problems = validateUserTemplate(draft);
  if (list.length >= USER_TEMPLATE_LIMITS.count) problems.push({ key: 'sidebarTemplateError_tooMany', params: [String(USER_TEMPLATE_LIMITS.count)] });
  const id = uniqueId.startsWith(USER_TEMPLATE_PREFIX) ? uniqueId : `${USER_TEMPLATE_PREFIX}${uniqueId}`;
  if (!isUserTemplateId(id) || list.some((t) => t.id === id)) throw new Error(`createUserTemplate: id ${id} is not a new user template id`);
  if (problems.length > 0) return { ok: false, problems };
  const template: Template = { id, ...clean(draft) };
  return { ok: true, templates: [...list, template], template };
}

/** Replaces a template's language, title or body; it keeps its place. */
export function updateUserTemplate(list: readonly Template[], id: string, patch: Partial<UserTemplateDraft>): EditResult {
  const current = list.find((t) => t.id === id);
  if (!current) return { ok: false, problems: [{ key: 'sidebarTemplateError_gone' }] };
  const draft = { lang: patch.lang ?? current.lang, title: patch.title ?? current.title, body: patch.body ?? current.body };
  const problems = validateUserTemplate(draft);
  if (problems.length > 0) return { ok: false, problems };
  const template: Template = { ...current, ...clean(draft) };
  return { ok: true, templates: list.map((t) => (t.id === id ? template : t)), template };
}

export function deleteUserTemplate(list: readonly Template[], id: string): Template[] {
  return list.filter((t) => t.id !== id);
}

/** Moves a template one place up (-1) or down (+1) among those of its language. */
export function moveUserTemplate(list: readonly Template[], id: string, delta: -1 | 1): Template[] {
  const current = list.find((t) => t.id === id);
  if (!current) return [...list];
  const same = userTemplatesFor(list, current.lang).map((t) => t.id);
  const at = same.indexOf(id);
  const target = at + delta;
  if (target < 0 || target >= same.length) return [...list];
  [same[at], same[target]] = [same[target] as string, id];
  return reorderUserTemplates(list, current.lang, same);
}

/**
 * Puts one language's templates in the given order (e.g. after drag and drop). Ids not listed
 * keep their relative order after the listed ones; other languages keep their slots.
 */
export function reorderUserTemplates(list: readonly Template[], lang: Lang, orderedIds: readonly string[]): Template[] {
  const mine = userTemplatesFor(list, lang);
  const rank = (t: Template) => {
    const i = orderedIds.indexOf(t.id);
    return i < 0 ? orderedIds.length + mine.indexOf(t) : i;
  };
  const sorted = [...mine].sort((a, b) => rank(a) - rank(b));
  let next = 0;
  return list.map((t) => (t.lang === lang ? (sorted[next++] as Template) : t));
}
