/**
 * Exports from the extension's pages: one file in a format (a conversation, or every
 * conversation when none is given), or "export all" as one zip with a file per conversation.
 * Every file is named by core/export/file-name.ts and worded in the interface language.
 */
import { buildArchive } from '../../core/export/archive';
import { buildExportDocument } from '../../core/export/build-document';
import { exportFileName } from '../../core/export/file-name';
import { exportFormat, type ExportFormatId } from '../../core/export/formats';
import type { ExportDocument } from '../../core/export/model';
import { downloadBlob } from '../../platform/download';
import { t } from '../../platform/i18n';
import { exportLabels } from './export-labels';
import { loadForExport } from './load-for-export';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  data: string | Uint8Array<ArrayBuffer>;
  mimeType: string;
}

const offsetAt = (time: number) => -new Date(time).getTimezoneOffset();

async function documentFor(id: string | null, now: number): Promise<ExportDocument> {
  const { conversations, caseFiles } = await loadForExport(id);
  // A conversation deleted meanwhile (in another window) cannot be exported.
  if (id !== null && conversations.length === 0) throw new Error(t('exportGone'));
  return buildExportDocument(conversations, now, { caseFileOf: (caseId) => caseFiles.get(caseId) });
}

/** The conversation `id` (or all of them, for null) as a file in one format. */
export async function exportFile(formatId: ExportFormatId, id: string | null, now = Date.now()): Promise<ExportFile> {
  const format = exportFormat(formatId);
  const doc = await documentFor(id, now);
  return { name: exportFileName(doc, format.fileExtension, offsetAt(now)), data: format.serialize(doc, exportLabels()), mimeType: format.mimeType };
}

/** Every conversation as one zip, a file per conversation in the chosen format. */
export async function exportArchive(formatId: ExportFormatId, now = Date.now()): Promise<ExportFile> {
  const doc = await documentFor(null, now);
  const zip = buildArchive(doc, exportFormat(formatId), exportLabels(), { utcOffsetMinutes: offsetAt(now) });
  return { name: exportFileName(doc, 'zip', offsetAt(now)), data: zip as Uint8Array<ArrayBuffer>, mimeType: 'application/zip' };
}

function download(file: ExportFile): string {
  downloadBlob(file.data, file.name, file.mimeType);
  return file.name;
}

/** Downloads the conversation `id` (or all) in one format; resolves to the file name. */
export async function exportOne(formatId: ExportFormatId, id: string | null, now = Date.now()): Promise<string> {
  return download(await exportFile(formatId, id, now));
}

/** Downloads every conversation as one zip; resolves to the file name. */
export async function exportAllAsZip(formatId: ExportFormatId, now = Date.now()): Promise<string> {
  return download(await exportArchive(formatId, now));
}
