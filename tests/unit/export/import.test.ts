import { describe, expect, it } from 'vitest';
import { buildExportDocument } from '../../../src/core/export/build-document';
import { json } from '../../../src/core/export/formats/json';
import { readImport, type ImportProblem } from '../../../src/core/export/import';
import type { ExportDocument } from '../../../src/core/export/model';
import { mergeImported } from '../../../src/core/transcript/merge';
import { sampleConversation } from '../../fixtures/transcripts/sample';
import { EXPORTED_AT, fixtureDocument } from './fixture-document';

const serialize = (doc: unknown): string => JSON.stringify(doc);

async function twoConversations(): Promise<ExportDocument> {
  return buildExportDocument([await sampleConversation('c1'), await sampleConversation('c2', 'https://b.example')], EXPORTED_AT);
}

async function problemOf(text: string, maxChars?: number): Promise<ImportProblem> {
  const result = await readImport(text, maxChars === undefined ? {} : { maxChars });
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problem;
}

type Loose = Record<string, unknown>;
type LooseDoc = Loose & { conversations?: Array<Loose & { messages: Array<Loose | null>; integrity: Loose }> };

/** A mutable copy of the fixture document as plain JSON data. */
async function plain(): Promise<LooseDoc> {
  return JSON.parse(serialize(await twoConversations())) as LooseDoc;
}

function item<T>(list: readonly T[] | undefined, i: number): NonNullable<T> {
  const value = list?.[i];
  if (value === undefined || value === null) throw new Error(`no item ${i}`);
  return value;
}
const conv = (d: LooseDoc, i: number) => item(d.conversations, i);
const message = (d: LooseDoc, c: number, m: number) => item(conv(d, c).messages, m);

