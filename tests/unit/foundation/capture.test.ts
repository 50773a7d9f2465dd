// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT, startCapture } from '../../../src/content/capture/capture';
import { contentToBackground } from '../../../src/shared/protocol';
import { keyMessages } from '../../../src/content/capture/keys';
import type { Batch } from '../../../src/content/capture/queue';
import type { Binding } from '../../../src/content/detect/types';

function fakeBinding(log: HTMLElement): Binding {
  return {
    widget: 'test',
    log,
    messages: () => Array.from(log.querySelectorAll('li')),
    read: (node) => {
      const el = node as HTMLElement;
      return {
      author: el.classList.contains('me') ? 'customer' : 'agent',
      text: el.textContent ?? '',
      ...(el.dataset.status ? { status: el.dataset.status as 'sending' | 'sent' } : {}),
      };
    },
    composer: () => null,
    sendButton: () => null,
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('capture keys', () => {
  it('keeps repeated identical messages apart and prefers the widget id', () => {
    const keys = keyMessages([
      { author: 'customer', text: 'ok' },
      { author: 'customer', text: 'ok' },
      { author: 'agent', text: 'ok' },
      { author: 'agent', text: 'x', id: '42' },
    ]);
    expect(new Set(keys).size).toBe(4);
    expect(keys[3]).toBe('id:42');
  });
});

describe('capture', () => {
  it('sends a snapshot, then only new messages and status changes', async () => {
    document.body.innerHTML = '<ul id="log"><li>Hello</li></ul>';
    const log = document.getElementById('log')!;
    const batches: Batch[] = [];
    const controller = new AbortController();
    startCapture(fakeBinding(log), { signal: controller.signal, now: () => 1, send: async (b) => void batches.push(b), onDetached: () => {} });
    const li = document.createElement('li');
    li.className = 'me';
    li.dataset.status = 'sending';
    li.textContent = 'My parcel is late';
    log.append(li);
    await wait(120);
    li.dataset.status = 'sent';
    await wait(120);
    controller.abort();
    expect(batches.map((b) => [b.snapshot, b.messages.map((m) => `${m.author}:${m.text}:${m.status ?? ''}`)])).toEqual([
      [true, ['agent:Hello:']],
      [false, ['customer:My parcel is late:sending']],
      [false, ['customer:My parcel is late:sent']],
    ]);
  });

  it('retries a batch the background did not acknowledge, and loses nothing', async () => {
    document.body.innerHTML = '<ul id="log"><li>Hello</li></ul>';
    let attempts = 0;
    const delivered: Batch[] = [];
    const send = vi.fn(async (b: Batch) => {
      if (++attempts < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(b);
    });
    vi.useFakeTimers();
    const controller = new AbortController();
    startCapture(fakeBinding(document.getElementById('log')!), { signal: controller.signal, now: () => 1, send, onDetached: () => {} });
    await vi.advanceTimersByTimeAsync(5_000);
    vi.useRealTimers();
    controller.abort();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.messages[0]!.text).toBe('Hello');
  });

  it('reports when the log leaves the page', async () => {
    document.body.innerHTML = '<div><ul id="log"><li>Hello</li></ul></div>';
    const log = document.getElementById('log')!;
    const onDetached = vi.fn();
    const controller = new AbortController();
    startCapture(fakeBinding(log), { signal: controller.signal, now: () => 1, send: async () => {}, onDetached });
    log.append(document.createElement('li'));
    log.remove();
    await wait(120);
    controller.abort();
    expect(onDetached).toHaveBeenCalledOnce();
  });

  it('sends a long log and an oversized message in batches the background accepts, in order, nothing dropped', async () => {
    const huge = 'x'.repeat(MAX_TEXT + 500) + '😀';
    document.body.innerHTML = '<ul id="log"></ul>';
    const log = document.getElementById('log')!;
    for (let i = 0; i < 1_203; i++) {
      const li = document.createElement('li');
      li.textContent = i === 600 ? huge : `Message ${i}`;
      log.append(li);
    }
    const batches: Batch[] = [];
    const controller = new AbortController();
    startCapture(fakeBinding(log), { signal: controller.signal, now: () => 1, send: async (b) => void batches.push(b), onDetached: () => {} });
    await wait(20);
    controller.abort();
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.map((b) => b.snapshot)).toEqual([true, ...batches.slice(1).map(() => false)]);
    const all = batches.flatMap((b) => b.messages);
    expect(all).toHaveLength(1_203);
    // Each message names the one before it, across batch boundaries.
    all.forEach((m, i) => expect(m.after).toBe(i === 0 ? '' : all[i - 1]!.key));
    const clipped = all[600]!.text;
    expect(clipped.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(clipped.endsWith(' […]')).toBe(true);
    expect(clipped.startsWith('xxxx')).toBe(true);
    for (const b of batches) {
      expect(() => contentToBackground['transcript/append']({ widget: 'test', frameUrl: 'https://shop.example/', title: 'Shop', ...b }, 'payload')).not.toThrow();
    }
  });
});
