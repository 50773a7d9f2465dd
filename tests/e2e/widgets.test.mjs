// Every widget fixture in real Chromium: the vendor's frame (cross-origin when the vendor uses its
// own iframe) is found by its adapter, the top frame shows the sidebar with that adapter's id,
// the stored transcript has the right authors in the right order, and a reload adds nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { poll, readStore, setup, sidebarWidget } from './harness.mjs';

const ROOT = 'tests/fixtures/widgets';
const vendors = readdirSync(ROOT).filter((d) => existsSync(`${ROOT}/${d}/expected.json`)).sort();
const norm = (s) => s.replace(/\s+/g, ' ').trim();

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function transcriptFor(widget) {
  const store = await readStore(env);
  const conversation = store.conversations.find((c) => c.widget === widget && c.site === new URL(env.fixtures).origin);
  if (!conversation) return null;
  const messages = store.messages.filter((m) => m.conversationId === conversation.id).sort((a, b) => a.seq - b.seq);
  return { conversation, messages };
}

for (const vendor of vendors) {
  const expected = JSON.parse(readFileSync(`${ROOT}/${vendor}/expected.json`, 'utf8'));
  test(`${vendor}: detected, captured in order, no duplicates after a reload`, async () => {
    const page = await env.newPage();
    await page.goto(`${env.fixtures}/widgets/${vendor}/index.html`);
    const widget = await poll(() => sidebarWidget(page), { message: `the sidebar on the ${vendor} fixture` });
    assert.equal(widget, expected.adapter);
    const want = expected.messages.map((m) => `${m.author}: ${norm(m.text)}`);
    const got = await poll(async () => {
      const t = await transcriptFor(expected.adapter);
      return t && t.messages.length >= want.length && t;
    }, { message: `the ${vendor} transcript` });
    assert.deepEqual(got.messages.map((m) => `${m.author}: ${norm(m.text)}`), want);
    await page.reload();
    await poll(() => sidebarWidget(page), { message: 'the sidebar after reload' });
    await page.waitForTimeout(600);
    const again = await transcriptFor(expected.adapter);
    assert.equal(again.conversation.id, got.conversation.id);
    assert.equal(again.messages.length, want.length);
    await page.close();
  });
}
