import type { ExportLabels } from '../labels';
import type { ExportDocument } from '../model';

/** The ids double as the export buttons' hooks: `data-parley="export-<id>"`. */
export type ExportFormatId = 'json' | 'markdown' | 'html' | 'text' | 'csv';

/** One export format: a pure serializer plus what a download needs to name and type the file. */
export interface ExportFormat {
  readonly id: ExportFormatId;
  readonly mimeType: string;
  /** Without the dot. */
  readonly fileExtension: string;
  /** The document as a file; human-readable formats word it with `labels` (JSON ignores them). */
  serialize(doc: ExportDocument, labels: ExportLabels): string;
}
