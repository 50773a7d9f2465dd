/**
 * Reading a backup file: a JSON export, or an "export all" zip of JSON files. All or nothing:
 * every JSON file in a zip must read and verify, or the whole backup is refused with the first
 * problem (and the file it is in).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { readImport, type ImportedConversation, type ImportProblem } from '../../core/export/import';

export type BackupProblem =
  | { code: 'zip-unreadable' }
  | { code: 'zip-without-json' }
  | { code: 'import'; problem: ImportProblem; file?: string };

export type BackupRead = { ok: true; conversations: ImportedConversation[] } | { ok: false; problem: BackupProblem };

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

async function readZip(bytes: Uint8Array): Promise<BackupRead> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.json') });
  } catch {
    return { ok: false, problem: { code: 'zip-unreadable' } };
  }
  const names = Object.keys(entries).sort();
  if (names.length === 0) return { ok: false, problem: { code: 'zip-without-json' } };
  const conversations: ImportedConversation[] = [];
  for (const name of names) {
    const result = await readImport(strFromU8(entries[name]!));
    if (!result.ok) return { ok: false, problem: { code: 'import', problem: result.problem, file: name } };
    conversations.push(...result.conversations);
  }
  return { ok: true, conversations };
}

export async function readBackup(bytes: Uint8Array): Promise<BackupRead> {
  if (isZip(bytes)) return readZip(bytes);
  const result = await readImport(new TextDecoder().decode(bytes));
  return result.ok ? { ok: true, conversations: result.conversations } : { ok: false, problem: { code: 'import', problem: result.problem } };
}
