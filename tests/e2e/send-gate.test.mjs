// The send gate in real Chromium: composers of every kind (textarea, input, a React-like
// controlled input, contenteditable, a ProseMirror-like editor, a shadow-root textarea, widgets
// that send on keypress or on a document-wide keyup with an icon send control, a contenteditable
// in a shadow root), inline and in same- and cross-origin frames. A calm message reaches the page
// untouched and once; a hostile one is held with the warning showing and nothing sent; Send
// anyway delivers it once; Use suggestion puts exactly the calmer text the warning shows in the
// composer, and that is what is sent. IME Enter and Shift+Enter are left alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll, setup, sidebarWidget } from './harness.mjs';

const CALM = 'Hello, could you check where my order 4411 is, please?';
const HOSTILE = 'You people are useless idiots!!!';
const FACTS = 'My order 4411 arrived broken and I want a refund by Friday.';
const PLACES = ['inline', 'same-origin frame', 'cross-origin frame'];
/** Each kind with the places it is tested in (the newer kinds inline and in a cross-origin frame). */
const KINDS = [
  ...['textarea', 'input', 'react', 'editable', 'prosemirror', 'shadow'].map((kind) => [kind, PLACES]),
  ...['keypress', 'keyup', 'shadow-editable'].map((kind) => [kind, ['inline', 'cross-origin frame']]),
];

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Opens a composer fixture and waits until Parley bound it; returns the widget's frame. */
async function open(kind, place = 'inline') {
  const page = await env.newPage();
  const url = place === 'inline'
    ? `${env.fixtures}/composer/widget.html?kind=${kind}`
    : `${env.fixtures}/composer/frame.html?kind=${kind}&origin=${place.startsWith('cross') ? 'cross' : 'same'}`;
  await page.goto(url);
  const frame = place === 'inline' ? page.mainFrame() : await poll(() => page.frames().find((f) => f.url().includes('widget.html')), { message: 'the widget frame' });
  await frame.waitForFunction(() => typeof window.composer === 'function' && window.composer());
  // A chat inside a shadow root is found when the user focuses its composer (detect/watch.ts).
  if (kind.startsWith('shadow')) await frame.locator('textarea, [contenteditable]').first().click();
  await poll(() => sidebarWidget(page), { message: `Parley bound the ${kind} widget` });
  return { page, frame, composer: frame.locator('textarea, input, [contenteditable]').first() };
}

const sent = (frame) => frame.evaluate(() => window.sent.slice());
const draft = (frame) => frame.evaluate(() => { const c = window.composer(); return 'value' in c ? c.value : c.innerText.replace(/\n$/, ''); });
const warning = (frame) => frame.locator('[data-parley="tone-warning"]');
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const focused = (frame) => frame.evaluate(() => {
  const active = document.activeElement;
  return active?.shadowRoot?.activeElement?.getAttribute('data-parley') ?? (active === window.composer() ? 'composer' : active?.localName);
});

async function write(w, text) {
  await w.composer.click();
  await w.composer.fill(text);
}

async function sendsExactly(frame, want) {
  await poll(async () => (await sent(frame)).length >= want.length, { message: `${want.length} message(s) sent` });
  await frame.page().waitForTimeout(300);
  assert.deepEqual((await sent(frame)).map(squash), want.map(squash));
}

for (const [kind, places] of KINDS) {
  for (const place of places) {
    test(`${kind} composer, ${place}: calm passes once, hostile is held, Send anyway, Use suggestion`, async () => {
      const w = await open(kind, place);
      await write(w, CALM);
      await w.composer.press('Enter');
      await sendsExactly(w.frame, [CALM]);
      assert.equal(await warning(w.frame).count(), 0, 'no warning for a calm message');

      await write(w, HOSTILE);
      await w.composer.press('Enter');
      await warning(w.frame).waitFor({ state: 'visible' });
      assert.match(await warning(w.frame).locator('mark').first().textContent(), /You people|idiots/);
      await w.page.waitForTimeout(200);
      assert.deepEqual(await sent(w.frame), [CALM], 'the page received nothing while held');
      await warning(w.frame).locator('[data-parley="send-anyway"]').click();
      await sendsExactly(w.frame, [CALM, HOSTILE]);
      assert.equal(await warning(w.frame).count(), 0);
      assert.equal(await w.frame.evaluate(() => window.emptySends), 0, 'the send control was not pressed again on an empty box');

      // This time through the widget's own send control (a button, an icon, in a shadow root),
      // with facts after the insult: the suggestion keeps them.
      await write(w, `${HOSTILE} ${FACTS}`);
      await w.frame.locator('.chat-send, .send-icon').first().click();
      await warning(w.frame).waitFor({ state: 'visible' });
      assert.equal((await sent(w.frame)).length, 2, 'the click was held');
      const shown = await warning(w.frame).locator('[data-parley="suggestion-text"]').textContent();
      assert.ok(shown.endsWith(FACTS), `the suggestion keeps the order number and the request: ${shown}`);
      await warning(w.frame).locator('[data-parley="use-suggestion"]').click();
      await poll(async () => squash(await draft(w.frame)) === squash(shown), { message: 'the shown suggestion in the composer' });
      await w.composer.press('Enter');
      await sendsExactly(w.frame, [CALM, HOSTILE, shown]);
      await w.page.close();
    });
  }
}

