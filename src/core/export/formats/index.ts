/** Every export format, in the order the popup offers them. */
import { csv } from './csv';
import type { ExportFormat, ExportFormatId } from './format';
import { html } from './html';
import { json } from './json';
import { markdown } from './markdown';
import { text } from './text';

export type { ExportFormat, ExportFormatId } from './format';

export const EXPORT_FORMATS: readonly ExportFormat[] = [json, markdown, html, text, csv];

export function exportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`unknown export format: ${id}`);
  return format;
}
