export * from './fields';
export * from './case-file';
export { REFERENCE_LABELS, type ReferenceLabels } from './reference-labels';
export { detectReferences, findReferences, type ReferenceMatch } from './references';
export { caseFileFromExport, caseFileToExport, REFERENCES_FIELD, type CaseFileFields } from './export-fields';
export { attachDraft, isBlankCaseFile } from './draft';
