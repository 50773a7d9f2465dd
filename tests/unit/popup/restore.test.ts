/**
 * Restoring backups in the popup: a good JSON or zip merges without duplicates; a malformed,
 * truncated or tampered file is refused with a message naming the problem, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { saveCaptured } from '../../../src/background/save-captured';
import { buildExportDocument } from '../../../src/core/export/build-document';
import { json } from '../../../src/core/export/formats/json';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import { getCaseFile, saveCaseFile } from '../../../src/platform/case-store';
import { loadForExport } from '../../../src/ui/export/load-for-export';
import { deleteConversations, getMessages, listConversations } from '../../../src/platform/transcript-db';
import { loadStoredConversations, writeMergedConversations } from '../../../src/platform/transcript-import';
import { importFile } from '../../../src/popup/components/import-control';

const msg = (key: string, text: string, seenAt: number, author: 'agent' | 'customer' = 'customer') => ({ key, author, text, seenAt });

async function chat(widget: string, texts: string[], at = 1_000): Promise<string> {
  const r = await saveCaptured(
    { widget, topUrl: 'https://shop.example/help', title: 'Help', snapshot: true, messages: texts.map((t, i) => msg(`${widget}${i}`, t, at + i * 1_000, i % 2 ? 'agent' : 'customer')) },
    at,
  );
  return r.conversationId;
}

async function backup(): Promise<string> {
  const ids = (await listConversations()).conversations.map((c) => c.id);
  return json.serialize(buildExportDocument(await loadStoredConversations(ids), 9_000));
}

async function snapshot() {
  const ids = (await listConversations()).conversations.map((c) => c.id);
  return loadStoredConversations(ids);
}

const file = (data: string | Uint8Array) => new Blob([typeof data === 'string' ? data : new Uint8Array(data)]);

describe('restoring a backup', () => {
  it('restores deleted conversations, and the same file again adds nothing', async () => {
    const a = await chat('w1', ['Hello', 'Hi, how can I help?', 'My parcel is late']);
    await chat('w2', ['Second chat']);
    const text = await backup();
    await deleteConversations([a]);
    expect(await importFile(file(text), 'en')).toEqual({ ok: true, text: 'Restored: 3 new messages, 1 new conversations.' });
    const restored = await getMessages(a);
    expect(restored.map((m) => m.text)).toEqual(['Hello', 'Hi, how can I help?', 'My parcel is late']);
    expect(await verifyChain(restored)).toEqual({ ok: true });
    expect((await listConversations()).conversations.find((c) => c.id === a)?.caseId).toBe(a);
    expect(await importFile(file(text), 'en')).toEqual({ ok: true, text: 'Nothing new: every message in this file is already saved.' });
    expect((await listConversations()).conversations).toHaveLength(2);
  });

  it('restores a deleted conversation with its case file, and keeps a case file already there', async () => {
    const a = await chat('w1', ['My order never came', 'Let me check']);
    await saveCaseFile({ conversationId: a, fields: { orderNumber: 'A-4711', amount: '49.90', currency: 'EUR' }, references: ['CASE-1', 'CASE-2'], ladderDone: [], updatedAt: 5 });
    // The export as the popup builds it: conversations with their linked case files.
    const { conversations, caseFiles } = await loadForExport(null);
    const text = json.serialize(buildExportDocument(conversations, 9_000, { caseFileOf: (id) => caseFiles.get(id) }));
    expect(JSON.parse(text).conversations[0].caseFile).toEqual({ orderNumber: 'A-4711', amount: '49.90', currency: 'EUR', references: 'CASE-1, CASE-2' });
    await deleteConversations([a]);
    expect((await getCaseFile(a)).fields).toEqual({});

    expect(await importFile(file(text), 'en')).toEqual({ ok: true, text: 'Restored: 2 new messages, 1 new conversations. Case files restored: 1.' });
    const restored = await getCaseFile(a);
    expect(restored.fields).toEqual({ orderNumber: 'A-4711', amount: '49.90', currency: 'EUR' });
    expect(restored.references).toEqual(['CASE-1', 'CASE-2']);

    // The user edits the case file afterwards: importing the backup again leaves it alone.
    await saveCaseFile({ ...restored, fields: { orderNumber: 'B-1' } });
    expect(await importFile(file(text), 'en')).toEqual({ ok: true, text: 'Nothing new: every message in this file is already saved.' });
    expect((await getCaseFile(a)).fields).toEqual({ orderNumber: 'B-1' });
  });

  it('stores the case file of a conversation that is saved here without one', async () => {
    const a = await chat('w1', ['Hello']);
    const doc = JSON.parse(await backup());
    doc.conversations[0].caseFile = { item: 'Kettle', unknownField: 'dropped', references: 'R-9' };
    expect(await importFile(file(JSON.stringify(doc)), 'en')).toEqual({ ok: true, text: 'Nothing new: every message in this file is already saved. Case files restored: 1.' });
    const stored = await getCaseFile(a);
    expect(stored.fields).toEqual({ item: 'Kettle' });
    expect(stored.references).toEqual(['R-9']);
  });

  it('adds to a stored conversation only the messages it lacks, keeping one chain', async () => {
    const a = await chat('w1', ['One', 'Two', 'Three']);
    const text = await backup();
    const [full] = await loadStoredConversations([a]);
    // The same conversation as it was after its first message.
    const first = full!.messages.slice(0, 1);
    await deleteConversations([a]);
    await writeMergedConversations([{ conversation: { ...full!.conversation, messageCount: 1, headHash: first[0]!.hash }, messages: first }], new Map());
    expect(await importFile(file(text), 'en')).toEqual({ ok: true, text: 'Restored: 2 new messages, 0 new conversations.' });
    const merged = await getMessages(a);
    expect(merged.map((m) => m.text)).toEqual(['One', 'Two', 'Three']);
    expect(await verifyChain(merged)).toEqual({ ok: true });
  });

  it('reads an export-all zip of JSON files', async () => {
    const a = await chat('w1', ['Zip me']);
    const text = await backup();
    await deleteConversations([a]);
    const zip = zipSync({ 'parley-shop-example-2025-01-05.json': strToU8(text), 'notes.txt': strToU8('ignored') });
    expect(await importFile(file(zip), 'en')).toMatchObject({ ok: true });
    expect((await getMessages(a)).map((m) => m.text)).toEqual(['Zip me']);
  });

  it('refuses a tampered file naming the first altered message, and changes nothing', async () => {
    await chat('w1', ['Hello', 'We will replace it', 'Thanks']);
    const doc = JSON.parse(await backup());
    doc.conversations[0].messages[1].text = 'We will refund you twice';
    doc.conversations[0].id = 'someone-else';
    const before = await snapshot();
    const result = await importFile(file(JSON.stringify(doc)), 'en');
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/^Nothing was imported: the file was changed after Parley exported it\. Message 2 \(.+\) of the conversation on shop\.example was altered\.$/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a truncated file, another format, a newer version and a zip with a bad entry', async () => {
    await chat('w1', ['Hello']);
    const good = await backup();
    const before = await snapshot();
    expect((await importFile(file(good.slice(0, good.length / 2)), 'en')).text).toMatch(/damaged or cut off/);
    expect((await importFile(file('{"format":"other"}'), 'en')).text).toMatch(/not a Parley transcript export/);
    expect((await importFile(file(JSON.stringify({ ...JSON.parse(good), version: 7 })), 'en')).text).toMatch(/newer version of Parley/);
    const bad = JSON.parse(good);
    bad.conversations[0].messages[0].at = 'yesterday';
    expect((await importFile(file(JSON.stringify(bad)), 'en')).text).toMatch(/damaged at conversations\[0\]\.messages\[0\]\.at/);
    const zip = zipSync({ 'a.json': strToU8(good), 'b.json': strToU8(good.slice(0, 100)) });
    expect((await importFile(file(zip), 'en')).text).toMatch(/^b\.json: Nothing was imported: the file is damaged or cut off/);
    expect((await importFile(file(zipSync({ 'a.md': strToU8('# hi') })), 'en')).text).toMatch(/no JSON files/);
    expect((await importFile(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'en')).text).toMatch(/zip file cannot be read/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a backup whose templates file is bad, naming the file, and changes nothing', async () => {
    await chat('w1', ['Hello']);
    const good = await backup();
    const before = await snapshot();
    const templates = JSON.stringify({ format: 'parley-templates', version: 1, templates: [{ id: 'user:x', lang: 'xx', title: 'T', body: 'B' }] });
    const result = await importFile(file(zipSync({ 'parley-transcripts.json': strToU8(good), 'parley-templates.json': strToU8(templates) })), 'en');
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/^parley-templates\.json: /);
    expect(await snapshot()).toEqual(before);
  });
});
