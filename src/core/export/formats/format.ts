import type { ExportDocument } from '../model';

/** The ids double as the export buttons' hooks: `data-parley="export-<id>"`. */
export type ExportFormatId = 'json' | 'markdown' | 'html' | 'text' | 'csv';

/** One export format: a pure serializer plus what a download needs to name and type the file. */
export interface ExportFormat {
  readonly id: ExportFormatId;
  readonly mimeType: string;
  /** Without the dot. */
  readonly fileExtension: string;
  serialize(doc: ExportDocument): string;
}
