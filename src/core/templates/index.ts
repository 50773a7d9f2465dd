/** The built-in templates of every language, and everything to fill, search and manage templates. */
import type { Lang } from '../tone/types';
import { TEMPLATE_CATALOG } from './catalog';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { lt } from './lt';
import { sk } from './sk';
import { TEMPLATE_IDS, type BuiltInTemplate, type TemplatePack } from './types';

export const TEMPLATE_PACKS: Record<Lang, TemplatePack> = { en, de, sk, ja, lt, es, fr };

/** One language's built-ins in display order. */
export function builtInTemplates(lang: Lang): BuiltInTemplate[] {
  const pack = TEMPLATE_PACKS[lang];
  return TEMPLATE_IDS.map((id) => ({ id, lang, ...pack[id], ...TEMPLATE_CATALOG[id] }));
}

export function builtInTemplate(lang: Lang, id: string): BuiltInTemplate | undefined {
  return builtInTemplates(lang).find((t) => t.id === id);
}

export { CATEGORY_LABEL_KEYS, TEMPLATE_CATALOG } from './catalog';
export { TEMPLATE_CATEGORIES, TEMPLATE_IDS, type BuiltInTemplate, type Template, type TemplateCategory, type TemplateId, type TemplatePack } from './types';
export { PLACEHOLDER_NAMES, parseBody, placeholdersOf, type PlaceholderName } from './placeholders';
export { MISSING_MARK, render, segments, type Rendered, type RenderableTemplate, type Segment } from './render';
export { cleanValue, type PlaceholderValues } from './values';
export { searchTemplates } from './search';
export type { UiMessage } from './user-message';
export { USER_TEMPLATE_LIMITS, USER_TEMPLATE_PREFIX, validateUserTemplate, type UserTemplateDraft } from './user-template-rules';
export { createUserTemplate, deleteUserTemplate, isUserTemplateId, moveUserTemplate, normaliseUserTemplates, reorderUserTemplates, updateUserTemplate, userTemplatesFor, type EditResult } from './user-templates';
export { TEMPLATES_FORMAT, TEMPLATES_VERSION, importTemplatesFile, serializeTemplatesFile, type ImportResult } from './templates-file';
export { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, planSyncStorage, syncItemBytes, type SyncItem, type SyncPlan, type SyncPlanOptions } from './sync-quota';