test('a widget sending on keyup: the held Enter never reaches it, and Send anyway by keyboard sends once', async () => {
  const w = await open('keyup');
  await write(w, HOSTILE);
  await w.page.keyboard.down('Enter');
  await warning(w.frame).waitFor({ state: 'visible' });
  // Another key pressed before Enter comes up changes nothing: that keyup is still the gate's.
  await w.page.keyboard.press('Control');
  await w.page.keyboard.up('Enter');
  await w.page.waitForTimeout(200);
  assert.deepEqual(await sent(w.frame), [], 'the keyup of the held Enter did not send');
  await w.page.keyboard.press('Tab');
  await w.page.keyboard.press('Tab');
  assert.equal(await focused(w.frame), 'send-anyway');
  await w.page.keyboard.press('Enter');
  await sendsExactly(w.frame, [HOSTILE]);
  await w.page.close();
});

test('template insertion at the caret in a contenteditable inside a shadow root', async () => {
  const w = await open('shadow-editable');
  await w.composer.click();
  await w.composer.pressSequentially('Hello world');
  await w.composer.press('End');
  for (let i = 0; i < ' world'.length; i++) await w.composer.press('ArrowLeft');
  await w.page.bringToFront();
  const reply = await insertFromSidebar(' there', 'insert');
  assert.deepEqual(reply, { ok: true, value: { inserted: true } });
  assert.equal(await draft(w.frame), 'Hello there world', 'inserted at the caret, not at the end');
  await w.composer.press('Enter');
  await sendsExactly(w.frame, ['Hello there world']);
  await w.page.close();
});

test('Enter during IME composition is not intercepted (trusted keyCode 229 via CDP)', async () => {
  for (const kind of ['textarea', 'editable']) {
    const w = await open(kind);
    await write(w, `${HOSTILE} `);
    await w.frame.evaluate(() => {
      window.keys = [];
      window.composer().addEventListener('keydown', (e) => window.keys.push(`${e.key}:${e.keyCode}:${e.isComposing}`));
    });
    const cdp = await env.context.newCDPSession(w.page);
    await cdp.send('Input.imeSetComposition', { text: 'すみません', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: 'すみません' });
    await w.page.waitForTimeout(300);
    assert.equal(await warning(w.frame).count(), 0, `${kind}: no warning during composition`);
    assert.deepEqual(await sent(w.frame), [], `${kind}: nothing sent`);
    assert.ok((await w.frame.evaluate(() => window.keys)).some((k) => k.startsWith('Enter:229')), `${kind}: the page saw the IME Enter`);
    assert.match(await draft(w.frame), /すみません/);
    await w.page.close();
  }
});

test('Shift+Enter makes a newline and is never held', async () => {
  for (const kind of ['textarea', 'prosemirror']) {
    const w = await open(kind);
    await write(w, HOSTILE);
    await w.composer.press('End');
    await w.composer.press('Shift+Enter');
    await w.composer.pressSequentially('Sorry');
    await w.page.waitForTimeout(200);
    assert.equal(await warning(w.frame).count(), 0, `${kind}: no warning`);
    assert.deepEqual(await sent(w.frame), [], `${kind}: nothing sent`);
    assert.match(await draft(w.frame), /!!!\n+Sorry/, `${kind}: a newline in the draft`);
    await w.page.close();
  }
});


const sidebarStatus = async (page) => {
  const sidebar = await poll(() => page.frames().find((f) => f.url().includes('/src/sidebar/index.html')), { message: 'the sidebar frame' });
  return (await sidebar.locator('[data-parley="tone-status"]').textContent()) ?? '';
};

