// Load, in Chromium with the built extension (and the same browser without it where a baseline
// is needed), each with a correctness check next to the figure:
// - a 5,000-message conversation: time until all of it is stored, the content script's heap in
//   the widget frame afterwards (with minus without Parley), and the latency of the next message;
// - 20 chat tabs at once, each on its own site: time until all 20 conversations are stored, and
//   the latency of a message arriving in every tab at the same moment;
// - a single 1 MB message: stored intact, and how long it takes; typing in a 1 MB draft;
// - a widget that re-renders its whole log every second for a minute: Parley's extra main-thread
//   share, and the stored transcript unchanged (no duplicates).
import { resolve } from 'node:path';
import { serveStatic } from '../demo/server.mjs';
import { launchPlain, launchWithParley } from '../scripts/lib/chromium.mjs';
import { percentile, report, round, storeReader, waitFor } from './lib.mjs';

const RERENDER_SECONDS = Number(process.env.BENCH_RERENDER_SECONDS ?? 60);
const TABS = 20;
const MB = 1024 * 1024;
const HOSTS = ['--host-resolver-rules=MAP * 127.0.0.1'];

const site = await serveStatic(resolve('.'));
const port = new URL(site.url).port;
const longChat = (host, query) => `http://${host}:${port}/bench/pages/long-chat.html?${query}`;

/** The page's JS heap after a full garbage collection, in bytes (CDP). */
async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Main-thread task time of `page` (ms) while `during` runs. */
async function taskTime(context, page, during) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await read();
  await during();
  const spent = (await read()) - before;
  await cdp.detach();
  return spent;
}

/** Milliseconds from `append()` in the page to the store holding one more message. */
async function arrival(page, store, append) {
  const { messages: before } = await store.counts();
  const t0 = Date.now();
  await append();
  await waitFor(async () => (await store.counts()).messages > before, { what: 'the new message in IndexedDB', interval: 5 });
  return Date.now() - t0;
}

const parley = await launchWithParley({ args: HOSTS });
const plain = await launchPlain({ args: HOSTS });
const store = await storeReader(parley.context, parley.extensionId);

