// Transcripts end to end, in Chromium with the built extension: chat on the demo widget, then in
// the popup page: preview (markup stays text), search, export every format through its button
// (each download parsed and checked; the JSON's hash chain verified independently here),
// export-all as a zip, import refusing a tampered file and merging a good one, delete one and
// delete all, each with its confirmation step.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { poll, readStore, setup, sidebarWidget } from './harness.mjs';

const HOSTILE_MARK = '<img src=x onerror=';
const FIRST = 'Hello, my order NW-48213 has not arrived yet.';
const CARD = 'My card 4242 4242 4242 4242 was charged twice.';
const tmp = mkdtempSync(join(tmpdir(), 'parley-e2e-'));

let env;
let popup;
let conversationId;

/** The chain as format-v1.md defines it, recomputed without Parley's code. */
function verifyChainHere(conversation) {
  let prev = '';
  for (const [i, m] of conversation.messages.entries()) {
    prev = createHash('sha256').update(JSON.stringify([prev, m.author, Date.parse(m.at), m.text])).digest('hex');
    if (prev !== conversation.integrity.hashes[i]) return i;
  }
  return prev === (conversation.integrity.head || '') || conversation.messages.length === 0 ? -1 : conversation.messages.length;
}

async function download(hook) {
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-parley="${hook}"]`).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function send(frame, text) {
  await frame.locator('textarea').fill(text);
  await frame.locator('textarea').press('Enter');
}

before(async () => {
  env = await setup();
  const page = await env.newPage();
  await page.goto(`${env.demo.shopUrl}?chat=1`);
  await poll(() => sidebarWidget(page), { message: 'the sidebar host' });
  const frame = page.frames().find((f) => f.url().startsWith(env.demo.widgetUrl));
  await send(frame, FIRST);
  await poll(async () => (await readStore(env)).messages.some((m) => m.author === 'agent' && /order NW-48213/.test(m.text)), { message: 'the first reply' });
  await send(frame, CARD);
  await send(frame, 'markup check, please');
  const store = await poll(async () => {
    const s = await readStore(env);
    return s.messages.some((m) => m.author === 'agent' && m.text.includes(HOSTILE_MARK)) && s;
  }, { message: 'the agent message with markup in IndexedDB' });
  conversationId = store.messages.find((m) => m.text === FIRST).conversationId;
  // Nothing the agent sent ran in the sidebar either.
  const sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar page' });
  assert.equal(await sidebar.locator('img[src="x"]').count(), 0);
  assert.notEqual(await sidebar.evaluate(() => document.title), 'pwned');
  await page.close();
  popup = await env.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html`);
});

after(async () => {
  await env?.close();
});

test('card numbers are hidden before the transcript is stored', async () => {
  const { messages } = await readStore(env);
  assert.ok(!messages.some((m) => m.text.includes('4242 4242 4242 4242')));
  assert.ok(messages.some((m) => m.text.startsWith('My card [card') && m.text.includes('4242]')));
});

test('the preview shows the agent message with markup as text, and nothing runs', async () => {
  await popup.locator(`[data-parley="conversation"][data-conversation-id="${conversationId}"] button`).click();
  const texts = await poll(async () => {
    const all = await popup.locator('[data-parley="preview-text"]').allTextContents();
    return all.some((t) => t.includes(HOSTILE_MARK)) && all;
  }, { message: 'the preview' });
  assert.ok(texts.includes(FIRST));
  assert.ok(texts.some((t) => t.includes('</script><script>')));
  assert.equal(await popup.locator('[data-parley="preview"] img, [data-parley="preview"] script, [data-parley="preview"] b').count(), 0);
  assert.notEqual(await popup.title(), 'pwned');
});

test('every format exports the selected conversation through its button', async () => {
  const json = await download('export-json');
  assert.match(json.name, /^parley-127-0-0-1-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(readFileSync(json.path, 'utf8'));
  assert.equal(doc.format, 'parley-transcripts');
  assert.equal(doc.conversations.length, 1);
  const [c] = doc.conversations;
  assert.equal(c.id, conversationId);
  assert.equal(verifyChainHere(c), -1, 'the chain verifies');
  assert.ok(c.messages.some((m) => m.text === FIRST && m.author === 'customer'));
  writeFileSync(join(tmp, 'good.json'), readFileSync(json.path));

  for (const [hook, ext] of [['export-markdown', 'md'], ['export-text', 'txt'], ['export-csv', 'csv']]) {
    const file = await download(hook);
    assert.ok(file.name.endsWith(`.${ext}`), file.name);
    const body = readFileSync(file.path, 'utf8');
    assert.ok(body.includes('my order NW-48213'), `${ext} holds the customer's message`);
    assert.ok(body.includes('Trailhead 45 L'), `${ext} holds the agent's reply`);
  }

  const html = await download('export-html');
  const page = readFileSync(html.path, 'utf8');
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*(default-src 'none'|script-src 'none')/);
  assert.ok(!/<script/i.test(page), 'no script element');
  assert.ok(page.includes('&lt;img src=x onerror='), 'markup escaped');
  // Playwright keeps downloads under random names; the browser needs `.html` to render one.
  const htmlFile = join(tmp, html.name);
  writeFileSync(htmlFile, page);
  const view = await env.newPage();
  await view.goto(`file://${htmlFile}`);
  assert.equal(await view.locator('img, script').count(), 0);
  assert.notEqual(await view.title(), 'pwned');
  const shown = await view.locator('body').textContent();
  assert.ok(shown.includes(HOSTILE_MARK) && shown.includes('</script><script>'), 'the markup reads as text');
  await view.close();
});

