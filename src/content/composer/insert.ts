/**
 * Putting text into a chat composer so that the widget's own state follows: the send button
 * enables, the framework's model updates, and undo works where the browser allows. Used by
 * "Use suggestion" and by the sidebar's templates (`composer/insert`).
 *
 * First choice everywhere is `execCommand('insertText')`: it goes through the browser's editing
 * pipeline, so it fires trusted `beforeinput`/`input` events (React, Vue, Preact, ProseMirror and
 * Lexical all listen to those) and lands on the undo stack. It is deprecated but has no
 * replacement (https://w3c.github.io/editing/docs/execCommand/). When it is missing or the
 * widget undid it, fields get the prototype's native value setter plus an `input` event (React
 * ignores a value set through its own instance setter, https://github.com/facebook/react/issues/11488),
 * and editors get a cancelable `beforeinput` (editors that handle it themselves cancel it) and
 * otherwise a Range edit followed by `input`.
 *
 * In an editor, "insert" goes at the user's caret. Inside a shadow root the document's selection
 * cannot show where that is (it reports the shadow host), so the caret is read from the shadow
 * root's own selection (Chromium) or through getComposedRanges (Firefox, Safari); only when the
 * browser offers neither, or the caret is not in the editor, does the text go at the end.
 */
import { caretIn, editorSelection, isTextField, readDraft, select, squash, type Caret, type TextField } from './draft';

export type InsertMode = 'replace' | 'insert';

/** Replaces the draft or inserts at the caret; true when the composer now shows the text. */
export function insertText(el: HTMLElement, text: string, mode: InsertMode): boolean {
  try {
    return isTextField(el) ? insertIntoField(el, text, mode) : insertIntoEditor(el, text, mode);
  } catch {
    return false;
  }
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(text ? 'insertText' : 'delete', false, text);
  } catch {
    return false;
  }
}

function insertIntoField(el: TextField, raw: string, mode: InsertMode): boolean {
  // An <input> drops line breaks from its value; expect what it will actually hold.
  const text = el.localName === 'input' ? raw.replace(/\r?\n/g, ' ') : raw;
  el.focus();
  const before = el.value;
  const start = mode === 'replace' ? 0 : (el.selectionStart ?? before.length);
  const end = mode === 'replace' ? before.length : (el.selectionEnd ?? before.length);
  const expected = before.slice(0, start) + text + before.slice(end);
  selectField(el, start, end);
  if (execInsert(el.ownerDocument, text) && el.value === expected) return true;
  setNativeValue(el, expected);
  selectField(el, start + text.length, start + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  return el.value === expected;
}

function selectField(el: TextField, start: number, end: number): void {
  try {
    el.setSelectionRange(start, end);
  } catch {
    // Input types without a selection API: the value setter below still works.
  }
}

/** The value setter of the element's own prototype, bypassing any instance-level override. */
function setNativeValue(el: TextField, value: string): void {
  const proto = el.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function insertIntoEditor(el: HTMLElement, text: string, mode: InsertMode): boolean {
  const doc = el.ownerDocument;
  const selection = editorSelection(el);
  if (!selection) return false;
  const before = readDraft(el);
  // Read before focusing: focus may move a caret the browser cannot see (e.g. in a shadow root).
  const caret = mode === 'insert' ? caretIn(el, selection) : null;
  el.focus();
  const whole = doc.createRange();
  whole.selectNodeContents(el);
  if (mode === 'insert') whole.collapse(false);
  select(selection, caret ?? whole);
  const shows = () => (mode === 'replace' ? squash(readDraft(el)) === squash(text) : squash(readDraft(el)).includes(squash(text)) && readDraft(el) !== before);
  if (execInsert(doc, text) && shows()) return true;
  rangeInsert(el, selection, caretIn(el, selection) ?? caret ?? whole, text);
  return shows();
}

function rangeInsert(el: HTMLElement, selection: Selection, at: Caret, text: string): void {
  const init = { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text };
  // An editor that handles beforeinput itself (Lexical, Slate, ProseMirror for some types)
  // cancels it and updates its model and DOM; then we must not edit the DOM as well.
  if (!el.dispatchEvent(new InputEvent('beforeinput', init))) return;
  const range = el.ownerDocument.createRange();
  range.setStart(at.startContainer, at.startOffset);
  range.setEnd(at.endContainer, at.endOffset);
  range.deleteContents();
  const node = el.ownerDocument.createTextNode(text);
  range.insertNode(node);
  const after = node.data.length;
  select(selection, { startContainer: node, startOffset: after, endContainer: node, endOffset: after });
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
