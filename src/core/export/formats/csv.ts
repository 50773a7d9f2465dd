/**
 * CSV: one row per message with its conversation's details, for spreadsheets. Starts with a
 * UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page and garbles
 * Japanese, Lithuanian and Slovak text.
 */
import { csvRow } from '../csv-cell';
import type { ExportFormat } from './format';

export const CSV_COLUMNS = [
  'conversation',
  'site',
  'url',
  'title',
  'widget',
  'position',
  'time',
  'author',
  'name',
  'status',
  'text',
  'hash',
] as const;

export const csv: ExportFormat = {
  id: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  fileExtension: 'csv',
  serialize(doc) {
    let out = `\uFEFF${csvRow(CSV_COLUMNS)}`;
    for (const c of doc.conversations) {
      for (const [i, m] of c.messages.entries()) {
        const hash = c.integrity.hashes[i] ?? '';
        out += csvRow([c.id, c.site, c.url, c.title, c.widget, String(i + 1), m.at, m.author, m.name ?? '', m.status ?? '', m.text, hash]);
      }
    }
    return out;
  },
};
