/**
 * "Export all": one zip with a file per conversation in the chosen format, each file a complete
 * export document of its own (so every JSON file in the zip imports and verifies alone).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportFileName, isoDate, uniqueFileNames } from './file-name';
import type { ExportFormat } from './formats/format';
import type { ExportDocument } from './model';

export interface ArchiveOptions {
  /** Minutes east of UTC for the dates in file names (see `isoDate`). */
  utcOffsetMinutes?: number;
}

/** The archive's own name: `parley-transcripts-<date>.zip`. */
export function archiveFileName(doc: ExportDocument, utcOffsetMinutes = 0): string {
  return `parley-transcripts-${isoDate(Date.parse(doc.exportedAt), utcOffsetMinutes)}.zip`;
}

export function buildArchive(doc: ExportDocument, format: ExportFormat, options: ArchiveOptions = {}): Uint8Array {
  const offset = options.utcOffsetMinutes ?? 0;
  const names = uniqueFileNames(
    doc.conversations.map((c) => exportFileName(c.site, Date.parse(c.startedAt), format.fileExtension, offset)),
  );
  // Zip entries carry a modification time; use the export's, not the wall clock, so the same
  // export always gives the same bytes.
  const mtime = new Date(doc.exportedAt);
  const files: Zippable = {};
  doc.conversations.forEach((conversation, i) => {
    const body = format.serialize({ ...doc, conversations: [conversation] });
    files[names[i] ?? `conversation-${i + 1}.${format.fileExtension}`] = [strToU8(body), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
