// The README's pictures, taken from the real extension on the demo shop: the sidebar beside the
// chat, the pre-send warning holding a hostile draft, and the popup's list of saved conversations.
// Each picture is taken only after what it shows has been checked. They land in
// artifacts/readme/; `npm run screenshots` writes them to docs/screenshots/ for the README.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { poll, readStore, setup, sidebarWidget } from './harness.mjs';

const DIR = process.env.SCREENSHOT_DIR || join('artifacts', 'readme');
const FIRST = 'Hello, my order NW-48213 has not arrived yet. It was due on Monday.';
const HOSTILE = 'This is RIDICULOUS!!! You people are useless.';

let env;
let page;
let widget;

before(async () => {
  mkdirSync(DIR, { recursive: true });
  env = await setup();
  page = await env.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  widget = await poll(() => page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl)), { message: 'the widget frame' });
});

after(async () => {
  await env?.close();
});

const sidebarFrame = () => page.frames().find((f) => f.url().includes('/src/sidebar/index.html'));

test('the sidebar beside the chat, counting the saved messages', async () => {
  await widget.locator('textarea').fill(FIRST);
  await widget.locator('textarea').press('Enter');
  await poll(async () => (await readStore(env)).messages.some((m) => m.author === 'agent'), { message: 'the agent reply stored', timeout: 15_000 });
  const sidebar = await poll(sidebarFrame, { message: 'the sidebar page' });
  const count = sidebar.locator('[data-parley="sidebar-count"]');
  await poll(async () => /[2-9]/.test(await count.innerText()), { message: 'the saved-message count' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DIR, 'sidebar.png') });
});

test('the pre-send warning holds a hostile draft and offers a calmer one', async () => {
  await widget.locator('textarea').fill(HOSTILE);
  await widget.locator('textarea').press('Enter');
  const warning = widget.locator('[data-parley="tone-warning"]');
  await warning.waitFor({ timeout: 10_000 });
  assert.equal(await widget.locator('[data-parley="use-suggestion"]').count(), 1);
  await page.waitForTimeout(500);
  assert.ok(!(await readStore(env)).messages.some((m) => m.text === HOSTILE), 'nothing was sent while the warning is open');
  assert.equal(await widget.locator('textarea').inputValue(), HOSTILE, 'the draft is kept');
  await page.screenshot({ path: join(DIR, 'warning.png') });
  await page.keyboard.press('Escape');
});

test('the popup lists the saved conversation', async () => {
  const popup = await env.newPage();
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  const host = new URL(env.demo.shopUrl).host;
  await poll(async () => (await popup.locator('body').innerText()).includes(host), { message: 'the conversation in the list' });
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(DIR, 'popup.png') });
  await popup.close();
});
