// Where a chat can live, in real Chromium: inline, srcdoc frame, nested open shadow roots, a
// closed shadow root, loaded late, behind a launcher, closed and reopened, re-rendered every
// 100 ms, single-page navigation and history loaded on scroll. Each time the sidebar appears and
// the stored transcript is complete, in order, without duplicates.
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

/** The stored transcript of the conversation holding a message with this text. */
async function transcriptWith(text) {
  const store = await readStore(env);
  // Several fixtures share one site; take the newest conversation that holds the text.
  const hit = store.messages.filter((m) => m.text === text).sort((a, b) => b.at - a.at)[0];
  if (!hit) return null;
  return store.messages.filter((m) => m.conversationId === hit.conversationId).sort((a, b) => a.seq - b.seq).map((m) => `${m.author}: ${m.text}`);
}

async function expectTranscript(first, want) {
  return poll(async () => {
    const got = await transcriptWith(first);
    return got && got.length >= want.length && got;
  }, { message: `a transcript starting "${first}"` }).then((got) => assert.deepEqual(got, want));
}

async function open(path) {
  const page = await env.newPage();
  await page.goto(`${env.fixtures}/frames/${path}`);
  return page;
}

for (const [file, first, second] of [
  ['inline.html', 'Hello from the inline chat', 'Hi, I need help with an invoice'],
  ['srcdoc.html', 'Hello from a srcdoc frame', 'My card was charged twice'],
  ['shadow-open.html', 'Hello from two shadow roots deep', 'Where is my refund?'],
  ['shadow-closed.html', 'Hello from a closed shadow root', 'The parcel is lost'],
]) {
  test(`chat in ${file.replace('.html', '')}: sidebar and transcript`, async () => {
    const page = await open(file);
    assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar' }), 'generic');
    await expectTranscript(first, [`agent: ${first}`, `customer: ${second}`]);
    await page.close();
  });
}

test('a chat that appears late, deep in the page', async () => {
  const page = await open('late.html');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('parley-sidebar').count(), 0, 'no sidebar before the chat exists');
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar' }), 'generic');
  await expectTranscript('Sorry for the wait, I am here now', ['agent: Sorry for the wait, I am here now']);
  await page.close();
});

test('a widget opened from its launcher (cross-origin frame created on click)', async () => {
  const page = await env.newPage();
  await page.goto(env.demo.shopUrl);
  await page.waitForTimeout(600);
  assert.equal(await page.locator('parley-sidebar').count(), 0);
  await page.locator('#launcher').click();
  assert.equal(await poll(() => sidebarWidget(page), { message: 'the sidebar' }), 'generic');
  await page.close();
});

test('a log re-rendered every 100 ms is stored once, repeated "ok"s kept apart', async () => {
  const page = await open('rerender.html');
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  await page.waitForTimeout(1_500);
  await expectTranscript('Rendering again and again', ['agent: Rendering again and again', 'customer: ok', 'agent: ok', 'customer: ok']);
  await page.close();
});

test('closed and reopened, reloaded, navigated and scrolled back: one conversation, in order, no duplicates', async () => {
  const page = await open('inline.html?fresh=1');
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  const frame = page.mainFrame();
  await frame.locator('textarea').fill('Can you resend the invoice?');
  await frame.locator('textarea').press('Enter');
  await expectTranscript('Hello from the inline chat', [
    'agent: Hello from the inline chat',
    'customer: Hi, I need help with an invoice',
    'customer: Can you resend the invoice?',
    'agent: Got it: "Can you resend the invoice?". Let me check.',
  ]);
  await page.evaluate(() => window.spaNavigate());
  await page.evaluate(() => window.loadOlder());
  await page.waitForTimeout(800);
  await expectTranscript('Hello from the inline chat', [
    'agent: Welcome to support (older)',
    'customer: Earlier question (older)',
    'agent: Hello from the inline chat',
    'customer: Hi, I need help with an invoice',
    'customer: Can you resend the invoice?',
    'agent: Got it: "Can you resend the invoice?". Let me check.',
  ]);
  await page.close();

  const reopen = await open('reopen.html');
  await poll(() => sidebarWidget(reopen), { message: 'the sidebar' });
  await expectTranscript('Welcome back', ['agent: Welcome back', 'customer: Still waiting for my refund']);
  await reopen.locator('#toggle').click();
  await reopen.waitForTimeout(400);
  await reopen.locator('#toggle').click();
  await poll(() => sidebarWidget(reopen), { message: 'the sidebar after reopening' });
  await reopen.reload();
  await poll(() => sidebarWidget(reopen), { message: 'the sidebar after reload' });
  await reopen.waitForTimeout(800);
  await expectTranscript('Welcome back', ['agent: Welcome back', 'customer: Still waiting for my refund']);
  await reopen.close();
});

test('a virtualised log: history with repeated texts above, a sliding window, nothing lost or doubled', async () => {
  const page = await open('virtual.html');
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  await expectTranscript('later?', ['customer: ok', 'agent: later?']);
  const step = async (fn, arg) => {
    await page.evaluate(fn, arg);
    await page.waitForTimeout(300);
  };
  // Older history loads above and the window scrolls up to it, then back down.
  await step(() => window.chat.prepend([['agent', 'ok'], ['visitor', 'earlier?']]));
  await step(() => window.chat.showFrom(0));
  await step(() => window.chat.showLatest());
  // New messages push the oldest out of the DOM; the third "ok" arrives after the first left.
  for (const message of [['visitor', 'ok'], ['agent', 'Anything else?'], ['visitor', 'ok']]) {
    await step(([who, text]) => window.chat.add(who, text), message);
  }
  await step(() => window.chat.showFrom(1));
  await step(() => window.chat.showLatest());
  await expectTranscript('later?', [
    'agent: ok',
    'customer: earlier?',
    'customer: ok',
    'agent: later?',
    'customer: ok',
    'agent: Anything else?',
    'customer: ok',
  ]);
  await page.close();
});

test('a message shown the moment the page is closed is stored', async () => {
  const page = await open('inline.html');
  await poll(() => sidebarWidget(page), { message: 'the sidebar' });
  await poll(async () => (await transcriptWith('Hi, I need help with an invoice'))?.length, { message: 'the log stored' });
  // Closed before the capture's coalescing delay is over: only the page's last moments remain.
  await page.evaluate(() => window.chat.add('visitor', 'Closing the tab right now'));
  await page.close();
  const copies = await poll(async () => (await readStore(env)).messages.filter((m) => m.text === 'Closing the tab right now').length, {
    message: 'the last message stored',
  });
  assert.equal(copies, 1);
});

test('no errors were thrown into the pages', () => {
  assert.deepEqual(env.errors, []);
});
