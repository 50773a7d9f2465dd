/**
 * Reading a backup file: a JSON export, an "export all" zip of JSON files, or the options page's
 * "export everything" zip, whose case files, templates and settings files are sorted out by
 * their `format` (src/core/backup/backup.ts). All or nothing: every transcript file must read and
 * verify, or the whole backup is refused with the first problem (and the file it is in).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { classifyBackupFile } from '../../core/backup/backup';
import type { CaseFile } from '../../core/case';
import { importTemplatesFile, type UiMessage } from '../../core/templates';
import { readImport, type ImportedConversation, type ImportProblem } from '../../core/export/import';

export type BackupProblem =
  | { code: 'zip-unreadable' }
  | { code: 'zip-without-json' }
  | { code: 'import'; problem: ImportProblem; file?: string }
  /** A templates file in the backup that the templates' importer refuses (its message). */
  | { code: 'templates'; message: UiMessage; detail?: UiMessage; file?: string };

export interface BackupContents {
  conversations: ImportedConversation[];
  caseFiles: CaseFile[];
  /** `parley-templates` files, as text (merged by the templates' own importer). */
  templates: string[];
  settings: { settings: Record<string, unknown>; version: number } | null;
}

export type BackupRead = ({ ok: true } & BackupContents) | { ok: false; problem: BackupProblem };

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

type PartProblem = { code: 'import'; problem: ImportProblem } | { code: 'templates'; message: UiMessage; detail?: UiMessage };

/** Reads one JSON file into `into`; a transcript or templates file that does not read or verify is the problem returned. */
async function readPart(text: string, into: BackupContents): Promise<PartProblem | null> {
  const part = classifyBackupFile(text);
  if (part.kind === 'templates') {
    const check = importTemplatesFile(part.text, [], () => 'check');
    if (!check.ok) return { code: 'templates', message: check.error, ...(check.detail ? { detail: check.detail } : {}) };
    into.templates.push(part.text);
  }
  else if (part.kind === 'settings') into.settings = { settings: part.settings, version: part.version };
  else if (part.kind === 'case-files') into.caseFiles.push(...part.caseFiles);
  else {
    const result = await readImport(part.text);
    if (!result.ok) return { code: 'import', problem: result.problem };
    into.conversations.push(...result.conversations);
  }
  return null;
}

const empty = (): BackupContents => ({ conversations: [], caseFiles: [], templates: [], settings: null });

async function readZip(bytes: Uint8Array): Promise<BackupRead> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.json') });
  } catch {
    return { ok: false, problem: { code: 'zip-unreadable' } };
  }
  const names = Object.keys(entries).sort();
  if (names.length === 0) return { ok: false, problem: { code: 'zip-without-json' } };
  const contents = empty();
  for (const name of names) {
    const problem = await readPart(strFromU8(entries[name]!), contents);
    if (problem) return { ok: false, problem: { ...problem, file: name } };
  }
  return { ok: true, ...contents };
}

export async function readBackup(bytes: Uint8Array): Promise<BackupRead> {
  if (isZip(bytes)) return readZip(bytes);
  const contents = empty();
  const problem = await readPart(new TextDecoder().decode(bytes), contents);
  return problem ? { ok: false, problem } : { ok: true, ...contents };
}
