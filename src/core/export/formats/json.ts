/**
 * The canonical export: the document itself, exact text and all, which `import` and `verify`
 * read. Language-neutral: the same bytes whatever the interface language, so it takes no labels.
 */
import type { ExportDocument } from '../model';
import type { ExportFormat } from './format';

export const json = {
  id: 'json',
  mimeType: 'application/json',
  fileExtension: 'json',
  serialize: (doc: ExportDocument): string => `${JSON.stringify(doc, null, 2)}\n`,
} as const satisfies ExportFormat;
