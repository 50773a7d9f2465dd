// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT, startCapture } from '../../../src/content/capture/capture';
import { contentToBackground } from '../../../src/shared/protocol';
import { LogMemory, type Change } from '../../../src/content/capture/keys';
import { clockOf } from '../../../src/core/transcript/align-log';
import type { Batch } from '../../../src/content/capture/queue';
import type { Binding, ReadMessage } from '../../../src/content/detect/types';

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

const agent = (text: string, extra: Partial<ReadMessage> = {}): ReadMessage => ({ author: 'agent', text, ...extra });
const customer = (text: string, extra: Partial<ReadMessage> = {}): ReadMessage => ({ author: 'customer', text, ...extra });

/** Reads the log as capture does and keeps what it would send, like the background keeps it. */
class Conversation {
  readonly memory = new LogMemory();
  readonly stored: Change[] = [];

  read(log: ReadMessage[], at = 1): Change[] {
    const changes = this.memory.update(log, at);
    for (const c of changes) {
      const was = this.stored.findIndex((s) => s.key === c.key);
      if (was >= 0) {
        this.stored[was] = c;
        continue;
      }
      // Where the background puts a new message: after the one it names, or first.
      const at0 = c.after === '' ? 0 : this.stored.findIndex((s) => s.key === c.after) + 1;
      this.stored.splice(at0, 0, c);
    }
    return changes;
  }

  get transcript(): string[] {
    return this.stored.map((c) => `${c.author}: ${c.message.text}`);
  }
}

describe('capture keys', () => {
  it('prefers the widget id and keeps two identical "ok" replies apart', () => {
    const chat = new Conversation();
    const sent = chat.read([agent('Anything else?'), customer('ok'), customer('ok'), agent('x', { id: '42' })]);
    expect(new Set(sent.map((c) => c.key)).size).toBe(4);
    expect(sent[3]!.key).toBe('id:42');
    expect(chat.read([agent('Anything else?'), customer('ok'), customer('ok'), agent('x', { id: '42' })])).toEqual([]);
    expect(chat.read([agent('Anything else?'), customer('ok'), customer('ok'), agent('x', { id: '42' }), customer('ok')]).map((c) => c.message.text)).toEqual(['ok']);
    expect(chat.transcript).toEqual(['agent: Anything else?', 'customer: ok', 'customer: ok', 'agent: x', 'customer: ok']);
  });

  it('stores a third "ok" that arrives after the first one left a virtualised window', () => {
    const conversation = [
      agent('Hello, how can I help?'),
      customer('ok'),
      agent('Your order has shipped.'),
      customer('ok'),
      agent('Anything else?'),
      customer('ok'),
    ];
    const chat = new Conversation();
    // The widget keeps three messages in the DOM; each new one pushes the oldest out.
    for (let end = 3; end <= conversation.length; end++) chat.read(conversation.slice(end - 3, end));
    expect(chat.transcript).toEqual(conversation.map((m) => `${m.author}: ${m.text}`));
    // Scrolling back up and down again adds nothing.
    chat.read(conversation.slice(0, 3));
    chat.read(conversation.slice(2, 5));
    chat.read(conversation.slice(3, 6));
    expect(chat.stored).toHaveLength(6);
  });

  it('puts history loaded above the log in order, also when it repeats a text shown below', () => {
    const chat = new Conversation();
    chat.read([customer('ok'), agent('later?')], 1);
    const sent = chat.read([customer('ok'), agent('earlier?'), customer('ok'), agent('later?')], 2);
    expect(sent.map((c) => `${c.author}: ${c.message.text}`)).toEqual(['customer: ok', 'agent: earlier?']);
    expect(sent.map((c) => c.after)).toEqual(['', sent[0]!.key]);
    // The "ok" stored first is the one above "later?"; the one loaded with the history is new.
    expect(chat.stored.map((c) => `${c.message.text} (${c.seenAt})`)).toEqual(['ok (2)', 'earlier? (2)', 'ok (1)', 'later? (1)']);
    // A virtualised list that then scrolls back down to the newest messages adds nothing.
    expect(chat.read([customer('ok'), agent('later?')], 3)).toEqual([]);
  });

  it('keeps one message when its author is read differently later', () => {
    const chat = new Conversation();
    chat.read([agent('Hello'), customer('My parcel is late', { status: 'sent' })]);
    // The send hook forgot the text, the receipt is gone, the widget is hidden: no evidence left.
    expect(chat.read([agent('Hello'), agent('My parcel is late')])).toEqual([]);
    // A later status change still goes out, under the author first read.
    const [update] = chat.read([agent('Hello'), agent('My parcel is late', { status: 'failed' })]);
    expect(update).toMatchObject({ author: 'customer', message: { status: 'failed' } });
    expect(chat.transcript).toEqual(['agent: Hello', 'customer: My parcel is late']);
  });

  it('tells identical texts apart by the clock time the widget shows', () => {
    const chat = new Conversation();
    chat.read([customer('ok', { time: '10:01' }), customer('ok', { time: '10:02' })]);
    // A two-message window slides by one: the same two texts, but a new clock time.
    expect(chat.read([customer('ok', { time: '10:02' }), customer('ok', { time: '10:03' })]).map((c) => c.message.time)).toEqual(['10:03']);
    // Labels that come and go (only the last of a group is labelled) agree with any time.
    expect(chat.read([customer('ok', { time: '10:01' }), customer('ok'), customer('ok', { time: 'Sent 10:03' })])).toEqual([]);
    expect(chat.stored).toHaveLength(3);
  });

  it('gives the same keys when the same log is read again in a new page', () => {
    const log = [agent('Hi'), customer('ok'), customer('ok'), agent('Done', { id: 'm9' })];
    const first = new LogMemory().update(log, 1).map((c) => c.key);
    expect(new LogMemory().update(log, 2).map((c) => c.key)).toEqual(first);
  });
});

