// Input latency Parley adds to each keystroke in a chat composer, in Chromium: a 2,000-character
// draft in the composer fixture (textarea), 300 keystrokes through CDP (trusted key events, one
// every 15 ms: a fast typist), with and without Parley in the same run. Per keystroke the page
// records the time from the key event's own timestamp to the end of its `input` event, i.e.
// what typing feels like: Parley's capture listeners, and any of its idle-time tone checks that
// the keystroke had to wait behind.
import { resolve } from 'node:path';
import { serveStatic } from '../demo/server.mjs';
import { launchPlain, launchWithParley } from '../scripts/lib/chromium.mjs';
import { percentile, report, round } from './lib.mjs';

const KEYS = Number(process.env.BENCH_KEYS ?? 300);
const DRAFT = 'I ordered a blender on the 3rd and it still has not arrived, could you check order 4411 for me? '.repeat(25).slice(0, 2000);

async function typeAndMeasure(context, url, waitForParley) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.composer === 'function' && window.composer());
  if (waitForParley) await page.waitForSelector('parley-sidebar', { state: 'attached', timeout: 15_000 });
  await page.evaluate((draft) => {
    const area = window.composer();
    area.value = draft;
    area.focus();
    area.setSelectionRange(draft.length, draft.length);
    window.latencies = [];
    let down = 0;
    addEventListener('keydown', (e) => (down = e.timeStamp), true);
    addEventListener('input', () => window.latencies.push(performance.now() - down));
  }, DRAFT);
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < KEYS; i++) {
    const ch = 'abcdefghij'[i % 10];
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, code: `Key${ch.toUpperCase()}` });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, code: `Key${ch.toUpperCase()}` });
    await page.waitForTimeout(15);
  }
  const samples = await page.evaluate(() => window.latencies);
  await page.close();
  return samples.slice(20); // the first keystrokes warm up the JIT on both sides
}

const fixtures = await serveStatic(resolve('tests/fixtures'));
const url = `${fixtures.url}/composer/widget.html?kind=textarea`;
const plain = await launchPlain();
const base = await typeAndMeasure(plain, url, false);
await plain.close();
const parley = await launchWithParley();
const withParley = await typeAndMeasure(parley.context, url, true);
await parley.context.close();
fixtures.server.close();

const fig = (s) => ({ p50: round(percentile(s, 50)), p95: round(percentile(s, 95)) });
report({ bench: 'keystroke', name: 'input latency without Parley (2,000-char draft)', ...fig(base), unit: 'ms' });
report({ bench: 'keystroke', name: 'input latency with Parley (2,000-char draft)', ...fig(withParley), unit: 'ms' });
const added = percentile(withParley, 95) - percentile(base, 95);
report({ bench: 'keystroke', name: 'added per keystroke, p95', value: round(added), unit: 'ms', target: '< 1 ms', ok: added < 1, note: `${withParley.length} keystrokes each` });
