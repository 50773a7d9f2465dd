// Faults a user never sees: the service worker stopped mid-chat, a damaged stored record, the extension reloaded while a
// chat page is open, and no network request from Parley during a whole session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll, readStore, setup, sidebarWidget, withTimeout } from './harness.mjs';

let env;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push(r.url()));
});
after(async () => {
  await env?.close();
});

async function stopServiceWorker() {
  // The ServiceWorker domain of a page in the extension's origin reaches the extension's worker.
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/src/options/index.html`);
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  await poll(async () => env.context.serviceWorkers().length === 0, { timeout: 5_000, message: 'the worker to stop' }).catch(() => undefined);
}

async function send(frame, text) {
  await frame.locator('textarea').fill(text);
  await frame.locator('textarea').press('Enter');
}

test('a message sent while the service worker is stopped is stored once the worker wakes', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  const frame = page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl));
  await send(frame, 'First message before the worker stops');
  await poll(async () => (await readStore(env)).messages.some((m) => m.text === 'First message before the worker stops'), { message: 'the first message' });

  await stopServiceWorker();
  await send(frame, 'Second message while the worker was stopped');
  const store = await poll(async () => {
    const s = await readStore(env);
    return s.messages.some((m) => m.text === 'Second message while the worker was stopped') && s;
  }, { message: 'the second message after the worker restarted', timeout: 15_000 });
  const texts = store.messages.map((m) => m.text);
  assert.equal(texts.filter((t) => t === 'Second message while the worker was stopped').length, 1);
  assert.equal(texts.filter((t) => t === 'First message before the worker stops').length, 1);
  await page.close();
});

test('a damaged stored conversation is skipped with a notice; the rest of the list stays', async () => {
  const popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
  const site = new URL(env.demo.shopUrl).host;
  await poll(async () => (await popup.locator('body').innerText()).includes(site), { message: 'the saved conversation in the list' });
  // Written straight into the extension's database, as a bad disk or an old bug might leave it.
  await popup.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('parley');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('conversations', 'readwrite');
          tx.objectStore('conversations').put({ id: 'damaged-1', lastActivityAt: Date.now(), site: 42, messageCount: 'many', widget: null });
          tx.oncomplete = () => {
            req.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await popup.reload();
  const notice = popup.locator('.notice[role="status"]');
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.innerText(), /Damaged records skipped: 1/);
  assert.ok((await popup.locator('body').innerText()).includes(site), 'the intact conversation is still listed');
  assert.deepEqual(env.errors, []);
  await popup.close();
});


test('the storage quota is reached: the user is told, nothing saved is lost, and the refused batch lands once space is back', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/frames/inline.html?quota=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  await page.evaluate(() => window.chat.add('agent', 'Saved before the disk filled up'));
  await poll(async () => (await readStore(env)).messages.some((m) => m.text === 'Saved before the disk filled up'), { message: 'the first message' });
  const before = await readStore(env);

  // Chromium ignores DevTools quota overrides for extension origins, so the worker's IndexedDB
  // is made to fail the way a full quota does: the write's transaction aborts and the error is a
  // QuotaExceededError.
  await env.inWorker(() => {
    const put = IDBObjectStore.prototype.put;
    globalThis.__parleyRealPut = put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'messages') {
        this.transaction.abort();
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const origin = `chrome-extension://${env.extensionId}`;
  const popup = await env.newPage();
  try {
    const big = `Here is the whole log:${' line 1234 of the export, nothing to see here.'.repeat(4_000)}`;
    await page.evaluate((text) => window.chat.add('agent', text), big);
    await popup.goto(`${origin}/src/popup/index.html`);
    await popup.locator('[data-parley="quota-notice"]').waitFor({ timeout: 15_000 });
    const during = await readStore(env);
    assert.deepEqual(during.messages.map((m) => m.hash), before.messages.map((m) => m.hash), 'every saved message intact, nothing half-written');
    assert.ok((await popup.locator('body').innerText()).includes(new URL(env.fixtures).host), 'the saved conversation is still listed');

    await env.inWorker(() => {
      IDBObjectStore.prototype.put = globalThis.__parleyRealPut;
    });
    const after = await poll(async () => {
      const s = await readStore(env);
      return s.messages.some((m) => m.text === big) && s;
    }, { message: 'the refused message stored once space was back', timeout: 45_000 });
    assert.equal(after.messages.filter((m) => m.text === big).length, 1);
    await popup.reload();
    await poll(async () => (await popup.locator('[data-parley="quota-notice"]').count()) === 0, { message: 'the notice cleared' });
  } finally {
    await env.inWorker(() => {
      if (globalThis.__parleyRealPut) IDBObjectStore.prototype.put = globalThis.__parleyRealPut;
    }).catch(() => undefined);
    await popup.close();
    await page.close();
  }
  assert.deepEqual(env.errors, []);
});

test('the extension is reloaded while a chat page is open: the old content script stops without errors', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/frames/inline.html?reload=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  const worker = await env.currentWorker();
  // From an extension page: a page is never stopped for idleness, so the reload always happens.
  const reloader = await env.context.newPage();
  await reloader.goto(`chrome-extension://${env.extensionId}/src/options/index.html`);
  await withTimeout(reloader.evaluate(() => chrome.runtime.reload()), 5_000, 'the reload').catch(() => undefined);
  await reloader.close().catch(() => undefined);
  await poll(async () => {
    const [w] = env.context.serviceWorkers();
    return w && w !== worker;
  }, { message: 'the reloaded worker', timeout: 15_000 }).catch(() => undefined);
  // The widget keeps working; the orphaned script notices and stops quietly.
  await page.locator('textarea').fill('Typed after the extension was reloaded');
  await page.locator('textarea').press('Enter');
  await page.waitForTimeout(1_500);
  assert.equal(await page.locator('.chat-message--visitor').filter({ hasText: 'Typed after the extension was reloaded' }).count(), 1, 'the widget still sends');
  assert.deepEqual(env.errors, []);
  await page.close();
});

test('Parley made no network request: only the local test pages and its own files were loaded', () => {
  assert.ok(requests.length > 0, 'requests were observed');
  assert.deepEqual(env.foreignRequests(), []);
});