test('the warning is keyboard operable and screen-reader labelled; the same draft then goes through', async () => {
  const w = await open('textarea');
  await write(w, HOSTILE);
  await w.composer.press('Enter');
  const box = warning(w.frame);
  await box.waitFor({ state: 'visible' });
  assert.equal(await box.getAttribute('role'), 'alertdialog');
  assert.equal(await box.getAttribute('aria-modal'), 'true', 'modal, as its Tab trap is');
  await poll(async () => /^Held: your message has not been sent/.test(await sidebarStatus(w.page)), { message: 'the sidebar says the send is held' });
  assert.match(await box.locator('#parley-warning-title').textContent(), /\S/);
  assert.ok(await box.getAttribute('aria-describedby'));
  assert.equal(await focused(w.frame), 'edit', 'focus moved into the warning');
  const order = [];
  for (let i = 0; i < 3; i++) {
    await w.page.keyboard.press('Tab');
    order.push(await focused(w.frame));
  }
  assert.deepEqual(order, ['use-suggestion', 'send-anyway', 'edit'], 'Tab cycles inside the warning');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(w.frame), 'send-anyway');
  await w.page.keyboard.press('Escape');
  assert.equal(await box.count(), 0, 'Esc closed it');
  assert.equal(await focused(w.frame), 'composer', 'focus is back in the composer');
  assert.deepEqual(await sent(w.frame), []);
  await poll(async () => !/^Held/.test(await sidebarStatus(w.page)), { message: 'the sidebar no longer says held' });
  await w.page.keyboard.press('Enter');
  await sendsExactly(w.frame, [HOSTILE]);
  assert.equal(await box.count(), 0, 'no second warning for the same draft');
  await w.page.close();
});

test('Esc in the composer closes the warning, and the widget never sees that Esc', async () => {
  const w = await open('textarea');
  await w.frame.evaluate(() => {
    window.escapes = [];
    for (const type of ['keydown', 'keyup']) document.addEventListener(type, (e) => e.key === 'Escape' && window.escapes.push(type));
  });
  await write(w, HOSTILE);
  await w.composer.press('Enter');
  await warning(w.frame).waitFor({ state: 'visible' });
  await w.composer.click();
  assert.equal(await focused(w.frame), 'composer');
  assert.equal(await warning(w.frame).count(), 1, 'still showing while the user is back in the composer');
  await w.page.keyboard.press('Escape');
  assert.equal(await warning(w.frame).count(), 0, 'Esc closed it');
  assert.deepEqual(await w.frame.evaluate(() => window.escapes), [], 'the widget saw no Esc');
  assert.deepEqual(await sent(w.frame), []);
  // With no warning showing, Esc is the widget's again.
  await w.page.keyboard.press('Escape');
  assert.deepEqual(await w.frame.evaluate(() => window.escapes), ['keydown', 'keyup']);
  await w.page.close();
});

test('Edit puts the caret at the first finding', async () => {
  const w = await open('textarea');
  const text = `Hello again. ${HOSTILE}`;
  await write(w, text);
  await w.composer.press('Enter');
  await warning(w.frame).locator('[data-parley="edit"]').click();
  assert.equal(await focused(w.frame), 'composer');
  assert.equal(await w.frame.evaluate(() => window.composer().selectionStart), text.indexOf('You people'));
  assert.deepEqual(await sent(w.frame), []);
  await w.page.close();
});

test('"Never hold the send": findings shown as a note, the message goes through', async () => {
  await env.inExtension(() => chrome.storage.sync.set({ 'settings:tone.neverHold': true, 'settings:version': 1 }));
  try {
    const w = await open('input');
    await write(w, HOSTILE);
    await w.composer.press('Enter');
    await sendsExactly(w.frame, [HOSTILE]);
    await w.frame.locator('[data-parley="tone-note"]').waitFor({ state: 'attached' });
    assert.equal(await warning(w.frame).count(), 0);
    await w.page.close();
  } finally {
    await env.inExtension(() => chrome.storage.sync.remove('settings:tone.neverHold'));
  }
});

/** What the sidebar's template card does: composer/insert to the bound frame of the active tab. */
function insertFromSidebar(text, mode) {
  return env.inWorker(async ({ text, mode }) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const state = (await chrome.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`];
    return chrome.tabs.sendMessage(tab.id, { parley: 1, name: 'composer/insert', payload: { text, mode } }, { frameId: state.frameId });
  }, { text, mode });
}

test('composer/insert from the background reaches the React-like widget state (templates)', async () => {
  const w = await open('react', 'cross-origin frame');
  await w.page.bringToFront();
  const reply = await insertFromSidebar('Could you tell me what you would do in my situation?', 'replace');
  assert.deepEqual(reply, { ok: true, value: { inserted: true } });
  assert.equal(await w.frame.evaluate(() => window.reactState()), 'Could you tell me what you would do in my situation?');
  assert.equal(await w.frame.locator('.chat-send').isEnabled(), true, 'the send button enabled');
  await w.frame.locator('.chat-send').click();
  await sendsExactly(w.frame, ['Could you tell me what you would do in my situation?']);
  await w.page.close();
});

test('no errors were thrown into the pages', () => {
  assert.deepEqual(env.errors, []);
});
