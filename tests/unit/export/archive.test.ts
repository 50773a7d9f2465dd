import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/core/export/archive';
import { buildExportDocument } from '../../../src/core/export/build-document';
import { exportFormat } from '../../../src/core/export/formats/index';
import { readImport } from '../../../src/core/export/import';
import { sampleConversation } from '../../fixtures/transcripts/sample';
import { exportFileName } from '../../../src/core/export/file-name';
import { EXPORTED_AT } from './fixture-document';
import { EN } from './labels';

async function threeConversations() {
  return buildExportDocument(
    [await sampleConversation('c1'), await sampleConversation('c2'), await sampleConversation('c3', 'https://other.example')],
    EXPORTED_AT,
  );
}

describe('export all as one zip', () => {
  it('holds one file per conversation, uniquely named, each a full export that imports alone', async () => {
    const doc = await threeConversations();
    const files = unzipSync(buildArchive(doc, exportFormat('json'), EN));
    expect(Object.keys(files)).toEqual([
      'parley-shop-example-com-2025-01-05.json',
      'parley-shop-example-com-2025-01-05-2.json',
      'parley-other-example-2025-01-05.json',
    ]);
    const ids = [];
    for (const data of Object.values(files)) {
      const result = await readImport(strFromU8(data));
      expect(result.ok).toBe(true);
      if (result.ok) ids.push(...result.conversations.map((c) => c.conversation.id));
    }
    expect(ids).toEqual(['c1', 'c2', 'c3']);
  });

  it('uses the chosen format for every file', async () => {
    const doc = await threeConversations();
    const files = unzipSync(buildArchive(doc, exportFormat('html'), EN));
    expect(Object.keys(files).every((name) => name.endsWith('.html'))).toBe(true);
    const first = strFromU8(Object.values(files)[0] ?? new Uint8Array());
    expect(first).toBe(exportFormat('html').serialize({ ...doc, conversations: doc.conversations.slice(0, 1) }, EN));
  });

  it('gives the same bytes for the same export (no wall clock inside)', async () => {
    const doc = await threeConversations();
    expect(buildArchive(doc, exportFormat('csv'), EN)).toEqual(buildArchive(doc, exportFormat('csv'), EN));
    // Several conversations: `parley-all-<export date>`, like every multi-conversation file.
    expect(exportFileName(doc, 'zip')).toBe('parley-all-2025-01-06.zip');
  });

  it('makes a valid empty zip when there is nothing to export', async () => {
    const doc = buildExportDocument([], EXPORTED_AT);
    expect(unzipSync(buildArchive(doc, exportFormat('json'), EN))).toEqual({});
  });
});
