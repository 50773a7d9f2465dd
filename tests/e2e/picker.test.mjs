// "This is my support chat": on a chat nothing recognises, the user picks the area; Parley binds
// it with the generic reader, stores the conversation, and remembers the choice for the site.
// From the popup the picker runs in every frame, so a chat inside a cross-origin iframe can be
// picked; the choice belongs to the site it was made on and can be forgotten from the sidebar.
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

/**
 * What the context menu does in the top frame, from the service worker: wake the frame's content
 * script (asleep on a page without a recognised chat), then start its picker. A worker the
 * browser has just stopped for idleness never answers an evaluate, so each try is bounded and
 * the newest worker is used.
 */
async function startPickerInActiveTab() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const workers = env.context.serviceWorkers();
    const worker = workers[workers.length - 1] ?? (await env.currentWorker());
    const sent = worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => globalThis[Symbol.for('parley.wake')]?.() });
      void chrome.tabs.sendMessage(tab.id, { parley: 1, name: 'picker/start', payload: {} }, { frameId: 0 });
      return true;
    });
    const answered = await Promise.race([sent.catch(() => false), new Promise((ok) => setTimeout(() => ok(false), 5_000))]);
    if (answered) return;
  }
  throw new Error('The service worker did not answer');
}

test('the user picks an unrecognised chat; Parley reads it and remembers it after a reload', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/unrecognised-chat.html`);
  await page.waitForTimeout(700);
  assert.equal(await page.locator('parley-sidebar').count(), 0, 'not recognised on its own');

  await page.bringToFront();
  await startPickerInActiveTab();
  await poll(() => page.locator('parley-picker').count(), { message: 'the picker overlay' });
  await page.locator('.thread .line--them').click();
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar' }), 'picked');
  assert.equal(await page.locator('parley-picker').count(), 0, 'the picker is gone');

  const texts = await poll(async () => {
    const s = await readStore(env);
    const mine = s.messages.filter((m) => m.text.includes('renewed without notice') || m.text.includes('Acme here'));
    return mine.length === 2 && mine.sort((a, b) => a.seq - b.seq).map((m) => `${m.author}: ${m.text}`);
  }, { message: 'the picked chat in IndexedDB' });
  assert.deepEqual(texts, ['agent: Acme here, what can we do for you?', 'customer: My subscription renewed without notice.']);

  await page.reload();
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar after reload' }), 'picked');
  await page.close();
});

/** What the popup's "This is my support chat…" button sends, from an extension page. */
async function pickFromPopup(page) {
  // The extension page must exist before the chat page is brought to the front: opening it
  // later would make it the active tab.
  await env.inExtension(() => true);
  await page.bringToFront();
  const reply = await env.inExtension(() => chrome.runtime.sendMessage({ parley: 1, name: 'picker/start-active', payload: {} }));
  assert.deepEqual(reply, { ok: true, value: { started: true } });
}

/** Parley's remembered picks, as stored. */
function storedPicks() {
  return env.inExtension(async () => Object.fromEntries(Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith('picked:'))));
}

test('from the popup, a chat inside a cross-origin iframe is picked; the pick belongs to the site it was made on', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/unrecognised-chat-in-frame.html`);
  const frame = page.frameLocator('#help');
  await frame.locator('.thread').waitFor();
  await page.waitForTimeout(700);
  assert.equal(await page.locator('parley-sidebar').count(), 0, 'not recognised on its own');

  await pickFromPopup(page);
  // The picker runs in the top page and inside the frame.
  await poll(async () => (await page.locator('parley-picker').count()) === 1 && (await frame.locator('parley-picker').count()) === 1, { message: 'the picker in both frames' });
  await frame.locator('.thread .line--them').click();
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar' }), 'picked');
  // The first click wins: the top page's picker stops too.
  await poll(async () => (await page.locator('parley-picker').count()) === 0 && (await frame.locator('parley-picker').count()) === 0, { message: 'every picker to stop' });

  const texts = await poll(async () => {
    const s = await readStore(env);
    const mine = s.messages.filter((m) => m.text.includes('renewed without notice') || m.text.includes('Acme here'));
    return mine.length >= 2 && mine.sort((a, b) => a.seq - b.seq).map((m) => `${m.author}: ${m.text}`);
  }, { message: 'the picked chat in IndexedDB' });
  assert.deepEqual(texts.slice(-2), ['agent: Acme here, what can we do for you?', 'customer: My subscription renewed without notice.']);

  // Keyed by the frame's origin and the site it was picked on.
  const site = new URL(env.fixtures).origin;
  const vendor = new URL(env.fixturesOther).origin;
  const picks = await storedPicks();
  assert.deepEqual(Object.keys(picks[`picked:${vendor}`]?.sites ?? {}), [site]);

  await page.reload();
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar after reload' }), 'picked');

  // The same chat document on another site (here, its own origin as the top page) is not picked.
  const elsewhere = await env.newPage();
  await elsewhere.goto(`${env.fixturesOther}/pages/unrecognised-chat.html`);
  await elsewhere.waitForTimeout(1_000);
  assert.equal(await elsewhere.locator('parley-sidebar').count(), 0, 'the pick does not follow the vendor frame to another site');
  await elsewhere.close();
  await page.close();
});

test('"Forget this chat choice" in the sidebar undoes a pick, now and after a reload', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/unrecognised-chat-in-frame.html`);
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar of the remembered pick' }), 'picked');
  const sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame' });
  const forget = sidebar.locator('[data-parley="forget-pick"]');
  await forget.waitFor();
  assert.equal(await forget.textContent(), 'Forget this chat choice');
  await forget.click();

  await poll(async () => (await page.locator('parley-sidebar').count()) === 0, { message: 'the sidebar to go away' });
  const vendor = new URL(env.fixturesOther).origin;
  assert.equal((await storedPicks())[`picked:${vendor}`], undefined, 'the pick is no longer stored');
  await page.reload();
  await page.frameLocator('#help').locator('.thread').waitFor();
  await page.waitForTimeout(1_000);
  assert.equal(await page.locator('parley-sidebar').count(), 0, 'not picked after a reload');
  await page.close();
});

test('Esc cancels the picker and changes nothing', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/plain.html`);
  await page.bringToFront();
  await startPickerInActiveTab();
  await poll(() => page.locator('parley-picker').count(), { message: 'the picker overlay' });
  await page.keyboard.press('Escape');
  await poll(async () => (await page.locator('parley-picker').count()) === 0, { message: 'the picker to close' });
  assert.equal(await page.locator('parley-sidebar').count(), 0);
  await page.close();
});
