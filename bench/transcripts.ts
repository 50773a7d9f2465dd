// Transcript benchmarks (issue 6): exporting a 10,000-message conversation to each format,
// export-all of 200 conversations as one zip, and listing and searching 1,000 stored
// conversations. IndexedDB here is fake-indexeddb (pure JS, in memory), which is slower than
// Chromium's, so the listing figure is an upper bound. Run: `npx tsx bench/transcripts.ts`.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { buildArchive } from '../src/core/export/archive';
import { buildExportDocument } from '../src/core/export/build-document';
import { EXPORT_FORMATS, exportFormat } from '../src/core/export/formats';
import { catalogLookup, formatMessage, type MessageCatalog } from '../src/core/i18n/format';
import type { StoredConversation } from '../src/core/transcript/stored-conversation';
import { listConversations, openTranscriptDb } from '../src/platform/transcript-db';
import { searchTranscripts } from '../src/platform/transcript-search';
import type { MessageRecord } from '../src/shared/transcript-types';
import { exportLabels } from '../src/ui/export/export-labels';

/** The JSON-line format of bench/lib.mjs's `report` (a local copy: this file runs under tsx). */
interface Row {
  bench: 'transcripts';
  name: string;
  unit: 'ms';
  value?: number;
  p50?: number;
  p95?: number;
  target?: string;
  ok?: boolean;
  note?: string;
}
const report = (row: Omit<Row, 'bench' | 'unit'>) => process.stdout.write(`${JSON.stringify({ bench: 'transcripts', ...row, unit: 'ms' })}\n`);
const round = (x: number) => Number(x.toFixed(3));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function timeRuns(runs: number, fn: () => unknown): { p50: number; p95: number } {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

const T0 = Date.UTC(2025, 0, 5, 10, 30);
const TEXTS = [
  'Hello, my order NW-48213 has not arrived yet.',
  "Thanks, I've found order NW-48213: the Trailhead 45 L backpack. What happened?",
  'The strap came loose after two days; here is a photo. <b>Not</b> "great" & not cheap, either.',
  'Refunds usually take 5 to 7 business days after we receive the item.',
];

function conversation(id: string, count: number, start = T0): StoredConversation {
  const messages: MessageRecord[] = Array.from({ length: count }, (_, seq) => ({
    conversationId: id,
    seq,
    key: `k${seq}`,
    author: seq % 2 === 0 ? 'customer' : 'agent',
    ...(seq % 2 === 1 ? { name: 'Mia' } : {}),
    text: `${TEXTS[seq % TEXTS.length]} (${seq})`,
    at: start + seq * 15_000,
    hash: (seq.toString(16) + 'a'.repeat(64)).slice(0, 64),
  }));
  return {
    conversation: { id, site: `https://shop${id.length % 7}.example`, url: 'https://shop.example/help', title: 'Help', widget: 'generic', startedAt: start, lastActivityAt: start + count * 15_000, messageCount: count, caseId: id, headHash: messages.at(-1)?.hash ?? '' },
    messages,
  };
}

/** The English labels, as the extension builds them from its catalog. */
function englishLabels() {
  const lookup = catalogLookup(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as MessageCatalog);
  return exportLabels((key, substitutions = []) => {
    const entry = lookup(key);
    return entry ? formatMessage(entry, substitutions) : key;
  });
}

function benchExports(): void {
  const labels = englishLabels();
  const doc = buildExportDocument([conversation('big', 10_000)], T0);
  for (const format of EXPORT_FORMATS) {
    const t = timeRuns(7, () => format.serialize(doc, labels));
    report({ name: `export 10,000 messages as ${format.id}`, ...t, target: '≤ 200 ms', ok: t.p95 <= 200 });
  }
  const many = buildExportDocument(Array.from({ length: 200 }, (_, i) => conversation(`c${i}`, 50, T0 + i * 3_600_000)), T0);
  for (const id of ['json', 'html'] as const) {
    const t = timeRuns(3, () => buildArchive(many, exportFormat(id), labels));
    report({ name: `export all: 200 conversations × 50 messages, zip of ${id}`, ...t, note: 'no target in the issue' });
  }
}

async function fillDatabase(conversations: number, perConversation: number): Promise<void> {
  const db = await openTranscriptDb();
  for (let i = 0; i < conversations; i++) {
    const c = conversation(`c${String(i).padStart(4, '0')}`, perConversation, T0 + i * 60_000);
    const tx = db.transaction(['conversations', 'messages'], 'readwrite');
    void tx.objectStore('conversations').put(c.conversation);
    for (const m of c.messages) void tx.objectStore('messages').put(m);
    await tx.done;
  }
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

async function benchDatabase(): Promise<void> {
  await fillDatabase(1_000, 20);
  const list = await timeAsync(9, async () => {
    const { conversations } = await listConversations();
    if (conversations.length !== 1_000) throw new Error(`listed ${conversations.length}`);
  });
  report({ name: 'list 1,000 conversations (fake-indexeddb)', ...list, target: '≤ 100 ms', ok: list.p95 <= 100 });
  const page = await timeAsync(9, () => listConversations(50));
  report({ name: 'first page of 50 of 1,000 conversations (fake-indexeddb)', ...page });
  const search = await timeAsync(5, () => searchTranscripts('message 999 nowhere'));
  report({ name: 'search 1,000 conversations × 20 messages (fake-indexeddb)', ...search, note: 'debounced in the popup; a newer query stops an older one between chunks' });
}

benchExports();
await benchDatabase();
