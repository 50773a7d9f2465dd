// The sidebar in real Chromium on the demo shop: the case file fills a template that is inserted
// into the cross-origin widget's composer; the demo agent's refusal makes the ladder propose the
// next step; a reference number the agent gives is offered and saved; the search shortcut and
// keyboard work; axe-core finds no violations; screenshots in light and dark mode are saved; the
// sidebar moves to the right edge and stays there after a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { poll, setup, sidebarWidget } from './harness.mjs';

let env;
let page;
let sidebar;
let widget;
before(async () => {
  env = await setup();
  page = await env.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame' });
  widget = await poll(() => page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl)), { message: 'the widget frame' });
  await sidebar.locator('[data-parley="case-outcomeWanted"]').waitFor({ timeout: 15_000 });
});
after(async () => {
  await env?.close();
});

const composer = () => widget.locator('textarea');
const template = (id) => sidebar.locator(`[data-parley="templates"] [data-parley="template"][data-template-id="${id}"]`);

async function sendInWidget(text) {
  await composer().fill(text);
  await composer().press('Enter');
}

test('the case file fills "What would you do in my situation?" and Insert puts it into the widget composer', async () => {
  await sidebar.locator('[data-parley="case-orderNumber"]').fill('NW-48213');
  await sidebar.locator('[data-parley="case-item"]').fill('Trailhead 45 L backpack');
  await sidebar.locator('[data-parley="case-outcomeWanted"]').fill('a replacement strap');
  const card = template('whatWouldYouDo');
  const filled = await card.locator('[data-parley="template-text"]').innerText();
  assert.match(filled, /a replacement strap/);
  assert.match(filled, /What would you do in my situation\?/);
  assert.doesNotMatch(filled, /[{}…]/);
  await card.locator('[data-parley="template-insert"]').click();
  const text = await poll(async () => (await composer().inputValue()) || null, { message: 'text in the widget composer' });
  assert.equal(text, filled);
  // Inserting the first ladder template marks that step as taken.
  await poll(() => sidebar.locator('[data-parley="ladder-step"][data-step="ask"] input').isChecked(), { message: 'the ask step done' });
});

test('the case file is saved in the extension (debounced), not in the page', async () => {
  const stored = await poll(async () => {
    const all = await env.inExtension(
      () =>
        new Promise((ok, fail) => {
          const req = indexedDB.open('parley');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('cases');
            tx.objectStore('cases').getAll().onsuccess = (e) => ok(e.target.result);
            tx.oncomplete = () => req.result.close();
          };
        }),
    );
    return all.find((c) => c.fields.outcomeWanted === 'a replacement strap');
  }, { message: 'the case file in IndexedDB' });
  assert.equal(stored.fields.orderNumber, 'NW-48213');
  const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.ok(!pageDatabases.includes('parley'));
});

test('a missing field is asked for inline and never shown as {braces}', async () => {
  const card = template('thanks');
  assert.doesNotMatch(await card.locator('[data-parley="template-text"]').innerText(), /[{}]/);
  const ask = card.locator('[data-parley="template-missing"][data-field="agentName"]');
  await ask.fill('Mia');
  assert.match(await card.locator('[data-parley="template-text"]').innerText(), /\bMia\b/);
  assert.equal(await sidebar.locator('[data-parley="case-agentName"]').inputValue(), 'Mia');
});

test('the demo agent refuses: the ladder proposes the next step, "What would you do" first when not yet asked', async () => {
  await sendInWidget('The strap of my backpack came loose after a week. It should be covered by the warranty.');
  const proposal = sidebar.locator('[data-parley="ladder-proposal"]');
  await proposal.waitFor({ timeout: 15_000 });
  assert.equal(await proposal.getAttribute('data-step'), 'terms');
  // Unticking the first step brings "What would you do in my situation?" back as the proposal.
  await sidebar.locator('[data-parley="ladder-step"][data-step="ask"] input').uncheck();
  await poll(async () => (await proposal.getAttribute('data-template-id')) === 'whatWouldYouDo', { message: 'the ask proposal' });
});

test('a reference number given by the agent is offered and saved with one click', async () => {
  await sendInWidget('Could I please speak with a supervisor?');
  const offer = sidebar.locator('[data-parley="reference-offer"]', { hasText: 'CASE-20931' });
  await offer.waitFor({ timeout: 15_000 });
  await offer.locator('button').click();
  await sidebar.locator('[data-parley="case-reference"]', { hasText: 'CASE-20931' }).waitFor();
});

test('the focus-search shortcut focuses template search; the templates dialog closes with Esc', async () => {
  const reply = await sidebar.evaluate(() => chrome.runtime.sendMessage({ parley: 1, name: 'sidebar/context', payload: {} }));
  // What the background's shortcut handler sends (broadcastToPages): the message on its tab's channel.
  await env.inWorker((tabId) => {
    const channel = new BroadcastChannel(`parley:sidebar/focus-search@tab${tabId}`);
    channel.postMessage({ parley: 1, name: 'sidebar/focus-search', payload: { tabId } });
    setTimeout(() => channel.close(), 1000);
  }, reply.value.tabId);
  await poll(() => sidebar.evaluate(() => document.activeElement?.getAttribute('data-parley') === 'template-search'), { message: 'search focused' });
  await sidebar.locator('[data-parley="template-search"]').fill('supervisor');
  assert.equal(await sidebar.locator('[data-parley="templates"] [data-parley="template"]').count(), 1);
  await sidebar.locator('[data-parley="template-search"]').fill('');
  await sidebar.locator('[data-parley="user-templates-open"]').focus();
  await page.keyboard.press('Enter');
  await sidebar.locator('dialog[data-parley="user-templates"][open]').waitFor();
  await page.keyboard.press('Escape');
  await poll(async () => (await sidebar.locator('dialog[data-parley="user-templates"]').count()) === 0, { message: 'dialog closed' });
});

