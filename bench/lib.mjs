// Small helpers shared by the benchmarks: percentiles and the JSON-line output that
// scripts/bench.mjs collects into one table.
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const median = (values) => percentile(values, 50);

/** One figure: {bench, name, value or p50/p95, unit, target?, ok?, peer?, ratio?, note?}. */
export function report(row) {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

export const round = (x, digits = 3) => Number(x.toFixed(digits));

/**
 * Reads Parley's IndexedDB from an extension page of `context` (the options page, opened once).
 * A page, unlike the service worker, is never stopped for idleness, so a read cannot stall.
 * `counts()` answers {conversations, messages}; `messages()` every stored message.
 */
export async function storeReader(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const read = (what) =>
    page.evaluate(
      async (what) => {
        if (!(await indexedDB.databases()).some((d) => d.name === 'parley')) return what === 'counts' ? { conversations: 0, messages: 0 } : [];
        return new Promise((ok, fail) => {
          const req = indexedDB.open('parley');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['conversations', 'messages']);
            const out = {};
            if (what === 'counts') {
              tx.objectStore('conversations').count().onsuccess = (e) => (out.conversations = e.target.result);
              tx.objectStore('messages').count().onsuccess = (e) => (out.messages = e.target.result);
            } else {
              tx.objectStore('messages').getAll().onsuccess = (e) => (out.all = e.target.result);
            }
            tx.oncomplete = () => {
              db.close();
              ok(what === 'counts' ? out : out.all);
            };
          };
        });
      },
      what,
    );
  return { page, counts: () => read('counts'), messages: () => read('messages') };
}

/** Waits until `fn()` is truthy (polling every `interval` ms); returns the value or throws after `timeout`. */
export async function waitFor(fn, { timeout = 60_000, interval = 25, what = 'a condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}
