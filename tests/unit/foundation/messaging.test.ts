import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { listenInBackground } from '../../../src/platform/messaging';

type TestBrowser = typeof browser & {
  runtime: { onMessage: { listeners: Set<unknown> } };
  __test: { deliver(m: unknown, s: Record<string, unknown>): Promise<unknown>; EXTENSION_ORIGIN: string };
};
const api = browser as TestBrowser;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  api.runtime.onMessage.listeners.clear();
  listenInBackground(
    {
      'widget/found': ({ widget }, sender) => {
        calls.push(`found ${widget} tab ${sender.tabId} frame ${sender.frameId}`);
        return { mounted: true, allowed: true };
      },
      'widget/lost': () => ({ ok: true }),
      'transcript/append': () => ({ conversationId: 'c', stored: 0, messageCount: 0 }),
      'draft/tone': () => ({ ok: true }),
      'i18n/catalog': () => ({ messages: {} }),
      'picker/done': () => ({ ok: true }),
      'picker/site': () => ({ topOrigin: null }),
      'frame/awake': () => ({ ok: true }),
    },
    {
      'sidebar/context': () => ({ tabId: null, widget: null, conversation: null, draftTone: null }),
      'conversations/delete': ({ ids }) => ({ deleted: ids.length }),
      'picker/start-active': () => ({ started: true }),
      'picker/forget': () => ({ forgotten: false }),
      'composer/insert': () => ({ inserted: false }),
      'transcripts/apply-retention': () => ({ deleted: 0 }),
      'site/current': () => ({ host: null }),
    },
  );
});

const content = { id: 'parleytestid', url: 'https://shop.example/help', tab: { id: 7, url: 'https://shop.example/help' }, frameId: 3 };
const envelope = (name: string, payload: unknown) => ({ parley: 1, name, payload });

describe('the background router', () => {
  it('dispatches a valid content message with the sender tab and frame', async () => {
    const reply = await api.__test.deliver(envelope('widget/found', { widget: 'intercom' }), content);
    expect(reply).toEqual({ ok: true, value: { mounted: true, allowed: true } });
    expect(calls).toEqual(['found intercom tab 7 frame 3']);
  });

  it('rejects unknown message names', async () => {
    const reply = await api.__test.deliver(envelope('transcript/wipe', {}), content);
    expect(reply).toEqual({ ok: false, error: 'Unknown message transcript/wipe' });
  });

  it('rejects payloads that do not validate, before any handler runs', async () => {
    const reply = (await api.__test.deliver(envelope('widget/found', { widget: 42 }), content)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain('widget');
    expect(calls).toEqual([]);
  });

  it('rejects messages from other extensions and from content scripts without a tab', async () => {
    expect(await api.__test.deliver(envelope('widget/found', { widget: 'x' }), { ...content, id: 'someoneelse' })).toEqual({ ok: false, error: 'Sender not allowed' });
    expect(await api.__test.deliver(envelope('widget/found', { widget: 'x' }), { id: 'parleytestid', url: 'https://x.example/' })).toEqual({ ok: false, error: 'Sender not allowed' });
  });

  it('does not let a content script call page-only messages', async () => {
    const reply = await api.__test.deliver(envelope('conversations/delete', { ids: ['a'] }), content);
    expect(reply).toEqual({ ok: false, error: 'Unknown message conversations/delete' });
  });

  it('ignores messages that are not Parley envelopes', async () => {
    expect(await api.__test.deliver({ type: 'hello' }, content)).toBeUndefined();
  });

  it('drops unknown payload keys instead of passing them on', async () => {
    let seen: unknown;
    api.runtime.onMessage.listeners.clear();
    listenInBackground(
      {
        'widget/found': (payload) => {
          seen = payload;
          return { mounted: true, allowed: true };
        },
        'widget/lost': () => ({ ok: true }),
        'transcript/append': () => ({ conversationId: 'c', stored: 0, messageCount: 0 }),
        'draft/tone': () => ({ ok: true }),
        'i18n/catalog': () => ({ messages: {} }),
        'picker/done': () => ({ ok: true }),
        'picker/site': () => ({ topOrigin: null }),
        'frame/awake': () => ({ ok: true }),
      },
      {
        'sidebar/context': () => ({ tabId: null, widget: null, conversation: null, draftTone: null }),
        'conversations/delete': () => ({ deleted: 0 }),
        'picker/start-active': () => ({ started: false }),
        'picker/forget': () => ({ forgotten: false }),
        'composer/insert': () => ({ inserted: false }),
        'transcripts/apply-retention': () => ({ deleted: 0 }),
        'site/current': () => ({ host: null }),
      },
    );
    await api.__test.deliver(envelope('widget/found', { widget: 'w', __proto__: { polluted: true }, extra: 1 }), content);
    expect(seen).toEqual({ widget: 'w' });
  });
});