test('template language follows the chat (English here) and can be switched', async () => {
  assert.equal(await sidebar.locator('[data-parley="template-lang"]').inputValue(), 'en');
  await sidebar.locator('[data-parley="template-lang"]').selectOption('de');
  await poll(async () => (await template('whatWouldYouDo').locator('[data-parley="template-text"]').innerText()).includes('Was würden Sie an meiner Stelle tun?'), { message: 'German template' });
  await sidebar.locator('[data-parley="template-lang"]').selectOption('en');
});

test('your own templates: create one in the dialog and it is listed with the built-in ones', async () => {
  await sidebar.locator('[data-parley="user-templates-open"]').click();
  await sidebar.locator('[data-parley="user-template-new"]').click();
  await sidebar.locator('#ut-title').fill('Delivery photo');
  await sidebar.locator('#ut-body').fill('I attached a photo of {item} as it arrived.');
  await sidebar.locator('[data-parley="user-template-form"] button[type="submit"]').click();
  await sidebar.locator('[data-parley="user-template"]', { hasText: 'Delivery photo' }).waitFor();
  await page.keyboard.press('Escape');
  const card = sidebar.locator('[data-parley="templates"] [data-parley="template"]', { hasText: 'Delivery photo' });
  assert.equal(await card.locator('[data-parley="template-text"]').innerText(), 'I attached a photo of Trailhead 45 L backpack as it arrived.');
  // Synced as numbered items (templates.user.0 …) with their count in templates.user.items.
  const synced = await sidebar.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    return Array.from({ length: all['templates.user.items'] }, (_, i) => all[`templates.user.${i}`]).flat();
  });
  assert.deepEqual(synced.map((t) => t.title), ['Delivery photo']);
});

test('Export as JSON downloads this conversation with its case file', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), sidebar.locator('[data-parley="export-conversation"]').click()]);
  assert.match(download.suggestedFilename(), /^parley-127-0-0-1-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.format, 'parley-transcripts');
  const [conversation] = doc.conversations;
  assert.ok(conversation.messages.some((m) => m.author === 'agent' && m.text.includes('CASE-20931')));
  assert.equal(conversation.caseFile.outcomeWanted, 'a replacement strap');
  assert.equal(conversation.caseFile.references, 'CASE-20931');
});

test('axe-core finds no violations in the sidebar, light and dark', async () => {
  const source = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  await sidebar.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' }).catch(() => undefined);
  // The extension page's CSP refuses inline scripts; evaluating the source is not subject to it.
  if (!(await sidebar.evaluate(() => typeof window.axe === 'object'))) await sidebar.evaluate(source);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const violations = await sidebar.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(violations, [], colorScheme);
  }
});

test('the live draft’s tone findings; screenshots in light and dark mode; no overflow at 320 px', async () => {
  mkdirSync('artifacts', { recursive: true });
  // A fresh refusal, so the pictures show the ladder's proposal at the top.
  await sendInWidget('The strap is still loose.');
  await sidebar.locator('[data-parley="ladder-proposal"]').waitFor({ timeout: 15_000 });
  // A draft the tone check flags, left unsent: the sidebar mirrors its findings live.
  await composer().fill('You people are useless idiots!!!');
  await sidebar.locator('[data-parley="tone-finding"]').first().waitFor({ timeout: 10_000 });
  await sidebar.evaluate(() => {
    scrollTo(0, 0);
    document.querySelector('.panel').scrollTo(0, 0);
  });
  const frameElement = await sidebar.frameElement();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200);
    await frameElement.screenshot({ path: `artifacts/sidebar-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await sidebar.locator('[data-parley="case-file"]').evaluate((el) => el.scrollIntoView());
  await frameElement.screenshot({ path: 'artifacts/sidebar-case-file.png' });
  await page.setViewportSize({ width: 320, height: 700 });
  await page.waitForTimeout(300);
  const overflow = await sidebar.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(overflow, []);
  await frameElement.screenshot({ path: 'artifacts/sidebar-320.png' });
});

test('the sidebar moves to the right from its header, sits at the right edge, and stays there after a reload', async () => {
  await page.setViewportSize({ width: 1200, height: 900 });
  const host = page.locator('parley-sidebar[data-parley="sidebar"]');
  const edges = async () => {
    const box = await host.boundingBox();
    return box && { left: Math.round(box.x), right: Math.round(box.x + box.width) };
  };
  await poll(async () => (await edges())?.left === 0, { message: 'the sidebar at the left edge first' });
  await sidebar.locator('[data-parley="sidebar-side"]').click();
  await poll(async () => (await host.getAttribute('data-parley-side')) === 'right', { message: 'the host on the right' });
  await poll(async () => {
    const e = await edges();
    return e && e.right === 1200 && e.left >= 1200 - 640;
  }, { message: 'the host at the right edge' });
  assert.equal(await sidebar.locator('[data-parley="sidebar-toggle"]').innerText().then((s) => s.includes('⟩')), true, 'the collapse glyph points right');

  await page.reload();
  sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame after reload' });
  await sidebar.locator('[data-parley="sidebar-side"][data-side="right"]').waitFor({ timeout: 15_000 });
  await poll(async () => {
    const e = await edges();
    return e && e.right === 1200 && e.left > 0;
  }, { message: 'the host still at the right edge after the reload' });
  await sidebar.locator('[data-parley="sidebar-side"]').click();
  await poll(async () => (await edges())?.left === 0, { message: 'back at the left edge' });
});
