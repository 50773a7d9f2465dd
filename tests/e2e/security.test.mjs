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
