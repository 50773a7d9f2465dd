export * from './case-file';
export { detectReferences } from './references';
