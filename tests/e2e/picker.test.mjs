// "This is my support chat": on a chat nothing recognises, the user picks the area; Parley binds
// it with the generic reader, stores the conversation, and remembers the choice for the site.
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
 * What the popup's button does, from the service worker. A worker the browser has just stopped
 * for idleness never answers an evaluate, so each try is bounded and the newest worker is used.
 */
async function startPickerInActiveTab() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const workers = env.context.serviceWorkers();
    const worker = workers[workers.length - 1] ?? (await env.currentWorker());
    const sent = worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
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
