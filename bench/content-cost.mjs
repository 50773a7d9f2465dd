// What the content script costs the pages it runs in, measured in Chromium against the same
// browser without Parley (baseline) in the same run:
// - main-thread script time at start-up on a large page without a chat (20,000 elements);
// - extra main-thread share while a page makes 1,000 DOM mutations a second;
// - latency from a message appearing in a 1,000-message chat to its row in IndexedDB.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../demo/server.mjs';
import { launchPlain, launchWithParley } from '../scripts/lib/chromium.mjs';
import { median, percentile, report, round, storeReader, waitFor } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

/**
 * The floor every extension like Parley pays: a content script that only registers a runtime
 * message listener and reads one storage key (what Parley needs to hear from its background and to
 * find a chat the user picked by hand), in an otherwise empty extension. Measured in the same run.
 */
function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1.0', permissions: ['storage'], background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], all_frames: true, match_about_blank: true, run_at: 'document_start' }],
  }));
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener(() => undefined);\n');
  writeFileSync(join(dir, 'content.js'), "chrome.runtime.onMessage.addListener(() => undefined);\nchrome.storage.local.get('picked:' + location.origin).then(() => undefined);\n");
  return dir;
}

function largePage() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const cards = Array.from({ length: 2000 }, (_, i) => `<article class="card"><h2>Item ${i}</h2><p>Lorem ipsum <b>dolor</b> sit <i>amet</i>.</p><ul><li>a</li><li>b</li><li>c</li></ul><footer><a href="#">more</a></footer></article>`).join('\n');
  writeFileSync(join(dir, 'large.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Large page</title></head><body><form role="search"><input type="search"></form>${cards}</body></html>`);
  return dir;
}

/** A page whose main-thread metrics are recorded from before navigation. */
async function measuredPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  page.metric = async (name) => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  };
  return page;
}

async function startupScriptMs(context, url) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await measuredPage(context);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    samples.push(await page.metric('ScriptDuration'));
    await page.close();
  }
  return median(samples);
}

/** Main-thread task time of one page over `seconds` of 1,000 mutations a second. */
async function mutationTaskMs(context, url, seconds = 3) {
  const page = await measuredPage(context);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const before = await page.metric('TaskDuration');
  await page.evaluate(() => window.startMutations());
  await page.waitForTimeout(seconds * 1000);
  const spent = (await page.metric('TaskDuration')) - before;
  await page.close();
  return spent;
}

/**
 * Medians of `rounds` samples each, the two browsers taking turns, so that a slow stretch of the
 * machine lands on both rather than on one of them.
 */
async function mutationTaskPair(plain, parley, url, rounds = 7) {
  const without = [];
  const withParley = [];
  for (let i = 0; i < rounds; i++) {
    without.push(await mutationTaskMs(plain, url));
    withParley.push(await mutationTaskMs(parley, url));
  }
  return { mBase: median(without), mWith: median(withParley) };
}

async function captureLatency(parley, url) {
  const store = await storeReader(parley.context, parley.extensionId);
  const page = await parley.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(async () => (await store.counts()).messages >= 1000, { what: 'the 1,000-message chat in IndexedDB', interval: 100 });
  const samples = [];
  for (let i = 0; i < 30; i++) {
    const { messages: c0 } = await store.counts();
    const t0 = await page.evaluate((n) => { window.appendOne(`Agent reply number ${n}`); return Date.now(); }, i);
    await waitFor(async () => (await store.counts()).messages > c0, { what: 'the new message in IndexedDB', interval: 4 });
    samples.push(Date.now() - t0);
    await page.waitForTimeout(50);
  }
  await page.close();
  await store.page.close();
  return samples;
}

const root = resolve('.');
const site = await serveStatic(root);
const tmp = await serveStatic(largePage());
try {
  const plain = await launchPlain();
  const parley = await launchWithParley();
  const largeUrl = `${tmp.url}/large.html`;
  const base = await startupScriptMs(plain, largeUrl);
  const withParley = await startupScriptMs(parley.context, largeUrl);
  const startup = Math.max(0, withParley - base);
  const floor = await launchWithParley({ dist: floorExtension() });
  const floorMs = Math.max(0, (await startupScriptMs(floor.context, largeUrl)) - base);
  await floor.context.close();
  report({
    bench: 'content', name: 'start-up main-thread script time, large page, no chat', value: round(startup, 2), unit: 'ms', target: '< 2 ms', ok: startup < 2,
    peer: `a content script that only listens for runtime messages and reads one storage key: ${round(floorMs, 2)} ms`, ratio: floorMs > 0 ? startup / floorMs : undefined,
    note: `with ${round(withParley, 2)} ms, without ${round(base, 2)} ms (median of ${RUNS})`,
  });

  const mutUrl = `${site.url}/bench/pages/mutations.html`;
  const { mBase, mWith } = await mutationTaskPair(plain, parley.context, mutUrl);
  const share = Math.max(0, (mWith - mBase) / 3000) * 100;
  report({ bench: 'content', name: 'extra main-thread share, 1,000 mutations/s, no chat', value: round(share, 2), unit: '%', target: '< 1 %', ok: share < 1, note: `task time over 3 s, median of 7 taking turns: with ${round(mWith, 1)} ms, without ${round(mBase, 1)} ms` });

  const latency = await captureLatency(parley, `${site.url}/bench/pages/long-chat.html?n=1000`);
  const p95 = percentile(latency, 95);
  report({ bench: 'content', name: 'capture latency, message → IndexedDB, 1,000-message chat', p50: round(percentile(latency, 50), 1), p95: round(p95, 1), unit: 'ms', target: 'p95 < 300 ms', ok: p95 < 300 });
  await plain.close();
  await parley.context.close();
} finally {
  site.server.close();
  tmp.server.close();
}
