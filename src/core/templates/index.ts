/** The built-in templates of every language, as `Template` lists in a stable order. */
import type { Lang } from '../tone/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { lt } from './lt';
import { sk } from './sk';
import { TEMPLATE_IDS, type Template, type TemplatePack } from './types';

export const TEMPLATE_PACKS: Record<Lang, TemplatePack> = { en, de, sk, ja, lt, es, fr };

export function builtInTemplates(lang: Lang): Template[] {
  const pack = TEMPLATE_PACKS[lang];
  return TEMPLATE_IDS.map((id) => ({ id, lang, ...pack[id] }));
}

export function builtInTemplate(lang: Lang, id: string): Template | undefined {
  return builtInTemplates(lang).find((t) => t.id === id);
}

export { TEMPLATE_IDS, type Template, type TemplateId, type TemplatePack } from './types';
export { placeholdersOf, render, type Rendered } from './render';
export { searchTemplates } from './search';
