/**
 * A case file's filled-in fields as the export's `caseFile` strings. The sidebar does the same
 * for its JSON export (src/sidebar/export-conversation.ts); pages may not import each other.
 * TODO [2026-09-01]: move this to src/core/case so both pages share one copy.
 */
import type { CaseFile } from '../../core/case';
import type { ExportCaseFile } from '../../core/export/model';

export function caseFields(file: CaseFile): ExportCaseFile | undefined {
  const fields: ExportCaseFile = {};
  for (const [name, value] of Object.entries(file.fields)) if (value) fields[name] = value;
  if (file.references.length > 0) fields.references = file.references.join(', ');
  return Object.keys(fields).length > 0 ? fields : undefined;
}
