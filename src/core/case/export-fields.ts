/**
 * A case file as it travels in an export (`caseFile` of format `parley-transcripts` v1: string
 * fields only) and back. The filled-in text fields keep their ids as keys; the reference numbers
 * the agent gave go in one `references` field, joined by ", ". Escalation steps taken stay on
 * this machine. Every export (popup, sidebar, options) and the popup's restore use these two.
 */
import { normaliseCaseFile, type CaseFile } from './case-file';
import { CASE_TEXT_FIELDS } from './fields';

/** `caseFile` of an export: string fields only. */
export type CaseFileFields = Record<string, string>;

export const REFERENCES_FIELD = 'references';
const REFERENCE_SEPARATOR = ', ';

/** The filled-in fields of a case file, or undefined when nothing is filled in. */
export function caseFileToExport(file: CaseFile): CaseFileFields | undefined {
  const fields: CaseFileFields = {};
  for (const name of CASE_TEXT_FIELDS) {
    const value = file.fields[name];
    if (value) fields[name] = value;
  }
  if (file.references.length > 0) fields[REFERENCES_FIELD] = file.references.join(REFERENCE_SEPARATOR);
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/**
 * The case file an export carried, as the `cases` store keeps it, or undefined when it holds
 * nothing Parley knows. Keys that are not case-file fields are dropped and values are cleaned as
 * on every load (`normaliseCaseFile`), since the file may come from anywhere.
 */
export function caseFileFromExport(conversationId: string, fields: Readonly<CaseFileFields>, updatedAt: number): CaseFile | undefined {
  const known = Object.fromEntries(Object.entries(fields).filter(([key]) => (CASE_TEXT_FIELDS as readonly string[]).includes(key)));
  const references = (fields[REFERENCES_FIELD] ?? '').split(REFERENCE_SEPARATOR);
  const file = normaliseCaseFile(conversationId, { fields: known, references, updatedAt });
  return Object.keys(file.fields).length > 0 || file.references.length > 0 ? file : undefined;
}
