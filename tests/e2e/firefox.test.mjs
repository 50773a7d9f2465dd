// The content script's behaviour in real Firefox (Debian's firefox-esr), driven over WebDriver
// BiDi with puppeteer-core (Playwright's Firefox needs a patched build that cannot be downloaded
// here). The Firefox build (dist-firefox/) is installed as a temporary add-on; on the demo shop
// it must find the chat in the cross-origin widget frame, mount the sidebar in the top frame, and
// hold a hostile draft with the warning until "Send anyway" sends it exactly once.
// Extension pages (popup, IndexedDB) cannot be opened over BiDi (moz-extension:// navigation is
// refused), so those stay covered by the Chromium suites.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startDemo } from '../../demo/server.mjs';
import { poll } from './harness.mjs';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
const HOSTILE = 'This is useless!!! Answer me!!!';

let browser;
let demo;
let page;

const skip = FIREFOX ? false : 'no Firefox here (set FIREFOX_PATH, or apt-get install firefox-esr)';

before(async () => {
  if (skip) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { env: { ...process.env, TARGET: 'firefox' }, stdio: 'inherit' });
  demo = await startDemo();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(resolve('dist-firefox'));
  page = await browser.newPage();
  await page.goto(`${demo.shopUrl}?chat=1`);
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

const widgetFrame = () => page.frames().find((f) => f.url().startsWith(demo.widgetUrl));
const sentTexts = (frame) => frame.$$eval('.chat-msg--visitor .chat-msg__text', (els) => els.map((e) => e.textContent));

test('Firefox: the chat in the cross-origin frame is found and the sidebar mounts in the top frame', { skip }, async () => {
  const widget = await poll(() => page.evaluate(() => document.querySelector('parley-sidebar[data-parley="sidebar"]')?.getAttribute('data-parley-widget') ?? null), { message: 'the sidebar host', timeout: 20_000 });
  assert.equal(widget, 'generic');
});

test('Firefox: a hostile draft is held with the warning; Send anyway sends it once', { skip }, async () => {
  const frame = await poll(widgetFrame, { message: 'the widget frame' });
  const before = await sentTexts(frame);
  await frame.type('textarea', HOSTILE);
  await frame.focus('textarea');
  await page.keyboard.press('Enter');
  const warning = await frame.waitForSelector('>>> [data-parley="tone-warning"]', { timeout: 10_000 });
  assert.ok(warning, 'the warning is shown');
  await new Promise((ok) => setTimeout(ok, 500));
  assert.deepEqual(await sentTexts(frame), before, 'nothing was sent while the warning is open');
  const sendAnyway = await frame.waitForSelector('>>> [data-parley="send-anyway"]');
  await sendAnyway.click();
  const after = await poll(async () => {
    const texts = await sentTexts(frame);
    return texts.length > before.length && texts;
  }, { message: 'the message in the log' });
  assert.equal(after.filter((t) => t === HOSTILE).length, 1);
});
