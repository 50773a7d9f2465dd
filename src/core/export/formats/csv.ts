/**
 * CSV: one row per message with its conversation's details, for spreadsheets. The header and
 * the author and delivery columns are in the user's language. Starts with a UTF-8 byte order
 * mark, without which Excel reads UTF-8 as the local code page and garbles Japanese, Lithuanian
 * and Slovak text.
 */
import { csvRow } from '../csv-cell';
import type { ExportLabels } from '../labels';
import type { ExportFormat } from './format';

/** The columns, in order (ids; the header row shows `csvHeader`'s words). */
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

export function csvHeader(labels: ExportLabels): string[] {
  const words: Record<(typeof CSV_COLUMNS)[number], string> = {
    conversation: labels.conversation,
    site: labels.site,
    url: labels.page,
    title: labels.pageTitle,
    widget: labels.widget,
    position: labels.position,
    time: labels.time,
    author: labels.authorColumn,
    name: labels.name,
    status: labels.deliveryStatus,
    text: labels.text,
    hash: labels.hash,
  };
  return CSV_COLUMNS.map((column) => words[column]);
}

export const csv: ExportFormat = {
  id: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  fileExtension: 'csv',
  serialize(doc, labels) {
    let out = `\uFEFF${csvRow(csvHeader(labels))}`;
    for (const c of doc.conversations) {
      for (const [i, m] of c.messages.entries()) {
        const hash = c.integrity.hashes[i] ?? '';
        const status = m.status ? labels.status[m.status] : '';
        out += csvRow([c.id, c.site, c.url, c.title, c.widget, String(i + 1), m.at, labels.author[m.author], m.name ?? '', status, m.text, hash]);
      }
    }
    return out;
  },
};
