// Shared e2e plumbing: Chromium with the built extension, the demo and fixture pages served from
// two loopback origins (127.0.0.1 and localhost, so iframes are cross-origin), and small helpers.
import { resolve } from 'node:path';
import { startDemo, serveStatic } from '../../demo/server.mjs';
import { launchWithParley } from '../../scripts/lib/chromium.mjs';

export async function setup() {
  const demo = await startDemo();
  const fixturesRoot = resolve('tests/fixtures');
  let other = '';
  const second = await serveStatic(fixturesRoot, { host: 'localhost' });
  other = second.url;
  const first = await serveStatic(fixturesRoot, { vars: () => ({ OTHER_ORIGIN: other }) });
  const { context, worker, extensionId } = await launchWithParley();
  const errors = [];
  return {
    context,
    worker,
    extensionId,
    demo,
    fixtures: first.url,
    fixturesOther: second.url,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      return page;
    },
    /** The current service worker (it may have been restarted since launch). */
    async currentWorker() {
      const [w] = context.serviceWorkers();
      return w ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    },
    async close() {
      await context.close();
      await demo.close();
      await Promise.all([first.server, second.server].map((s) => new Promise((ok) => s.close(ok))));
    },
  };
}

/** Retries `fn` until it returns a truthy value (returned) or the time is up (throws the last reason). */
export async function poll(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${message}${last ? `: ${last.message}` : ''}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/** Reads every stored conversation and message from Parley's IndexedDB, inside the extension. */
export async function readStore(env) {
  const worker = await env.currentWorker();
  return worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('parley');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('conversations')) return ok({ conversations: [], messages: [] });
          const tx = db.transaction(['conversations', 'messages']);
          const out = {};
          tx.objectStore('conversations').getAll().onsuccess = (e) => (out.conversations = e.target.result);
          tx.objectStore('messages').getAll().onsuccess = (e) => (out.messages = e.target.result);
          tx.oncomplete = () => {
            db.close();
            ok(out);
          };
        };
      }),
  );
}

/** The sidebar host's widget id in the page, or null. */
export function sidebarWidget(page) {
  return page.evaluate(() => document.querySelector('parley-sidebar[data-parley="sidebar"]')?.getAttribute('data-parley-widget') ?? null);
}
