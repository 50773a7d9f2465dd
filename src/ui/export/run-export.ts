/**
 * The popup's exports: one file in a format (the selected conversation, or every conversation
 * when none is selected), or "export all" as one zip with a file per conversation.
 */
import { archiveFileName, buildArchive } from '../../core/export/archive';
import { buildExportDocument } from '../../core/export/build-document';
import { exportFileName, isoDate } from '../../core/export/file-name';
import { exportFormat, type ExportFormatId } from '../../core/export/formats';
import type { ExportDocument } from '../../core/export/model';
import { downloadBlob } from '../../platform/download';
import { loadForExport } from './load-for-export';

const offsetAt = (time: number) => -new Date(time).getTimezoneOffset();

async function documentFor(id: string | null, now: number): Promise<ExportDocument> {
  const { conversations, caseFiles } = await loadForExport(id);
  return buildExportDocument(conversations, now, { caseFileOf: (caseId) => caseFiles.get(caseId) });
}

/** Downloads the selected conversation (or all) in one format; resolves to the file name. */
export async function exportOne(formatId: ExportFormatId, selectedId: string | null, now = Date.now()): Promise<string> {
  const format = exportFormat(formatId);
  const doc = await documentFor(selectedId, now);
  const single = doc.conversations.length === 1 ? doc.conversations[0] : undefined;
  const name = single
    ? exportFileName(single.site, Date.parse(single.startedAt), format.fileExtension, offsetAt(now))
    : `parley-transcripts-${isoDate(now, offsetAt(now))}.${format.fileExtension}`;
  downloadBlob(format.serialize(doc), name, format.mimeType);
  return name;
}

/** Downloads every conversation as one zip, a file per conversation in the chosen format. */
export async function exportAllAsZip(formatId: ExportFormatId, now = Date.now()): Promise<string> {
  const doc = await documentFor(null, now);
  const zip = buildArchive(doc, exportFormat(formatId), { utcOffsetMinutes: offsetAt(now) });
  const name = archiveFileName(doc, offsetAt(now));
  downloadBlob(zip as Uint8Array<ArrayBuffer>, name, 'application/zip');
  return name;
}
