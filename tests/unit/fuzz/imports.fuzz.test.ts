/**
 * Fuzzing every import path (issue 9): a real backup (JSON and zip) and a templates file are
 * mangled at random — cut short, bytes flipped, hostile snippets spliced in, values swapped for
 * hostile ones (`__proto__` keys, huge and negative numbers, deep nesting, huge strings) — and
 * fed to the popup's import and the templates import. Nothing may throw; a refused file changes
 * nothing stored; whatever is stored afterwards still verifies; no prototype is polluted.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { saveCaptured } from '../../../src/background/save-captured';
import { buildExportDocument } from '../../../src/core/export/build-document';
import { json } from '../../../src/core/export/formats/json';
import { importTemplatesFile, serializeTemplatesFile } from '../../../src/core/templates/templates-file';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import { listConversations } from '../../../src/platform/transcript-db';
import { loadStoredConversations } from '../../../src/platform/transcript-import';
import { importFile } from '../../../src/popup/components/import-control';
import { pick, rng } from './random';


const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const SNIPPETS = ['{"__proto__":{"polluted":1}}', '"__proto__"', '"constructor"', '\u0000', '\ud800', '1e400', '-1', '9007199254740993', deep(20_000), '"' + 'x'.repeat(100_000) + '"', '{', ']', ',', 'null', 'NaN', '<script>alert(1)</script>'];
const VALUES: unknown[] = [null, true, 0, -1, 1e308, -1e308, '', ' ', 'x'.repeat(50_000), [], {}, [[[[]]]], { __proto__: { polluted: 1 } }, JSON.parse('{"__proto__":{"polluted":1}}'), '2024-02-30T25:61:00Z', 'NaN', '<img src=x onerror=alert(1)>'];

/** Replaces, deletes or duplicates something at a random place in a parsed document. */
function mutateValue(doc: unknown, r: () => number): unknown {
  const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      paths.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      walk((node as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(doc, 0);
  if (paths.length === 0) return pick(r, VALUES);
  const { parent, key } = pick(r, paths);
  const choice = Math.floor(r() * 4);
  if (choice === 0 && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (choice === 0) delete (parent as Record<string, unknown>)[key as string];
  else if (choice === 1 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else (parent as Record<string, unknown>)[key as string] = structuredClone(pick(r, VALUES));
  return doc;
}

function mutateText(text: string, r: () => number): string {
  switch (Math.floor(r() * 4)) {
    case 0:
      return text.slice(0, Math.floor(r() * text.length));
    case 1: {
      const at = Math.floor(r() * text.length);
      return text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at);
    }
    case 2: {
      const at = Math.floor(r() * text.length);
      return text.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + text.slice(at + 1);
    }
    default:
      return JSON.stringify(mutateValue(JSON.parse(text), r));
  }
}

async function stored() {
  const ids = (await listConversations()).conversations.map((c) => c.id).sort();
  return loadStoredConversations(ids);
}

async function seed(): Promise<string> {
  for (const [widget, texts] of [['w1', ['Hello', 'Hi, how can I help?', 'My parcel NW-4411 is late']], ['w2', ['Second chat', 'Sure, one moment']]] as const) {
    await saveCaptured(
      { widget, topUrl: `https://${widget}.shop.example/help`, title: 'Help', snapshot: true, messages: texts.map((text, i) => ({ key: `${widget}${i}`, author: i % 2 ? 'agent' : 'customer', text, seenAt: 1_000 + i * 1_000 })) },
      1_000,
    );
  }
  return json.serialize(buildExportDocument(await stored(), 9_000));
}

async function expectConsistent() {
  for (const c of await stored()) {
    expect(await verifyChain(c.messages, { head: c.conversation.headHash })).toEqual({ ok: true });
    expect(c.conversation.messageCount).toBe(c.messages.length);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('fuzzing the backup import', () => {
  it('a mangled JSON or zip backup is refused or merged; a refusal changes nothing; storage stays consistent', { timeout: 120_000 }, async () => {
    const text = await seed();
    const r = rng(0x5eed);
    for (let round = 0; round < 150; round++) {
      const mangled = mutateText(text, r);
      const asZip = r() < 0.3;
      let bytes: Uint8Array = asZip ? zipSync({ 'parley-a.json': strToU8(mangled), 'parley-b.json': strToU8(text) }) : strToU8(mangled);
      if (asZip && r() < 0.5) {
        bytes = bytes.slice();
        for (let i = 0; i < 3; i++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
      }
      const before = await stored();
      const outcome = await importFile(new Blob([new Uint8Array(bytes)]), 'en').catch((error: unknown) => ({ threw: String(error) }));
      expect(outcome, `round ${round}`).not.toHaveProperty('threw');
      const result = outcome as { ok: boolean; text: string };
      expect(typeof result.text).toBe('string');
      expect(result.text.length).toBeGreaterThan(0);
      if (!result.ok) expect(await stored(), `round ${round}: a refused file changed what is stored`).toEqual(before);
      await expectConsistent();
    }
  });
});

describe('fuzzing the templates import', () => {
  it('a mangled templates file is refused with a message or read into valid templates, never throws', () => {
    const text = serializeTemplatesFile([
      { id: 'user-a', lang: 'en', title: 'Order status', body: 'Could you tell me where order {orderNumber} is?' },
      { id: 'user-b', lang: 'de', title: 'Rückruf', body: 'Wann darf ich mit einem Rückruf rechnen?' },
    ]);
    const r = rng(0xbeef);
    let n = 0;
    for (let round = 0; round < 300; round++) {
      const mangled = mutateText(text, r);
      const result = importTemplatesFile(mangled, [], () => `id${n++}`);
      if ('templates' in result) {
        for (const t of result.templates) {
          expect(typeof t.id).toBe('string');
          expect(typeof t.title).toBe('string');
          expect(typeof t.body).toBe('string');
          expect(t.title.trim()).not.toBe('');
        }
      } else {
        expect(result).toHaveProperty('error');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
