/** The canonical export: the document itself, exact text and all, which `import` and `verify` read. */
import type { ExportFormat } from './format';

export const json: ExportFormat = {
  id: 'json',
  mimeType: 'application/json',
  fileExtension: 'json',
  serialize: (doc) => `${JSON.stringify(doc, null, 2)}\n`,
};