test('with nothing selected, a format button exports every conversation; export all makes one zip', async () => {
  await popup.locator(`[data-parley="conversation"][data-conversation-id="${conversationId}"] button`).click();
  await popup.locator('[data-parley="preview"]').waitFor({ state: 'detached' });
  const stored = await readStore(env);
  const all = JSON.parse(readFileSync((await download('export-json')).path, 'utf8'));
  assert.equal(all.conversations.length, stored.conversations.length);

  await popup.locator('[data-parley="export-all-format"]').selectOption('json');
  const zip = await download('export-all');
  // Several conversations: parley-all-<export date>; a single one: parley-<site>-<start date>.
  assert.match(zip.name, stored.conversations.length > 1 ? /^parley-all-\d{4}-\d{2}-\d{2}\.zip$/ : /^parley-127-0-0-1-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(new Uint8Array(readFileSync(zip.path)));
  const names = Object.keys(entries);
  assert.equal(names.length, stored.conversations.length);
  for (const name of names) {
    const doc = JSON.parse(strFromU8(entries[name]));
    assert.equal(verifyChainHere(doc.conversations[0]), -1, `${name} verifies`);
  }
  writeFileSync(join(tmp, 'all.zip'), readFileSync(zip.path));
});

test('a tampered file is refused naming the altered message, and nothing changes', async () => {
  const doc = JSON.parse(readFileSync(join(tmp, 'good.json'), 'utf8'));
  doc.conversations[0].messages[1].text = 'We will refund you in full.';
  writeFileSync(join(tmp, 'tampered.json'), JSON.stringify(doc));
  const before = await readStore(env);
  await popup.locator('[data-parley="import"]').setInputFiles(join(tmp, 'tampered.json'));
  const refusal = await popup.locator('[data-parley="import-refused"]').textContent();
  assert.match(refusal, /Nothing was imported/);
  assert.match(refusal, /Message 2 \(.+\) of the conversation on 127\.0\.0\.1(:\d+)? was altered/);
  assert.deepEqual(await readStore(env), before);

  writeFileSync(join(tmp, 'truncated.json'), readFileSync(join(tmp, 'good.json'), 'utf8').slice(0, 200));
  await popup.locator('[data-parley="import"]').setInputFiles(join(tmp, 'truncated.json'));
  await poll(async () => /damaged or cut off/.test(await popup.locator('[data-parley="import-refused"]').textContent()), { message: 'the truncated file refused' });
  assert.deepEqual(await readStore(env), before);
});

test('importing a backup again adds nothing', async () => {
  await popup.locator('[data-parley="import"]').setInputFiles(join(tmp, 'good.json'));
  assert.match(await popup.locator('[data-parley="import-done"]').textContent(), /Nothing new/);
});

test('search finds a message across transcripts', async () => {
  await popup.locator('[data-parley="search"]').fill('trailhead');
  await poll(async () => (await popup.locator('[data-parley="search-snippet"]').count()) === 1, { message: 'one hit' });
  assert.match(await popup.locator('[data-parley="search-snippet"]').textContent(), /Trailhead 45 L/);
  await popup.locator('[data-parley="search"]').fill('no such words anywhere');
  await popup.locator('[data-parley="search-empty"]').waitFor();
  await popup.locator('[data-parley="search"]').fill('');
  await popup.locator(`[data-parley="conversation"][data-conversation-id="${conversationId}"]`).waitFor();
});

test('delete one and delete all ask first, then delete', async () => {
  const row = popup.locator(`[data-parley="conversation"][data-conversation-id="${conversationId}"]`);
  await row.locator('button').click();
  await popup.locator('[data-parley="delete"]').click();
  await popup.locator('[data-parley="cancel-delete"]').click();
  assert.equal(await row.count(), 1, 'cancel keeps it');
  await popup.locator('[data-parley="delete"]').click();
  await popup.locator('[data-parley="confirm-delete"]').click();
  await row.waitFor({ state: 'detached' });
  assert.ok(!(await readStore(env)).conversations.some((c) => c.id === conversationId));

  await popup.locator('[data-parley="import"]').setInputFiles(join(tmp, 'all.zip'));
  const done = popup.locator('[data-parley="import-done"]');
  await poll(async () => /^Restored: \d+ new messages, 1 new conversations/.test(await done.textContent()), { message: 'the zip restored' });
  await row.waitFor();

  await popup.locator('[data-parley="delete-all"]').click();
  assert.match(await popup.locator('[data-parley="delete-all-question"]').textContent(), /Delete all \d+ conversations/);
  await popup.locator('[data-parley="confirm-delete-all"]').click();
  await popup.locator('[data-parley="conversations-empty"]').waitFor();
  const store = await readStore(env);
  assert.equal(store.conversations.length, 0);
  assert.equal(store.messages.length, 0);
});

test('no page errors', () => {
  assert.deepEqual(env.errors, []);
});
