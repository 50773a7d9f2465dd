/**
 * The quota path: when IndexedDB refuses a write with QuotaExceededError, what was stored stays
 * intact, the user is told (a stored flag and a broadcast), and the batch fails so the content
 * script's queue keeps it and retries.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenToBroadcasts } from '../../../src/platform/messaging';
import { saveCaptured } from '../../../src/background/save-captured';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import { getMessages, listConversations } from '../../../src/platform/transcript-db';
import { quotaReachedAt } from '../../../src/platform/transcript-notices';
import type { CapturedMessage } from '../../../src/shared/transcript-types';

const msg = (key: string, text: string, seenAt = 1_000): CapturedMessage => ({ key, author: 'customer', text, seenAt });
const batch = (messages: CapturedMessage[], snapshot = false) => ({ widget: 'generic', topUrl: 'https://shop.example/help', title: 'Help', snapshot, messages });

/** Makes every put into the messages store fail the way a full disk does. */
function fillTheDisk() {
  // fake-indexeddb/auto installs its classes as the globals; idb calls through to them.
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === 'messages') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('when the storage quota is reached', () => {
  it('keeps what was saved, tells the user, and fails the batch so it is retried', async () => {
    const first = await saveCaptured(batch([msg('a', 'Hello'), msg('b', 'Order 4711 is late')], true), 5_000);
    const before = await getMessages(first.conversationId);
    const heard: unknown[] = [];
    const stopListening = listenToBroadcasts({ 'transcripts/quota-reached': (payload) => void heard.push(payload) });

    const full = fillTheDisk();
    await expect(saveCaptured(batch([msg('c', 'Still there?', 6_000)]), 6_000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    full.mockRestore();

    expect(await getMessages(first.conversationId)).toEqual(before);
    const { conversations } = await listConversations();
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ messageCount: 2, headHash: before[1]!.hash });
    expect(await quotaReachedAt()).toBe(6_000);
    await vi.waitFor(() => expect(heard).toEqual([{ at: 6_000 }]));
    stopListening();

    // The content script retries the same batch once there is room: stored once, chain intact, notice gone.
    const retried = await saveCaptured(batch([msg('c', 'Still there?', 6_000)]), 7_000);
    expect(retried).toMatchObject({ conversationId: first.conversationId, stored: 1, messageCount: 3 });
    const after = await getMessages(first.conversationId);
    expect(await verifyChain(after)).toEqual({ ok: true });
    expect(await quotaReachedAt()).toBeNull();
  });

  it('leaves no half-created conversation when the very first write fails', async () => {
    fillTheDisk();
    await expect(saveCaptured(batch([msg('a', 'Hello')], true), 5_000)).rejects.toThrow();
    vi.restoreAllMocks();
    expect((await listConversations()).conversations).toEqual([]);
  });
});