describe('readImport: accepted files', () => {
  it('reads back an export into records ready to merge', async () => {
    const original = [await sampleConversation('c1'), await sampleConversation('c2', 'https://b.example')];
    const result = await readImport(json.serialize(await twoConversations()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.messageCount).toBe(12);
    const [c1] = result.conversations;
    expect(c1?.conversation).toEqual({ ...original[0]?.conversation, caseId: undefined, messageCount: 6 } as never);
    expect(c1?.messages.map(({ key: _k, ...m }) => m)).toEqual(original[0]?.messages.map(({ key: _k, ...m }) => m));
    expect(c1?.messages[0]?.key).toBe(`imported:${original[0]?.messages[0]?.hash}`);
  });

  it('keeps the case file for the caller', async () => {
    const result = await readImport(json.serialize(await fixtureDocument()));
    expect(result.ok && result.conversations[0]?.caseFile).toEqual({ orderNumber: '4711', whatHappened: 'Parcel <lost>' });
  });

  it('accepts an empty export and an empty conversation', async () => {
    const empty = buildExportDocument([], EXPORTED_AT);
    expect(await readImport(serialize(empty))).toEqual({ ok: true, conversations: [], messageCount: 0 });
    const doc = await plain();
    Object.assign(conv(doc, 0), { messages: [], integrity: { algorithm: 'SHA-256', hashes: [], head: '' } });
    expect((await readImport(serialize(doc))).ok).toBe(true);
  });

  it('merges idempotently: importing the same file twice adds nothing the second time', async () => {
    const text = json.serialize(await twoConversations());
    const first = await readImport(text);
    if (!first.ok) throw new Error(first.problem.message);
    const stored = (await mergeImported([], first.conversations)).changed;
    expect(stored).toHaveLength(2);
    const second = await readImport(text);
    if (!second.ok) throw new Error(second.problem.message);
    expect(await mergeImported(stored, second.conversations)).toEqual({ changed: [], addedConversations: 0, addedMessages: 0 });
  });
});

describe('readImport: refused files', () => {
  it('refuses a truncated file as not JSON', async () => {
    const text = json.serialize(await twoConversations());
    const p = await problemOf(text.slice(0, text.length / 2));
    expect(p.code).toBe('not-json');
    expect(p.message).toMatch(/not valid JSON \(it may be truncated/);
  });

  it.each(['', 'garbage', '{"format": "parley-transcripts", "version": 1,'])('refuses malformed %j', async (text) => {
    expect((await problemOf(text)).code).toBe('not-json');
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"parley-transcripts"'],
    ['another app', '{"format":"other-app","version":1}'],
    ['no format', '{"version":1,"conversations":[]}'],
  ])('refuses %s as the wrong format', async (_what, text) => {
    const p = await problemOf(text);
    expect(p).toEqual({ code: 'wrong-format', message: 'This is not a Parley transcript export (expected "format": "parley-transcripts").' });
  });

  it('refuses versions it does not know, saying when Parley needs an update', async () => {
    const newer = await problemOf('{"format":"parley-transcripts","version":2,"conversations":[]}');
    expect(newer).toMatchObject({ code: 'unsupported-version', version: 2 });
    expect(newer.message).toMatch(/newer Parley/);
    expect((await problemOf('{"format":"parley-transcripts","version":"1"}')).code).toBe('unsupported-version');
    expect((await problemOf('{"format":"parley-transcripts"}')).message).toBe('Unknown format version: none.');
  });

  it('refuses a file over the size limit before parsing it', async () => {
    expect(await problemOf('x'.repeat(101), 100)).toMatchObject({ code: 'too-large', limit: 100 });
  });

  it.each([
    ['text is a number', (d: LooseDoc) => (message(d, 0, 0).text = 42), 'conversations[0].messages[0].text'],
    ['author unknown', (d: LooseDoc) => (message(d, 1, 2).author = 'admin'), 'conversations[1].messages[2].author'],
    ['status unknown', (d: LooseDoc) => (message(d, 0, 0).status = 'read'), 'conversations[0].messages[0].status'],
    ['time not ISO', (d: LooseDoc) => (message(d, 0, 1).at = 'yesterday'), 'conversations[0].messages[1].at'],
    ['time not canonical', (d: LooseDoc) => (conv(d, 0).startedAt = '2025-02-30T10:00:00.000Z'), 'conversations[0].startedAt'],
    ['messages not an array', (d: LooseDoc) => (conv(d, 0).messages = {} as never), 'conversations[0].messages'],
    ['conversations missing', (d: LooseDoc) => delete d.conversations, 'conversations'],
    ['message is null', (d: LooseDoc) => (conv(d, 0).messages[0] = null), 'conversations[0].messages[0]'],
    ['hash not hex', (d: LooseDoc) => (conv(d, 0).integrity.head = 'zz'), 'conversations[0].integrity.head'],
    ['other algorithm', (d: LooseDoc) => (conv(d, 0).integrity.algorithm = 'MD5'), 'conversations[0].integrity.algorithm'],
    ['duplicate id', (d: LooseDoc) => (conv(d, 1).id = 'c1'), 'conversations[1].id'],
    ['case file value nested', (d: LooseDoc) => (conv(d, 0).caseFile = { a: { b: 1 } }), 'conversations[0].caseFile.a'],
    ['huge string', (d: LooseDoc) => (conv(d, 0).title = 'x'.repeat(2001)), 'conversations[0].title'],
  ])('refuses wrong types (%s), naming where', async (_what, spoil, path) => {
    const doc = await plain();
    spoil(doc);
    const p = await problemOf(serialize(doc));
    expect(p).toMatchObject({ code: 'invalid', path });
    expect(p.message).toMatch(/^The file is damaged: .+: expected .+\.$/);
  });

  it.each([
    ['in a case file', '"caseFile":{"__proto__":{"polluted":"yes"}},'],
    ['in a conversation', '"__proto__":{"polluted":"yes"},'],
    ['as constructor', '"constructor":{"prototype":{"polluted":"yes"}},'],
  ])('refuses prototype-pollution keys %s', async (_where, inject) => {
    const text = serialize(await twoConversations()).replace('"id":"c1",', `"id":"c1",${inject}`);
    const p = await problemOf(text);
    expect(p.code).toBe('invalid');
    expect(p.message).toMatch(/not allowed in a Parley file/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives deep nesting in places it does not read', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = serialize(await twoConversations()).replace('"id":"c1",', `"id":"c1","extra":${deep},`);
    expect((await readImport(text)).ok).toBe(true);
    const p = await problemOf(serialize(await twoConversations()).replace('"version":1', `"version":${deep}`));
    expect(p).toMatchObject({ code: 'unsupported-version', message: 'Unknown format version: an array.' });
  });
});

describe('readImport: tampered files', () => {
  async function tampered(spoil: (d: ExportDocument) => void): Promise<ImportProblem> {
    const doc = await twoConversations();
    spoil(doc);
    return problemOf(json.serialize(doc));
  }

  it('names the conversation and the first altered message, by position and time', async () => {
    const p = await tampered((d) => {
      const m = d.conversations[1]?.messages[2];
      if (m) m.text = 'I never promised a refund.';
    });
    expect(p).toEqual({
      code: 'tampered',
      message:
        'Conversation c2 (https://b.example): message #3 (2025-01-05T10:32:00.000Z) was altered. The file has been changed since Parley exported it.',
      detail: 'message #3 (2025-01-05T10:32:00.000Z) was altered',
      conversationId: 'c2',
      site: 'https://b.example',
      position: 3,
      at: '2025-01-05T10:32:00.000Z',
    });
  });

  it.each([
    ['an author', (d: ExportDocument) => Object.assign(d.conversations[0]?.messages[4] ?? {}, { author: 'customer' }), 5],
    ['a time', (d: ExportDocument) => Object.assign(d.conversations[0]?.messages[1] ?? {}, { at: '2025-01-05T10:31:00.001Z' }), 2],
    ['a removed message', (d: ExportDocument) => d.conversations[0]?.messages.splice(3, 1), 4],
    ['a removed message and its hash', (d: ExportDocument) => [d.conversations[0]?.messages.splice(1, 1), d.conversations[0]?.integrity.hashes.splice(1, 1)], 2],
    ['swapped messages', (d: ExportDocument) => d.conversations[0]?.messages.reverse(), 1],
    ['an added message', (d: ExportDocument) => d.conversations[0]?.messages.push({ author: 'agent', text: 'x', at: '2025-01-05T11:00:00.000Z' }), 7],
    ['a cut-off end', (d: ExportDocument) => d.conversations[0]?.messages.pop(), 6],
    ['a changed head', (d: ExportDocument) => Object.assign(d.conversations[0]?.integrity ?? {}, { head: 'a'.repeat(64) }), 7],
  ])('catches %s', async (_what, spoil, position) => {
    const p = await tampered(spoil);
    expect(p).toMatchObject({ code: 'tampered', conversationId: 'c1', position });
  });

  it('does not care about a changed status (outside the chain)', async () => {
    const doc = await twoConversations();
    const m = doc.conversations[0]?.messages[0];
    if (m) m.status = 'failed';
    expect((await readImport(serialize(doc))).ok).toBe(true);
  });
});
