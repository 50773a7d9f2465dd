// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertText } from '../../../src/content/composer/insert';
import { readDraft } from '../../../src/content/composer/draft';

function inputs(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('input', (e) => seen.push((e as InputEvent).inputType ?? 'input'));
  return seen;
}

describe('insertText into fields', () => {
  it('replaces a textarea draft and fires a bubbling input event', () => {
    document.body.innerHTML = '<textarea>You people!!!</textarea>';
    const area = document.querySelector('textarea')!;
    const seen: string[] = [];
    document.body.addEventListener('input', () => seen.push('bubbled'));
    expect(insertText(area, 'Could you help me, please?', 'replace')).toBe(true);
    expect(area.value).toBe('Could you help me, please?');
    expect(seen).toEqual(['bubbled']);
  });

  it('inserts at the caret', () => {
    document.body.innerHTML = '<textarea>Hello there</textarea>';
    const area = document.querySelector('textarea')!;
    area.setSelectionRange(5, 5);
    expect(insertText(area, ',', 'insert')).toBe(true);
    expect(area.value).toBe('Hello, there');
  });

  it("bypasses an instance-level value setter (React's value tracker) so the framework sees a change", () => {
    document.body.innerHTML = '<input type="text">';
    const input = document.querySelector('input')!;
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() { return native.get!.call(this); },
      set(v: string) { tracked = v; native.set!.call(this, v); },
    });
    let state = '';
    input.addEventListener('input', () => {
      const now = native.get!.call(input) as string;
      if (now !== tracked) state = tracked = now;
    });
    expect(insertText(input, 'Line one\nline two', 'replace')).toBe(true);
    expect(state).toBe('Line one line two');
  });
});

describe('insertText into editors', () => {
  it('replaces a contenteditable draft, with beforeinput and input events', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>You people!!!</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const seen = inputs(editor);
    let before = 0;
    editor.addEventListener('beforeinput', () => (before += 1));
    expect(insertText(editor, 'I would like this resolved.', 'replace')).toBe(true);
    expect(readDraft(editor)).toBe('I would like this resolved.');
    expect(before).toBe(1);
    expect(seen).toEqual(['insertText']);
  });

  it('leaves the DOM to an editor that handles beforeinput itself', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>old</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    editor.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      editor.innerHTML = `<p>${(e as InputEvent).data}</p>`;
    });
    expect(insertText(editor, 'new text', 'replace')).toBe(true);
    expect(editor.innerHTML).toBe('<p>new text</p>');
  });

  it('works inside a shadow root', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea>abc</textarea>';
    const area = root.querySelector('textarea')!;
    expect(insertText(area, 'xyz', 'replace')).toBe(true);
    expect(area.value).toBe('xyz');
  });
});
