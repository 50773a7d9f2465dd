/**
 * What the extension's pages download (src/ui/export/run-export.ts, used by the popup, the
 * sidebar and the options page): one naming rule, and the words of the interface language.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCaptured } from '../../../src/background/save-captured';
import { deleteConversations } from '../../../src/platform/transcript-db';
import { useCatalog } from '../../../src/platform/i18n';
import { exportArchive, exportFile } from '../../../src/ui/export/run-export';
import { catalog } from './labels';

const START_A = Date.UTC(2025, 0, 5, 12, 0);
const START_B = Date.UTC(2025, 1, 20, 12, 0);
const NOW = Date.UTC(2025, 2, 10, 12, 0);

async function chat(host: string, at: number): Promise<string> {
  const messages = [{ key: `${host}-1`, author: 'customer' as const, text: 'Where is my parcel?', seenAt: at }];
  return (await saveCaptured({ widget: 'w', topUrl: `https://${host}/help`, title: 'Help', snapshot: true, messages }, at)).conversationId;
}

afterEach(() => useCatalog('', null));

describe('export file names', () => {
  it('names one conversation after its site and the day it started, not the day of the export', async () => {
    const a = await chat('shop.example', START_A);
    for (const format of ['json', 'markdown', 'html', 'text', 'csv'] as const) {
      const ext = { json: 'json', markdown: 'md', html: 'html', text: 'txt', csv: 'csv' }[format];
      expect((await exportFile(format, a, NOW)).name).toBe(`parley-shop-example-2025-01-05.${ext}`);
    }
  });

  it('names several conversations parley-all-<export date>, the zip too, and its files per conversation', async () => {
    await chat('shop.example', START_A);
    await chat('other.example', START_B);
    expect((await exportFile('json', null, NOW)).name).toBe('parley-all-2025-03-10.json');
    const zip = await exportArchive('json', NOW);
    expect(zip.name).toBe('parley-all-2025-03-10.zip');
    expect(Object.keys(unzipSync(zip.data as Uint8Array)).sort()).toEqual(['parley-other-example-2025-02-20.json', 'parley-shop-example-2025-01-05.json']);
  });

  it('refuses a conversation deleted meanwhile instead of downloading an empty file', async () => {
    const a = await chat('shop.example', START_A);
    await deleteConversations([a]);
    await expect(exportFile('json', a, NOW)).rejects.toThrow('This conversation is no longer saved.');
  });
});

describe('export language', () => {
  it('words the readable formats in the interface language the user picked', async () => {
    const a = await chat('shop.example', START_A);
    useCatalog('de', catalog('de'));
    const html = String((await exportFile('html', a, NOW)).data);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<dt>Website</dt>');
    expect(String((await exportFile('text', a, NOW)).data)).toContain('] Kunde: Where is my parcel?');
    const zip = unzipSync((await exportArchive('markdown', NOW)).data as Uint8Array);
    expect(strFromU8(Object.values(zip)[0]!)).toContain('**Kunde**');
  });
});
