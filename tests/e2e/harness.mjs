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
  // Every request the browser makes during the suite, pages and extension alike (service worker
  // included): close() fails the suite if any left the local test servers.
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const ourPorts = [demo.shopUrl, demo.widgetUrl, first.url, second.url].map((u) => new URL(u).port);
  // Errors Parley logs anywhere, in every page of the browser (its content script, the sidebar
  // frame, the popup and options pages): console errors whose source is the extension's own code.
  const parleyErrors = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(`chrome-extension://${extensionId}/`)) {
      parleyErrors.push(`${message.location().url}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => {
    if (String(error.error()?.stack ?? '').includes(`chrome-extension://${extensionId}/`)) parleyErrors.push(String(error.error()));
  });
  let extensionPage = null;
  const env = {
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
    /**
     * Runs `fn` in an extension page (the options page, opened once in its own tab and reopened
     * when an extension reload closed it). Unlike the service worker, a page is never stopped for
     * idleness, so reading Parley's storage this way cannot stall (Playwright waits forever on an
     * evaluate in a worker Chromium has stopped and nothing wakes).
     */
    async inExtension(fn, arg) {
      for (let attempt = 0; ; attempt++) {
        try {
          if (!extensionPage || extensionPage.isClosed()) {
            extensionPage = await context.newPage();
            await extensionPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
          }
          return await withTimeout(extensionPage.evaluate(fn, arg), 10_000, 'an evaluation in an extension page');
        } catch (error) {
          await extensionPage?.close().catch(() => undefined);
          extensionPage = null;
          if (attempt >= 2) throw error;
        }
      }
    },
    /**
     * Runs `fn` in the service worker, for what only the worker can do. Each try is bounded; a
     * worker that does not answer is woken by a runtime message from an extension page.
     */
    async inWorker(fn, arg) {
      let last;
      for (let attempt = 0; attempt < 4; attempt++) {
        const workers = context.serviceWorkers();
        const w = workers[workers.length - 1] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
        try {
          return await withTimeout(w.evaluate(fn, arg), 5_000, 'an evaluation in the service worker');
        } catch (error) {
          last = error;
          await env.inExtension(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined)).catch(() => undefined);
        }
      }
      throw last;
    },
    /** Requests that went anywhere but the local test servers and Parley's own files. */
    foreignRequests() {
      return requests.filter((u) => {
        // Parley's own files, inline data, and exported files the tests open from disk.
        if (/^(chrome-extension|data|blob|about|file):/.test(u)) return false;
        try {
          const url = new URL(u);
          return !(/^https?:$/.test(url.protocol) && ourPorts.includes(url.port));
        } catch {
          return true;
        }
      });
    },
    /** Console errors and uncaught exceptions from Parley's own code so far. */
    parleyErrors,
    async close() {
      const foreign = env.foreignRequests();
      const logged = [...parleyErrors];
      await context.close();
      await demo.close();
      await Promise.all([first.server, second.server].map((s) => new Promise((ok) => s.close(ok))));
      if (requests.length === 0) throw new Error('No request was observed: the network watch is not working');
      if (foreign.length > 0) throw new Error(`Requests left the machine's test servers: ${[...new Set(foreign)].join(', ')}`);
      if (logged.length > 0) throw new Error(`Parley logged errors: ${logged.join(' | ')}`);
    },
  };
  // Opened first, so that every page a test opens later is the active tab.
  await env.inExtension(() => true);
  return env;
}

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Retries `fn` until it returns a truthy value (returned) or the time is up (throws the last reason). */
export async function poll(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      // Bounded, so a call that never settles fails the test instead of stalling the suite.
      const value = await withTimeout(Promise.resolve().then(fn), Math.max(end - Date.now(), 0) + 5_000, message);
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
  return env.inExtension(async () => {
    // Opening a database that does not exist yet would create an empty one at version 1.
    if (!(await indexedDB.databases()).some((d) => d.name === 'parley')) return { conversations: [], messages: [] };
    return new Promise((ok, fail) => {
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
    });
  });
}

/** The sidebar host's widget id in the page, or null. */
export function sidebarWidget(page) {
  return page.evaluate(() => document.querySelector('parley-sidebar[data-parley="sidebar"]')?.getAttribute('data-parley-widget') ?? null);
}
