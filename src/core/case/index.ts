export * from './fields';
export * from './case-file';
export { REFERENCE_LABELS, type ReferenceLabels } from './reference-labels';
export { detectReferences, findReferences, type ReferenceMatch } from './references';
export { attachDraft, isBlankCaseFile } from './draft';
