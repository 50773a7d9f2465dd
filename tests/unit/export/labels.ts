/** Export labels as the extension builds them (src/ui/export/export-labels.ts), from a locale's catalog. */
import { readFileSync } from 'node:fs';
import { catalogLookup, formatMessage, type MessageCatalog } from '../../../src/core/i18n/format';
import type { ExportLabels } from '../../../src/core/export/labels';
import { exportLabels, type Translate } from '../../../src/ui/export/export-labels';

export function catalog(lang: string): MessageCatalog {
  return JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as MessageCatalog;
}

export function translateFrom(lang: string): Translate {
  const lookup = catalogLookup(catalog(lang));
  return (key, substitutions = []) => {
    const entry = lookup(key);
    if (!entry) throw new Error(`no ${lang} message ${key}`);
    return formatMessage(entry, substitutions);
  };
}

export const labelsIn = (lang: string): ExportLabels => exportLabels(translateFrom(lang));

/** English, the language most tests read. */
export const EN = labelsIn('en');
