// The options page in Chromium with the built extension: axe-core finds nothing in light or dark
// mode; choosing German as the interface language changes the options page and the popup live;
// "only on the sites below" keeps Parley off the demo shop until its host is listed; a malformed
// host is refused with a message; the shortcuts are listed; a site is paused and resumed from the
// popup and the sidebar; axe also checks the popup with conversations, a preview and the delete
// confirmation open; export everything gives one backup zip and delete everything empties Parley.
// Screenshots go to artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { poll, readStore, setup, sidebarWidget } from './harness.mjs';

let env;
let options;

before(async () => {
  mkdirSync('artifacts', { recursive: true });
  env = await setup();
  options = await env.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${env.extensionId}/src/options/index.html`);
  await options.locator('[data-parley="tone-settings"]').waitFor();
});

after(async () => {
  await env?.close();
});

test('axe-core finds no violations on the options page or the popup, light and dark', async () => {
  const source = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  const popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  await popup.locator('main, body').first().waitFor();
  for (const page of [options, popup]) {
    await page.evaluate(source);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], `${page === options ? 'options' : 'popup'} ${colorScheme}`);
    }
  }
  await options.emulateMedia({ colorScheme: 'light' });
  await options.screenshot({ path: 'artifacts/options.png', fullPage: true });
  await popup.close();
});

test('every tone category is explained and the shortcuts are listed', async () => {
  assert.equal(await options.locator('[data-parley^="category-"]').count(), 11);
  assert.match(await options.locator('#cat-exclaim').innerText(), /3 exclamation marks/);
  // In effect, or (when the browser did not assign it) the suggested keys.
  const shortcuts = await options.locator('[data-parley="shortcuts"]').innerText();
  assert.match(shortcuts, /Alt\+Shift\+P/);
  assert.match(shortcuts, /Alt\+Shift\+T/);
  assert.match(shortcuts, /sidebar/i);
});

test('the interface language can be switched to German, live, in every open page', async () => {
  const popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  await popup.locator('body').waitFor();
  const english = await popup.locator('body').innerText();
  await options.locator('[data-parley="ui-language"]').selectOption('de');
  await poll(async () => (await options.locator('h1').innerText()) !== 'Parley settings' && (await options.locator('html').getAttribute('lang')) === 'de', { message: 'the options page in German' });
  assert.equal(await options.locator('#tone-h').innerText(), 'Tonprüfung');
  await poll(async () => (await popup.locator('body').innerText()) !== english, { message: 'the popup in German' });
  assert.equal(await popup.locator('html').getAttribute('lang'), 'de');
  await options.screenshot({ path: 'artifacts/options-de.png' });
  await options.locator('[data-parley="ui-language"]').selectOption('auto');
  await poll(async () => (await options.locator('#tone-h').innerText()) === 'Tone check', { message: 'back to English' });
  await popup.close();
});

test('"only on the sites below": no sidebar on the demo shop until its host is listed', async () => {
  await options.locator('[data-parley="sites-only"]').check();
  const input = options.locator('[data-parley="site-input"]');
  await input.fill('not a host!');
  await options.locator('[data-parley="site-add"]').click();
  assert.match(await options.locator('#site-error').innerText(), /not a site name/);

  const shop = await env.newPage();
  await shop.goto(`${env.demo.shopUrl}?chat=1`);
  await shop.waitForTimeout(2_500);
  assert.equal(await sidebarWidget(shop), null, 'no sidebar while the shop is not listed');

  await input.fill(new URL(env.demo.shopUrl).href);
  await options.locator('[data-parley="site-add"]').click();
  await options.locator('[data-parley="site-list"] li', { hasText: '127.0.0.1' }).waitFor();
  assert.equal(await poll(() => sidebarWidget(shop), { message: 'the sidebar once the site is listed', timeout: 15_000 }), 'generic');

  await options.locator('[data-parley="sites-everywhere"]').check();
  await shop.close();
});

test('"Pause Parley on this site" from the popup and from the sidebar; Resume brings the sidebar back', async () => {
  const shop = await env.newPage();
  await shop.goto(`${env.demo.shopUrl}?chat=1`);
  assert.equal(await poll(() => sidebarWidget(shop), { message: 'the sidebar on the shop', timeout: 15_000 }), 'generic');
  const popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  // The popup is about the active tab: bring the shop to the front, then let the popup ask.
  await shop.bringToFront();
  await popup.reload();
  const section = popup.locator('[data-parley="site-pause"]');
  await popup.locator('[data-parley="pause-site"]').waitFor({ timeout: 10_000 });
  assert.match(await section.innerText(), /Parley is on for 127\.0\.0\.1/);

  await popup.locator('[data-parley="pause-site"]').click();
  await poll(async () => (await sidebarWidget(shop)) === null, { message: 'the sidebar to go away', timeout: 15_000 });
  const stored = await env.inExtension(() => chrome.storage.sync.get(['settings:sites.mode', 'settings:sites.except']));
  assert.deepEqual(stored, { 'settings:sites.mode': 'except', 'settings:sites.except': ['127.0.0.1'] });
  assert.match(await section.innerText(), /Parley is paused on 127\.0\.0\.1/);
  // The options page shows the host in the list of the mode it applies to.
  await options.locator('#site-list-h', { hasText: 'Sites where Parley stays off' }).waitFor();
  await options.locator('[data-parley="site-list"] li', { hasText: '127.0.0.1' }).waitFor();

  await popup.locator('[data-parley="resume-site"]').click();
  assert.equal(await poll(() => sidebarWidget(shop), { message: 'the sidebar back after Resume', timeout: 15_000 }), 'generic');

  const sidebar = await poll(() => shop.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame' });
  await sidebar.locator('[data-parley="pause-site"]').click({ timeout: 15_000 });
  await poll(async () => (await sidebarWidget(shop)) === null, { message: 'the sidebar to go away after its own Pause', timeout: 15_000 });
  await popup.locator('[data-parley="resume-site"]').click();
  assert.equal(await poll(() => sidebarWidget(shop), { message: 'the sidebar back', timeout: 15_000 }), 'generic');

  await options.locator('[data-parley="sites-everywhere"]').check();
  await popup.close();
  await shop.close();
});

/** axe's violations on a page, one line each ("rule: target, target"). */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

test('axe-core finds no violations in the popup with conversations, a preview and the delete confirmation open, light and dark', async () => {
  const shop = await env.newPage();
  await shop.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(shop), { message: 'the sidebar on the shop', timeout: 15_000 });
  const popup = await env.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  // Over the shop, so the popup also shows "Pause Parley on this site".
  await shop.bringToFront();
  await popup.reload();
  await popup.locator('[data-parley="conversation"]').first().waitFor({ timeout: 15_000 });
  await popup.locator('[data-parley="pause-site"]').waitFor({ timeout: 10_000 });
  await popup.locator('[data-parley="conversation"] button').first().click();
  await popup.locator('[data-parley="preview-message"]').first().waitFor();
  await popup.locator('[data-parley="delete"]').click();
  await popup.locator('[data-parley="delete-question"]').waitFor();
  for (const colorScheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(popup), [], `popup ${colorScheme}`);
    await popup.screenshot({ path: `artifacts/popup-full-${colorScheme}.png`, fullPage: true });
  }
  await popup.locator('[data-parley="cancel-delete"]').click();
  await popup.close();
  await shop.close();
});

test('"Export everything" downloads one backup zip; "Delete everything" lists what goes and removes it all', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-parley="export-everything"]').click()]);
  assert.match(download.suggestedFilename(), /^parley-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(entries).sort();
  assert.deepEqual(names.slice(0, 3), ['parley-case-files.json', 'parley-settings.json', 'parley-templates.json']);
  assert.match(names[3], /^parley-transcripts-.*\.json$/);
  const transcripts = JSON.parse(strFromU8(entries[names[3]]));
  assert.ok(transcripts.conversations.length >= 1);

  await options.locator('[data-parley="sidebar-settings"] [data-parley="side-right"]').check();
  await options.locator('[data-parley="delete-all"]').click();
  const list = options.locator('[data-parley="delete-all-list"]');
  await list.locator('[data-parley="wipe-conversations"]').waitFor();
  assert.match(await list.innerText(), /saved conversations, with their case files: \d+/);
  assert.deepEqual(await axeViolations(options), [], 'options with the confirmation open');
  await options.locator('[data-parley="confirm-delete-all"]').click();
  await poll(async () => /Everything was deleted/.test(await options.locator('[data-parley="data-status"]').innerText()), { message: 'the deletion' });
  const left = await env.inExtension(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
  assert.deepEqual(left.sync, {});
  assert.equal(left.local['ui.sidebarLayout'], undefined);
  assert.deepEqual((await readStore(env)).conversations, []);
  await poll(async () => options.locator('[data-parley="side-left"]').isChecked(), { message: 'the sidebar back on the left' });
});