describe('clock times', () => {
  it('reads clock times out of time labels and ignores relative ones', () => {
    expect(clockOf('2024-03-12T10:42:07Z')).toBe('2024-03-12T10:42:07Z');
    expect(clockOf('Yesterday 9:05 PM')).toBe('9:05pm');
    expect(clockOf('10h42')).toBe('10:42');
    expect(clockOf('Lena · 2m ago')).toBeUndefined();
    expect(clockOf('Just now')).toBeUndefined();
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

  it('sends nothing for a log empty at bind time; its first messages are the snapshot', async () => {
    document.body.innerHTML = '<ul id="log"></ul>';
    const log = document.getElementById('log')!;
    const batches: Batch[] = [];
    const controller = new AbortController();
    startCapture(fakeBinding(log), { signal: controller.signal, now: () => 1, send: async (b) => void batches.push(b), onDetached: () => {} });
    await wait(120);
    expect(batches).toEqual([]);
    log.innerHTML = '<li>Hello, a new chat</li>';
    await wait(120);
    log.insertAdjacentHTML('beforeend', '<li class="me">Hi</li>');
    await wait(120);
    controller.abort();
    expect(batches.map((b) => [b.snapshot, b.messages.map((m) => m.text)])).toEqual([
      [true, ['Hello, a new chat']],
      [false, ['Hi']],
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

  it('sends what the log shows at once when the page is hidden or closed', async () => {
    document.body.innerHTML = '<ul id="log"><li>Hello</li></ul>';
    const log = document.getElementById('log')!;
    const sent: Batch[] = [];
    // The background takes the first batch but the page is gone before it answers.
    const send = vi.fn((b: Batch) => {
      sent.push(b);
      return new Promise<void>(() => {});
    });
    const controller = new AbortController();
    startCapture(fakeBinding(log), { signal: controller.signal, now: () => 1, send, onDetached: () => {} });
    log.insertAdjacentHTML('beforeend', '<li class="me">I will be back later</li>');
    // No timer runs between the last message and the page going away.
    window.dispatchEvent(new Event('pagehide'));
    controller.abort();
    expect(sent.map((b) => b.messages.map((m) => m.text))).toEqual([['Hello'], ['I will be back later']]);
  });

  it('retries a batch waiting out a restarting worker as soon as the tab is hidden', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<ul id="log"><li>Hello</li></ul>';
    let workerUp = false;
    const delivered: Batch[] = [];
    const send = vi.fn(async (b: Batch) => {
      if (!workerUp) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(b);
    });
    const controller = new AbortController();
    startCapture(fakeBinding(document.getElementById('log')!), { signal: controller.signal, now: () => 1, send, onDetached: () => {} });
    // Four failures: the queue now waits 10 s before the next try.
    await vi.advanceTimersByTimeAsync(250 + 1_000 + 3_000 + 10);
    expect(send).toHaveBeenCalledTimes(4);
    workerUp = true;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    vi.useRealTimers();
    controller.abort();
    expect(delivered.map((b) => b.messages.map((m) => m.text))).toEqual([['Hello']]);
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

  it('reads again only the messages that changed: a new message in a long log is one read, a status change one more', async () => {
    document.body.innerHTML = '<ul id="log"></ul>';
    const log = document.getElementById('log')!;
    for (let i = 0; i < 2_000; i++) {
      const li = document.createElement('li');
      li.textContent = `Message ${i}`;
      log.append(li);
    }
    const binding = fakeBinding(log);
    const reads: string[] = [];
    const read = binding.read;
    binding.read = (el) => {
      reads.push(el.textContent ?? '');
      return read(el);
    };
    const batches: Batch[] = [];
    const controller = new AbortController();
    startCapture(binding, { signal: controller.signal, now: () => 1, send: async (b) => void batches.push(b), onDetached: () => {} });
    expect(reads).toHaveLength(2_000);
    reads.length = 0;
    const li = document.createElement('li');
    li.className = 'me';
    li.dataset.status = 'sending';
    li.textContent = 'Is there an update?';
    log.append(li);
    await wait(120);
    expect(reads).toEqual(['Is there an update?']);
    li.dataset.status = 'sent';
    await wait(120);
    expect(reads).toEqual(['Is there an update?', 'Is there an update?']);
    controller.abort();
    expect(batches.flatMap((b) => b.messages).slice(-2).map((m) => `${m.text}:${m.status}`)).toEqual(['Is there an update?:sending', 'Is there an update?:sent']);
  });
});
