import { describe, expect, it } from 'vitest';
import { applyRetention, RETENTION_EVERY_MS, retentionCutoff } from '../../../src/background/retention';
import { commitMessages, getMessages, listConversations, openTranscriptDb } from '../../../src/platform/transcript-db';
import { deleteInactiveSince } from '../../../src/platform/transcript-retention';
import type { ConversationRecord } from '../../../src/shared/transcript-types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_000 * DAY;

async function store(id: string, lastActivityAt: number) {
  const conversation: ConversationRecord = { id, site: 'https://shop.example', url: 'https://shop.example', title: '', widget: 'generic', startedAt: lastActivityAt, lastActivityAt, messageCount: 1, caseId: id, headHash: 'h' };
  await commitMessages(conversation, null, [{ conversationId: id, seq: 0, key: 'k', author: 'customer', text: 'hi', at: lastActivityAt, hash: 'h' }], []);
  await (await openTranscriptDb()).put('cases', { conversationId: id, fields: { order: '1' } });
}

describe('retention', () => {
  it('turns a period into a cutoff', () => {
    expect(retentionCutoff('forever', NOW)).toBeNull();
    expect(retentionCutoff('30d', NOW)).toBe(NOW - 30 * DAY);
    expect(retentionCutoff('365d', NOW)).toBe(NOW - 365 * DAY);
  });

  it('deletes conversations last active before the cutoff, with their messages and case files', async () => {
    await store('old', NOW - 40 * DAY);
    await store('recent', NOW - 10 * DAY);
    expect(await deleteInactiveSince(NOW - 30 * DAY)).toBe(1);
    expect((await listConversations()).conversations.map((c) => c.id)).toEqual(['recent']);
    expect(await getMessages('old')).toEqual([]);
    expect(await (await openTranscriptDb()).get('cases', 'old')).toBeUndefined();
    expect(await (await openTranscriptDb()).get('cases', 'recent')).toBeDefined();
  });

  it('keeps everything when the period is forever, and runs at most every few hours otherwise', async () => {
    await store('ancient', 1);
    expect(await applyRetention('forever', NOW)).toBe(0);
    expect(await applyRetention('90d', NOW, true)).toBe(1);
    await store('ancient-2', 1);
    expect(await applyRetention('90d', NOW + 1_000)).toBe(0);
    expect(await applyRetention('90d', NOW + RETENTION_EVERY_MS)).toBe(1);
  });
});