try {
  // 1. A 5,000-message conversation.
  {
    const url = longChat('long.test', 'n=5000');
    const page = await parley.context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    // On a page this large Parley looks for an unknown (generic) chat only where the user is:
    // the composer they click into. A vendor's widget would be found by its markers at once.
    await page.focus('textarea');
    const counts = await waitFor(async () => {
      const c = await store.counts();
      return c.messages >= 5000 && c;
    }, { what: '5,000 stored messages', timeout: 120_000, interval: 50 });
    const storedMs = Date.now() - t0;
    const stored = (await store.messages()).sort((a, b) => a.seq - b.seq);
    const inOrder = stored.length === 5000 && stored.every((m, i) => m.text === `Message number ${i} about order NW-${10000 + i}` && m.author === (i % 2 ? 'customer' : 'agent'));
    report({ bench: 'load', name: '5,000-message chat: all stored after page load', value: storedMs, unit: 'ms', ok: inOrder && counts.conversations === 1, note: inOrder ? 'in order, no duplicates, one conversation' : `WRONG: ${stored.length} stored, ${counts.conversations} conversation(s)` });

    const latencies = [];
    for (let i = 0; i < 20; i++) latencies.push(await arrival(page, store, () => page.evaluate((n) => window.appendOne(`Reply ${n} in a long chat`), i)));
    const p95 = percentile(latencies, 95);
    report({ bench: 'load', name: '5,000-message chat: next message → IndexedDB', p50: percentile(latencies, 50), p95, unit: 'ms', target: 'p95 < 1,000 ms', ok: p95 < 1000, note: 'the issue\'s 300 ms target is for 1,000 messages (content bench)' });

    const withParley = await heapAfterGc(parley.context, page);
    const basePage = await plain.newPage();
    await basePage.goto(url);
    await basePage.evaluate(() => { for (let i = 0; i < 20; i++) window.appendOne(`Reply ${i} in a long chat`); });
    const without = await heapAfterGc(plain, basePage);
    const extra = Math.max(0, withParley - without) / MB;
    report({ bench: 'load', name: 'content script heap in the widget frame after 5,000 messages', value: round(extra, 2), unit: 'MiB', target: '≤ 8 MiB', ok: extra <= 8, note: `page heap with ${round(withParley / MB, 1)} MiB, without ${round(without / MB, 1)} MiB (after GC)` });
    await basePage.close();
    await page.close();
  }

  // 2. Twenty chat tabs at once, each its own site.
  {
    const before = await store.counts();
    const pages = await Promise.all(Array.from({ length: TABS }, () => parley.context.newPage()));
    const t0 = Date.now();
    await Promise.all(pages.map((p, i) => p.goto(longChat(`shop${i}.test`, 'n=100'))));
    await waitFor(async () => (await store.counts()).messages >= before.messages + TABS * 100, { what: `${TABS} × 100 stored messages`, timeout: 120_000, interval: 50 });
    const allMs = Date.now() - t0;
    const after = await store.counts();
    const right = after.conversations - before.conversations === TABS && after.messages - before.messages === TABS * 100;
    report({ bench: 'load', name: `${TABS} chat tabs opened at once: all conversations stored`, value: allMs, unit: 'ms', ok: right, note: right ? `${TABS} conversations × 100 messages, no duplicates` : `WRONG: ${after.conversations - before.conversations} conversations, ${after.messages - before.messages} messages` });

    // The page reading the store is the visible tab: a hidden page's reads are deprioritised among
    // twenty busy renderers and would time the reader, not Parley.
    await store.page.bringToFront();
    const rounds = [];
    for (let r = 0; r < 5; r++) {
      const c0 = (await store.counts()).messages;
      const t1 = Date.now();
      await Promise.all(pages.map((p, i) => p.evaluate(([n, k]) => window.appendOne(`Tab ${n}, update ${k}`), [i, r])));
      await waitFor(async () => (await store.counts()).messages >= c0 + TABS, { what: 'a message from every tab', interval: 5 });
      rounds.push(Date.now() - t1);
    }
    const p95 = percentile(rounds, 95);
    report({ bench: 'load', name: `${TABS} tabs: a message in every tab at once → all in IndexedDB`, p50: percentile(rounds, 50), p95, unit: 'ms', target: 'p95 < 1,000 ms', ok: p95 < 1000 });
    await Promise.all(pages.map((p) => p.close()));
  }

  // 3. A single 1 MB message, and a 1 MB draft.
  {
    const page = await parley.context.newPage();
    await page.goto(longChat('onemeg.test', 'n=10'));
    await waitFor(async () => (await store.counts()).messages >= 1, { what: 'the chat' });
    await page.waitForTimeout(500);
    const ms = await arrival(page, store, () => page.evaluate((size) => window.appendOne(`Here is the log you asked for: ${'0123456789abcdef'.repeat(size / 16)}`), MB));
    const stored = (await store.messages()).find((m) => m.text.startsWith('Here is the log you asked for'));
    const intact = stored?.text.length === MB + 'Here is the log you asked for: '.length;
    report({ bench: 'load', name: 'a single 1 MB message → IndexedDB', value: ms, unit: 'ms', ok: intact, note: intact ? 'stored intact' : `WRONG: stored ${stored?.text.length ?? 0} characters` });

    // Typing at the end of a 1 MB draft: the browser itself is slow with a textarea that large, so
    // what counts is what Parley adds to it (same page, same keys, in the plain browser too).
    const typing = async (context, p) => {
      await p.locator('textarea').evaluate((el, size) => {
        el.value = 'Please look into this. '.repeat(Math.ceil(size / 23)).slice(0, size);
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        window.latencies = [];
        let down = 0;
        addEventListener('keydown', (e) => (down = e.timeStamp), true);
        addEventListener('input', () => window.latencies.push(performance.now() - down));
      }, MB);
      await p.waitForTimeout(1_000);
      const spent = await taskTime(context, p, async () => {
        for (let i = 0; i < 40; i++) {
          await p.keyboard.press('abcdefghij'[i % 10]);
          await p.waitForTimeout(30);
        }
        await p.waitForTimeout(1_000);
      });
      return { samples: (await p.evaluate(() => window.latencies)).slice(5), spent };
    };
    const mine = await typing(parley.context, page);
    const basePage = await plain.newPage();
    await basePage.goto(longChat('onemeg.test', 'n=10'));
    await basePage.focus('textarea');
    const theirs = await typing(plain, basePage);
    await basePage.close();
    const p50 = percentile(mine.samples, 50);
    const b50 = percentile(theirs.samples, 50);
    const added = p50 - b50;
    report({
      bench: 'load', name: 'typing at the end of a 1 MB draft: input latency', p50: round(p50, 1), p95: round(percentile(mine.samples, 95), 1), unit: 'ms',
      target: 'adds < 16 ms or 10 % (p50)', ok: added < Math.max(16, b50 * 0.1),
      peer: `the same browser without Parley: p50 ${round(b50, 1)} / p95 ${round(percentile(theirs.samples, 95), 1)} ms`, ratio: b50 > 0 ? p50 / b50 : undefined,
      note: `main-thread task time over 40 keystrokes and 1 s: ${Math.round(mine.spent)} ms with, ${Math.round(theirs.spent)} ms without`,
    });
    await page.close();
  }

  // 4. A widget that re-renders its whole log every second, for a minute.
  {
    const runFor = async (context, host) => {
      const page = await context.newPage();
      await page.goto(longChat(host, 'n=200&rerender=1000'));
      await page.waitForTimeout(2_000);
      const spent = await taskTime(context, page, () => page.waitForTimeout(RERENDER_SECONDS * 1000));
      return { page, spent };
    };
    const before = await store.counts();
    const base = await runFor(plain, 'rerender.test');
    const withParley = await runFor(parley.context, 'rerender.test');
    const after = await store.counts();
    const share = (Math.max(0, withParley.spent - base.spent) / (RERENDER_SECONDS * 1000)) * 100;
    const right = after.messages - before.messages === 200 && after.conversations - before.conversations === 1;
    report({ bench: 'load', name: `log of 200 re-rendered every second for ${RERENDER_SECONDS} s: extra main-thread share`, value: round(share, 2), unit: '%', target: '< 1 %', ok: share < 1 && right, note: `${right ? '200 messages stored once' : `WRONG: ${after.messages - before.messages} stored`}; task time with ${Math.round(withParley.spent)} ms, without ${Math.round(base.spent)} ms` });
    await base.page.close();
    await withParley.page.close();
  }
} finally {
  await store.page.close().catch(() => undefined);
  await parley.context.close();
  await plain.close();
  site.server.close();
}
