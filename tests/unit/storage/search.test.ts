import { describe, expect, it } from 'vitest';
import { commitMessages } from '../../../src/platform/transcript-db';
import { foldText, searchTranscripts } from '../../../src/platform/transcript-search';
import type { ConversationRecord, MessageRecord } from '../../../src/shared/transcript-types';

async function store(id: string, texts: string[], title = '') {
  const conversation: ConversationRecord = { id, site: `https://${id}.example`, url: '', title, widget: 'generic', startedAt: 1, lastActivityAt: 1, messageCount: texts.length, headHash: '' };
  const messages: MessageRecord[] = texts.map((text, seq) => ({ conversationId: id, seq, key: `k${seq}`, author: 'agent', text, at: seq, hash: `h${seq}` }));
  await commitMessages(conversation, null, messages, []);
}

describe('searching transcripts', () => {
  it('finds messages case- and accent-insensitively, one hit per conversation with a snippet', async () => {
    await store('a', ['Hello', 'Your REFUND is on its way', 'refund again']);
    await store('b', ['Nothing here']);
    await store('c', ['Le remboursement est validé']);
    const hits = await searchTranscripts('refund');
    expect(hits).toEqual([{ conversationId: 'a', seq: 1, snippet: 'Your REFUND is on its way' }]);
    expect((await searchTranscripts('VALIDE'))?.map((h) => h.conversationId)).toEqual(['c']);
    expect(foldText('Résumé')).toBe('resume');
  });

  it('matches the site and title too, and an empty query finds nothing', async () => {
    await store('shop', ['hi'], 'Order help');
    expect((await searchTranscripts('order help'))?.map((h) => h.conversationId)).toEqual(['shop']);
    expect(await searchTranscripts('   ')).toEqual([]);
  });

  it('reads past one chunk and gives up when a newer search replaced it', async () => {
    await store('big', Array.from({ length: 4_500 }, (_, i) => (i === 4_400 ? 'the needle' : `message ${i}`)));
    expect(await searchTranscripts('needle')).toEqual([{ conversationId: 'big', seq: 4_400, snippet: 'the needle' }]);
    expect(await searchTranscripts('needle', () => true)).toBeNull();
  });

  it('searches 1,000 conversations of 20 messages quickly', async () => {
    for (let c = 0; c < 1_000; c++) await store(`c${c}`, Array.from({ length: 20 }, (_, i) => `conversation ${c} message ${i} about a parcel`));
    const started = performance.now();
    const hits = await searchTranscripts('conversation 777 message 5');
    const took = performance.now() - started;
    expect(hits?.map((h) => h.conversationId)).toEqual(['c777']);
    // fake-indexeddb is far slower than Chromium's IndexedDB; this only guards against a regression to per-record work.
    expect(took).toBeLessThan(3_000);
  });
});
