/**
 * "Export everything": one zip that holds all Parley keeps, each part a JSON file of its own
 * format so it can be read alone too:
 *   parley-transcripts-<date>.json  every conversation (`parley-transcripts`, verifiable alone,
 *                                   with each conversation's case file as text fields)
 *   parley-case-files.json          the case files whole (`parley-case-files`: references, ladder)
 *   parley-templates.json           the user's own templates (`parley-templates`)
 *   parley-settings.json            the settings (`parley-settings`, with their schema version)
 * The popup's restore reads such a zip, a plain "export all" zip, or any one of these files.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { normaliseCaseFile, type CaseFile } from '../case';
import { isoDate } from '../export/file-name';

export const CASE_FILES_FORMAT = 'parley-case-files';
export const SETTINGS_FORMAT = 'parley-settings';
/** The user templates' file format (written by src/ui/templates/user-templates-io.ts). */
export const TEMPLATES_FORMAT = 'parley-templates';
export const BACKUP_VERSION = 1;

/** At most this many case files are read from a backup. */
const MAX_CASE_FILES = 100_000;

export interface BackupParts {
  /** The `parley-transcripts` JSON text. */
  transcripts: string;
  caseFiles: readonly CaseFile[];
  /** The `parley-templates` JSON text. */
  templates: string;
  settings: Readonly<Record<string, unknown>>;
  settingsVersion: number;
}

export const backupFileName = (exportedAt: number, utcOffsetMinutes = 0) => `parley-backup-${isoDate(exportedAt, utcOffsetMinutes)}.zip`;

/** The zip's bytes; entry times are the export's, so the same data always gives the same bytes. */
export function buildBackup(parts: BackupParts, exportedAt: number, utcOffsetMinutes = 0): Uint8Array {
  const mtime = new Date(exportedAt);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Zippable = {
    [`parley-transcripts-${isoDate(exportedAt, utcOffsetMinutes)}.json`]: [strToU8(parts.transcripts), { mtime }],
    'parley-case-files.json': [strToU8(json({ format: CASE_FILES_FORMAT, version: BACKUP_VERSION, caseFiles: parts.caseFiles })), { mtime }],
    'parley-templates.json': [strToU8(parts.templates), { mtime }],
    'parley-settings.json': [strToU8(json({ format: SETTINGS_FORMAT, version: parts.settingsVersion, settings: parts.settings })), { mtime }],
  };
  return zipSync(files, { level: 6 });
}

/** What a JSON file of a backup holds, by its `format` (anything else is read as transcripts). */
export type BackupPart =
  | { kind: 'transcripts'; text: string }
  | { kind: 'templates'; text: string }
  | { kind: 'settings'; settings: Record<string, unknown>; version: number }
  | { kind: 'case-files'; caseFiles: CaseFile[] };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Sorts one JSON file of a backup. Files that are not case files, templates or settings go to the
 * transcript reader, which refuses them with its own reasons (not JSON, wrong format, tampered).
 */
export function classifyBackupFile(text: string): BackupPart {
  let doc: Record<string, unknown> | null;
  try {
    doc = record(JSON.parse(text));
  } catch {
    return { kind: 'transcripts', text };
  }
  if (doc?.format === TEMPLATES_FORMAT) return { kind: 'templates', text };
  if (doc?.format === SETTINGS_FORMAT) {
    return { kind: 'settings', settings: record(doc.settings) ?? {}, version: typeof doc.version === 'number' ? doc.version : 0 };
  }
  if (doc?.format === CASE_FILES_FORMAT) {
    const list = Array.isArray(doc.caseFiles) ? doc.caseFiles.slice(0, MAX_CASE_FILES) : [];
    const caseFiles = list
      .map(record)
      .filter((c): c is Record<string, unknown> => c !== null && typeof c.conversationId === 'string' && c.conversationId !== '')
      .map((c) => normaliseCaseFile(c.conversationId as string, c));
    return { kind: 'case-files', caseFiles };
  }
  return { kind: 'transcripts', text };
}
