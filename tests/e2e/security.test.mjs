// What a web page can and cannot do to Parley (docs/security.md): it cannot read Parley's data or
// the sidebar, cannot drive Parley with postMessage or DOM events, and its text never runs as code
// in Parley's pages.
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

test('the page cannot reach the extension API, Parley\'s IndexedDB or the sidebar\'s document', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  const seen = await page.evaluate(async () => {
    const host = document.querySelector('parley-sidebar');
    const iframes = [...document.querySelectorAll('iframe')].map((f) => {
      try {
        return f.contentDocument ? 'readable' : 'null';
      } catch {
        return 'blocked';
      }
    });
    return {
      storage: typeof globalThis.chrome?.storage,
      runtimeId: globalThis.chrome?.runtime?.id ?? null,
      shadow: host.shadowRoot,
      databases: (await indexedDB.databases()).map((d) => d.name),
      iframes,
      hostText: host.textContent,
    };
  });
  assert.equal(seen.storage, 'undefined');
  assert.equal(seen.runtimeId, null);
  assert.equal(seen.shadow, null, 'closed shadow root');
  assert.ok(!seen.databases.includes('parley'));
  assert.equal(seen.hostText, '', 'nothing of the sidebar is in the page DOM');
  // The sidebar's iframe is not even in the page's DOM tree; the widget's is cross-origin.
  assert.deepEqual(seen.iframes, ['null']);
  await page.close();
});

test('postMessage and DOM events from the page do not drive Parley', async () => {
  const before = (await readStore(env)).messages.length;
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/plain.html`);
  await page.evaluate(() => {
    const forged = [
      { parley: 1, name: 'sidebar/mount', payload: { widget: 'intercom' } },
      { parley: 1, name: 'picker/start', payload: {} },
      { parley: 1, name: 'transcript/append', payload: { widget: 'x', frameUrl: location.href, title: 'x', snapshot: true, messages: [{ key: 'k', author: 'agent', text: 'forged', seenAt: 1 }] } },
    ];
    for (const m of forged) {
      window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent('parley', { detail: m }));
      window.dispatchEvent(new MessageEvent('message', { data: m }));
    }
  });
  await page.waitForTimeout(800);
  assert.equal(await page.locator('parley-sidebar').count(), 0);
  assert.equal(await page.locator('parley-picker').count(), 0);
  const store = await readStore(env);
  assert.equal(store.messages.length, before);
  assert.ok(!store.messages.some((m) => m.text === 'forged'));
  await page.close();
});

test('the page cannot join Parley\'s broadcast channels: only the extension\'s own contexts reach the sidebar', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  const sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame' });
  await sidebar.locator('[data-parley="template-search"]').waitFor();
  const searchFocused = () => sidebar.evaluate(() => document.activeElement?.getAttribute('data-parley') === 'template-search');
  const { value: { tabId } } = await sidebar.evaluate(() => chrome.runtime.sendMessage({ parley: 1, name: 'sidebar/context', payload: {} }));
  // The page posts the focus-search broadcast on the right channel name (and its neighbours):
  // BroadcastChannel is per origin, so the extension's pages never hear the page's.
  await page.evaluate((id) => {
    for (const name of ['parley:sidebar/focus-search', `parley:sidebar/focus-search@tab${id}`]) {
      const channel = new BroadcastChannel(name);
      channel.postMessage({ parley: 1, name: 'sidebar/focus-search', payload: { tabId: id } });
    }
  }, tabId);
  await page.waitForTimeout(800);
  assert.equal(await searchFocused(), false, 'a broadcast posted by the page reaches no extension page');
  // The same message from the extension's own service worker does focus the search.
  await env.inWorker((id) => {
    const channel = new BroadcastChannel(`parley:sidebar/focus-search@tab${id}`);
    channel.postMessage({ parley: 1, name: 'sidebar/focus-search', payload: { tabId: id } });
    setTimeout(() => channel.close(), 1000);
  }, tabId);
  await poll(searchFocused, { message: 'the search focused by the background\'s broadcast' });
  await page.close();
});

test('the page cannot load Parley\'s pages: not the sidebar by its static URL, nor the popup or options', async () => {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/pages/plain.html`);
  const base = `chrome-extension://${env.extensionId}`;
  const urls = [`${base}/src/sidebar/index.html`, `${base}/src/popup/index.html`, `${base}/src/options/index.html`];
  await page.evaluate((list) => {
    for (const url of list) {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }
  }, urls);
  await poll(() => page.frames().length === 4, { message: 'the three frames' });
  await page.waitForTimeout(1_000);
  const children = page.frames().filter((f) => f !== page.mainFrame());
  for (const frame of children) {
    // The browser blocks each one (use_dynamic_url for the sidebar; the others are not web-accessible).
    assert.equal(frame.url(), 'chrome-error://chromewebdata/', `a child frame loaded ${frame.url()}`);
    assert.equal(await frame.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id)), false);
  }
  await page.close();
});

test('messages posted into the page and its frames change nothing; the sidebar\'s window is out of the page\'s reach', async () => {
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  const before = await readStore(env);
  const frames = await page.evaluate(() => {
    const forged = [
      { parley: 1, name: 'composer/insert', payload: { text: 'forged insert', mode: 'replace' } },
      { parley: 1, name: 'sidebar/unmount', payload: {} },
      { parley: 1, name: 'transcript/append', payload: { widget: 'x', frameUrl: location.href, title: 'x', snapshot: true, messages: [{ key: 'k', author: 'agent', text: 'forged', seenAt: 1 }] } },
      { type: 'parley:insert', text: 'forged insert' },
    ];
    // window.frames lists the frames of the page's own tree; posted messages reach each of them.
    for (let i = 0; i < window.frames.length; i++) for (const m of forged) window.frames[i].postMessage(m, '*');
    window.postMessage(forged[0], '*');
    return window.frames.length;
  });
  // The sidebar's iframe lives in a closed shadow tree: the page cannot even get its window.
  assert.equal(frames, 1, 'only the widget frame is reachable from the page');
  await page.waitForTimeout(1_000);
  assert.equal(await sidebarWidget(page), 'generic', 'the sidebar is still there');
  const widget = page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl));
  assert.equal(await widget.locator('textarea').inputValue(), '', 'nothing was inserted into the composer');
  const after = await readStore(env);
  assert.equal(after.messages.length, before.messages.length);
  assert.ok(!after.messages.some((m) => m.text === 'forged'));
  await page.close();
});
