// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isComposing, isSendKey, sendIntent } from '../../../src/content/composer/intercept';
import type { Binding } from '../../../src/content/detect/types';

function widget(html: string) {
  document.body.innerHTML = html;
  const composer = document.querySelector<HTMLElement>('textarea, input, [contenteditable]')!;
  const binding: Binding = {
    widget: 'test',
    log: document.body,
    messages: () => [],
    read: () => null,
    composer: () => composer,
    sendButton: () => document.querySelector<HTMLElement>('.send'),
  };
  return { composer, binding };
}

const key = (type: string, init: KeyboardEventInit) => new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init });

/** Dispatches on `target` and returns the intent the window's capture listener saw. */
function intentOf(binding: Binding, target: EventTarget, event: Event): ReturnType<typeof sendIntent> {
  let seen = null as ReturnType<typeof sendIntent>;
  const listen = (e: Event) => (seen = sendIntent(e, binding));
  window.addEventListener(event.type, listen, true);
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listen, true);
  return seen;
}

describe('send keys', () => {
  it('plain Enter sends; Shift, Ctrl, Alt, Meta+Enter do not', () => {
    expect(isSendKey(key('keydown', { key: 'Enter' }))).toBe(true);
    for (const mod of ['shiftKey', 'ctrlKey', 'altKey', 'metaKey']) {
      expect(isSendKey(key('keydown', { key: 'Enter', [mod]: true }))).toBe(false);
    }
    expect(isSendKey(key('keydown', { key: 'a' }))).toBe(false);
  });

  it('IME composition is never a send (isComposing or keyCode 229)', () => {
    expect(isComposing(key('keydown', { key: 'Enter', isComposing: true }))).toBe(true);
    expect(isComposing(key('keydown', { key: 'Enter', keyCode: 229 }))).toBe(true);
    expect(isSendKey(key('keydown', { key: 'Enter', isComposing: true }))).toBe(false);
    expect(isSendKey(key('keydown', { key: 'Enter', keyCode: 229 }))).toBe(false);
  });
});

describe('send intents', () => {
  it('Enter in the composer (keydown and keypress), not in another field', () => {
    const { binding, composer } = widget('<textarea></textarea><input id="search"><button class="send">Send</button>');
    expect(intentOf(binding, composer, key('keydown', { key: 'Enter' }))?.kind).toBe('enter');
    expect(intentOf(binding, composer, key('keypress', { key: 'Enter' }))?.kind).toBe('enter');
    expect(intentOf(binding, document.getElementById('search')!, key('keydown', { key: 'Enter' }))).toBeNull();
  });

  it('a click on an icon inside the send control is a click on the control', () => {
    const { binding } = widget('<div contenteditable="true"></div><div class="send" role="button"><svg><path></path></svg></div><button class="other">Attach</button>');
    const icon = document.querySelector('path')!;
    const intent = intentOf(binding, icon, new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
    expect(intent?.kind).toBe('click');
    expect(intent?.control).toBe(document.querySelector('.send'));
    expect(intentOf(binding, document.querySelector('.other')!, new MouseEvent('click', { bubbles: true, button: 0 }))).toBeNull();
    expect(intentOf(binding, icon, new MouseEvent('click', { bubbles: true, button: 2 }))).toBeNull();
  });

  it('a send control inside an open shadow root is found through composedPath', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea><span class="send" role="button"><b>→</b></span>';
    const binding: Binding = {
      widget: 'test', log: host, messages: () => [], read: () => null,
      composer: () => root.querySelector('textarea'),
      sendButton: () => root.querySelector<HTMLElement>('.send'),
    };
    const intent = intentOf(binding, root.querySelector('b')!, new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
    expect(intent?.kind).toBe('click');
  });

  it("the submit of the composer's form, not of another form", () => {
    const { binding } = widget('<form id="chat"><textarea></textarea><button class="send">Send</button></form><form id="search"><input></form>');
    const submit = () => new Event('submit', { bubbles: true, cancelable: true });
    expect(intentOf(binding, document.getElementById('chat')!, submit())?.kind).toBe('submit');
    expect(intentOf(binding, document.getElementById('search')!, submit())).toBeNull();
  });

  it('nothing without a composer', () => {
    const { binding, composer } = widget('<textarea></textarea>');
    const none: Binding = { ...binding, composer: () => null };
    expect(intentOf(none, composer, key('keydown', { key: 'Enter' }))).toBeNull();
  });
});
