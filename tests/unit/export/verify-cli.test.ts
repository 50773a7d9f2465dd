import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/core/export/archive';
import { buildExportDocument } from '../../../src/core/export/build-document';
import { json } from '../../../src/core/export/formats/json';
import { EN } from './labels';
import type { ExportDocument } from '../../../src/core/export/model';
import { sampleConversation } from '../../fixtures/transcripts/sample';
import { EXPORTED_AT } from './fixture-document';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'parley-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', '--', ...files], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function documentOfTwo(): Promise<ExportDocument> {
  return buildExportDocument([await sampleConversation('c1'), await sampleConversation('c2', 'https://b.example')], EXPORTED_AT);
}

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run verify', { timeout: 30_000 }, () => {
  it('exits 0 and counts what it verified', async () => {
    const file = write('ok.json', json.serialize(await documentOfTwo()));
    expect(await verify(file)).toEqual({ code: 0, stdout: 'OK: 2 conversations, 12 messages verified\n', stderr: '' });
  });

  it('exits 1 and names the first altered message', async () => {
    const doc = await documentOfTwo();
    const m = doc.conversations[1]?.messages[2];
    if (m) m.text = 'edited';
    const result = await verify(write('tampered.json', json.serialize(doc)));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('TAMPERED: conversation c2 (https://b.example), message #3 (2025-01-05T10:32:00.000Z) was altered\n');
  });

  it('exits 2 with a clear message for malformed, truncated and missing files', async () => {
    const text = json.serialize(await documentOfTwo());
    const truncated = await verify(write('truncated.json', text.slice(0, 300)));
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/^ERROR: The file is not valid JSON \(it may be truncated/);
    const wrong = await verify(write('wrong.json', '{"hello":"world"}'));
    expect(wrong).toMatchObject({ code: 2, stderr: 'ERROR: This is not a Parley transcript export (expected "format": "parley-transcripts").\n' });
    const missing = await verify(join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
    expect((await verify()).code).toBe(2);
  });

  it('verifies every JSON file in an "export all" zip', async () => {
    const zip = write('all.zip', buildArchive(await documentOfTwo(), json, EN));
    const result = await verify(zip);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'OK: 1 conversation, 6 messages verified [parley-shop-example-com-2025-01-05.json]',
      'OK: 1 conversation, 6 messages verified [parley-b-example-2025-01-05.json]',
    ]);
  });
});
