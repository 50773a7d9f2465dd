// Shared e2e plumbing: Chromium with the built extension, the demo and fixture pages served from
// two loopback origins (127.0.0.1 and localhost, so iframes are cross-origin), and small helpers.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemo, serveStatic } from '../../demo/server.mjs';
import { launchWithParley } from '../../scripts/lib/chromium.mjs';

function frameHostOf(fixturesRoot, dir) {
  const file = join(fixturesRoot, 'widgets', dir, 'expected.json');
  const host = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).frameHost : undefined;
  return typeof host === 'string' && /^[a-z0-9.-]+$/.test(host) ? host : 'localhost';
}

export async function setup() {
  const demo = await startDemo();
  const fixturesRoot = resolve('tests/fixtures');
  let other = '';
  const second = await serveStatic(fixturesRoot);
  other = second.url;
  const otherPort = new URL(other).port;
  // Widget fixtures embed their vendor frame as `frame.html`; served from the other origin, the
  // frame is cross-origin exactly as on real sites.
  // A fixture's expected.json may name the vendor's frame host (`frameHost`); Chromium resolves
  // every host name to loopback here, so the frame keeps the vendor's real host name.
  const crossOriginFrames = (path, html) => {
    const dir = /^\/widgets\/([^/]+)\//.exec(path)?.[1];
    if (!dir) return html;
    const host = frameHostOf(fixturesRoot, dir);
    return html.replace(/src="frame\.html/g, `src="http://${host}:${otherPort}/widgets/${dir}/frame.html`);
  };
  const first = await serveStatic(fixturesRoot, { vars: () => ({ OTHER_ORIGIN: other }), rewrite: crossOriginFrames });
  // Every host name resolves to loopback: fixtures can use vendors' real frame hosts, and nothing
  // the browser does can reach the network.
  const { context, worker, extensionId } = await launchWithParley({ args: ['--host-resolver-rules=MAP * 127.0.0.1'] });
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
