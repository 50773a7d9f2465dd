/**
 * "Export all": one zip with a file per conversation in the chosen format, each file a complete
 * export document of its own (so every JSON file in the zip imports and verifies alone). The zip
 * and the files in it are named by `exportFileName`.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportFileName, uniqueFileNames } from './file-name';
import type { ExportFormat } from './formats/format';
import type { ExportLabels } from './labels';
import type { ExportDocument } from './model';

export interface ArchiveOptions {
  /** Minutes east of UTC for the dates in file names (see `isoDate`). */
  utcOffsetMinutes?: number;
}

export function buildArchive(doc: ExportDocument, format: ExportFormat, labels: ExportLabels, options: ArchiveOptions = {}): Uint8Array {
  const offset = options.utcOffsetMinutes ?? 0;
  const single = doc.conversations.map((conversation) => ({ ...doc, conversations: [conversation] }));
  const names = uniqueFileNames(single.map((one) => exportFileName(one, format.fileExtension, offset)));
  // Zip entries carry a modification time; use the export's, not the wall clock, so the same
  // export always gives the same bytes.
  const mtime = new Date(doc.exportedAt);
  const files: Zippable = {};
  single.forEach((one, i) => {
    files[names[i] ?? `conversation-${i + 1}.${format.fileExtension}`] = [strToU8(format.serialize(one, labels)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
