/**
 * What makes a user's template acceptable: a title, a body, sane lengths, and braces used only
 * for known placeholders (a stray `{` would otherwise be sent into a chat, or silently dropped).
 * Problems come back as i18n messages so the editor and the importer can show them as they are.
 */
import { LANGS, type Lang } from '../tone/types';
import { hasStrayBraces, isKnownPlaceholder, placeholdersOf } from './placeholders';
import type { UiMessage } from './user-message';

export const USER_TEMPLATE_PREFIX = 'user:';
export const USER_TEMPLATE_LIMITS = { title: 100, body: 2_000, count: 200, id: 100 } as const;

export interface UserTemplateDraft {
  lang: Lang;
  title: string;
  body: string;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Every problem with a draft; an empty list means it can be saved. */
export function validateUserTemplate(draft: UserTemplateDraft): UiMessage[] {
  const problems: UiMessage[] = [];
  const title = draft.title.trim();
  const body = draft.body.trim();
  if (!isLang(draft.lang)) problems.push({ key: 'sidebarTemplateError_lang', params: [String(draft.lang)] });
  if (!title) problems.push({ key: 'sidebarTemplateError_titleEmpty' });
  if (title.length > USER_TEMPLATE_LIMITS.title) problems.push({ key: 'sidebarTemplateError_titleLong', params: [String(USER_TEMPLATE_LIMITS.title)] });
  if (!body) problems.push({ key: 'sidebarTemplateError_bodyEmpty' });
  if (body.length > USER_TEMPLATE_LIMITS.body) problems.push({ key: 'sidebarTemplateError_bodyLong', params: [String(USER_TEMPLATE_LIMITS.body)] });
  if (hasStrayBraces(body)) problems.push({ key: 'sidebarTemplateError_braces' });
  const unknown = placeholdersOf(body).find((name) => !isKnownPlaceholder(name));
  if (unknown) problems.push({ key: 'sidebarTemplateError_placeholder', params: [unknown] });
  return problems;
}
