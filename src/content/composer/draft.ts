/**
 * Reading the draft out of a composer and putting the caret somewhere in it. Composers are
 * `<textarea>`/`<input>` fields or contenteditable editors; elements may come from another
 * frame's realm, so kinds are told apart by tag name, never by `instanceof`.
 */
export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(el: Element): el is TextField {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** The draft as the user sees it: a field's value, or an editor's rendered text. */
export function readDraft(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  // innerText keeps the user's line breaks (<p>, <br>, <div>); editors add a trailing one.
  const text = typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '');
  return text.replace(/\n$/, '');
}

/** Whitespace-insensitive form, for checking that an editor shows a text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Focuses the composer with the caret at `offset` (a UTF-16 offset into `readDraft`). In an
 * editor, offsets of innerText do not map to DOM positions, so the caret goes to the first text
 * node position where `phrase` occurs (at the end when it does not).
 */
export function placeCaret(el: HTMLElement, offset: number, phrase: string): void {
  el.focus();
  if (isTextField(el)) {
    try {
      el.setSelectionRange(offset, offset);
    } catch {
      // Some input types (email, number) have no selection API; focus is the best we can do.
    }
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const at = findInText(el, phrase);
  const range = el.ownerDocument.createRange();
  if (at) range.setStart(at.node, at.offset);
  else range.selectNodeContents(el);
  range.collapse(!!at);
  selection.removeAllRanges();
  selection.addRange(range);
}

function findInText(root: Node, phrase: string): { node: Text; offset: number } | null {
  if (!phrase) return null;
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = node.data.indexOf(phrase);
    if (i >= 0) return { node, offset: i };
  }
  return null;
}
