// The foundation end to end, in real Chromium with the built extension: the worker starts, the
// content script runs in cross-origin and about:blank frames, the sidebar appears only where a
// chat is, and what the user sends is stored in the extension's IndexedDB (not the page's) and
// listed by the popup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll, readStore, setup, sidebarWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('the service worker starts and the extension has an id', async () => {
  assert.match(env.extensionId, /^[a-p]{32}$/);
  assert.match(env.worker.url(), /^chrome-extension:\/\/[a-p]{32}\//);
});

test('no sidebar on a page without a support chat', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/plain.html`);
  await page.locator('textarea').focus();
  await page.waitForTimeout(800);
  assert.equal(await page.locator('parley-sidebar').count(), 0);
  await page.close();
});

test('the content script binds the chat in a cross-origin iframe and the top frame mounts the sidebar', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  const widget = await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  assert.equal(widget, 'generic');
  const frame = page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl));
  assert.ok(frame, 'the widget frame is cross-origin');
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin);
  // The host's shadow root is closed: the page cannot look inside.
  assert.equal(await page.evaluate(() => document.querySelector('parley-sidebar').shadowRoot), null);
  await page.close();
});

test('the content script runs in an about:blank iframe written by the page', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/about-blank-chat.html`);
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar host' }), 'generic');
  const store = await poll(async () => {
    const s = await readStore(env);
    return s.messages.some((m) => m.text === 'My parcel never arrived.') && s;
  }, { message: 'the about:blank chat in IndexedDB' });
  const agent = store.messages.find((m) => m.text === 'Hello! How can I help?');
  assert.equal(agent?.author, 'agent');
  await page.close();
});

test('a message sent in the demo widget is stored in the extension and listed by the popup, not readable by the page', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  const frame = page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl));
  await frame.locator('textarea').fill('Hello, my order NW-48213 arrived with a loose strap.');
  await frame.locator('textarea').press('Enter');
  const store = await poll(async () => {
    const s = await readStore(env);
    const mine = s.messages.find((m) => m.text === 'Hello, my order NW-48213 arrived with a loose strap.');
    const reply = mine && s.messages.find((m) => m.author === 'agent' && m.conversationId === mine.conversationId && m.seq > mine.seq);
    return mine && reply && { s, mine };
  }, { message: 'the sent message and the reply in IndexedDB' });
  assert.equal(store.mine.author, 'customer');
  const conversation = store.s.conversations.find((c) => c.id === store.mine.conversationId);
  assert.equal(conversation.site, new URL(env.demo.shopUrl).origin);
  assert.ok(conversation.messageCount >= 3);

  const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.ok(!pageDatabases.includes('parley'), 'the page has no Parley database');

  const popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  const row = popup.locator(`[data-parley="conversation"][data-conversation-id="${conversation.id}"]`);
  await row.waitFor();
  assert.equal(await row.locator('[data-parley="conversation-site"]').textContent(), new URL(env.demo.shopUrl).host);
  assert.match(await row.locator('[data-parley="conversation-count"]').textContent(), new RegExp(`\\b${conversation.messageCount}\\b`));
  await popup.close();
  await page.close();
});

test('the sidebar collapses and remembers it across reloads', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  const hostWidth = () => page.evaluate(() => document.querySelector('parley-sidebar').getBoundingClientRect().width);
  const sidebarFrame = () => page.frames().find((f) => f.url().includes('/src/sidebar/index.html'));
  await poll(() => sidebarFrame(), { message: 'the sidebar page' });
  assert.equal(await hostWidth(), 360);
  await sidebarFrame().locator('[data-parley="sidebar-toggle"]').click();
  await poll(async () => (await hostWidth()) === 44, { message: 'the collapsed width' });
  await page.reload();
  await poll(() => sidebarWidget(page), { message: 'the sidebar host after reload' });
  await poll(async () => (await hostWidth()) === 44, { message: 'the collapsed width after reload' });
  await poll(() => sidebarFrame(), { message: 'the sidebar page' });
  await sidebarFrame().locator('[data-parley="sidebar-toggle"][aria-expanded="false"]').click();
  await poll(async () => (await hostWidth()) === 360, { message: 'the open width' });
  await page.close();
});

test('the sidebar is resized by dragging its edge, and keeps its width after a reload', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  const hostWidth = () => page.evaluate(() => document.querySelector('parley-sidebar').getBoundingClientRect().width);
  await poll(async () => (await hostWidth()) === 360, { message: 'the default width' });
  await page.mouse.move(360, 400);
  await page.mouse.down();
  await page.mouse.move(420, 400, { steps: 4 });
  await page.mouse.move(480, 400, { steps: 4 });
  await page.mouse.up();
  await poll(async () => (await hostWidth()) === 480, { message: 'the dragged width' });
  await page.reload();
  await poll(() => sidebarWidget(page), { message: 'the sidebar after reload' });
  await poll(async () => (await hostWidth()) === 480, { message: 'the remembered width' });
  await page.setViewportSize({ width: 360, height: 700 });
  await poll(async () => (await hostWidth()) === 360, { message: 'full width on a narrow window' });
  await page.close();
});

test('no errors were thrown into the pages', () => {
  assert.deepEqual(env.errors, []);
});
