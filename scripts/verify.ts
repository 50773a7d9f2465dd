/**
 * Checks exported transcripts: `npm run verify -- file.json [more.json | export.zip …]`.
 * Prints one line per file and exits 0 when every chain holds, 1 when a file was tampered with,
 * 2 when a file cannot be read as a Parley export at all.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readImport, type ImportResult } from '../src/core/export/import';

const EXIT = { ok: 0, tampered: 1, unreadable: 2 } as const;

function report(prefix: string, label: string, result: ImportResult): number {
  if (result.ok) {
    const n = result.conversations.length;
    console.log(`${prefix}OK: ${n} conversation${n === 1 ? '' : 's'}, ${result.messageCount} messages verified${label}`);
    return EXIT.ok;
  }
  const p = result.problem;
  if (p.code === 'tampered') {
    console.log(`${prefix}TAMPERED: conversation ${p.conversationId} (${p.site}), ${p.detail}${label}`);
    return EXIT.tampered;
  }
  console.error(`${prefix}ERROR: ${p.message}${label}`);
  return EXIT.unreadable;
}

/** The JSON texts in a file: the file itself, or every .json entry of an "export all" zip. */
function jsonTexts(file: string): Array<{ label: string; text: string }> {
  const bytes = readFileSync(file);
  if (!file.toLowerCase().endsWith('.zip')) return [{ label: '', text: bytes.toString('utf8') }];
  const entries = Object.entries(unzipSync(bytes)).filter(([name]) => name.toLowerCase().endsWith('.json'));
  if (entries.length === 0) throw new Error('the zip holds no JSON export (export all as JSON to verify)');
  return entries.map(([name, data]) => ({ label: ` [${name}]`, text: strFromU8(data) }));
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run verify -- <export.json | export.zip> …');
    return EXIT.unreadable;
  }
  let worst: number = EXIT.ok;
  for (const file of files) {
    const prefix = files.length > 1 ? `${file}: ` : '';
    try {
      for (const { label, text } of jsonTexts(file)) {
        worst = Math.max(worst, report(prefix, label, await readImport(text)));
      }
    } catch (error) {
      console.error(`${prefix}ERROR: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      worst = EXIT.unreadable;
    }
  }
  return worst;
}

process.exitCode = await main(process.argv.slice(2).filter((arg) => arg !== '--'));
