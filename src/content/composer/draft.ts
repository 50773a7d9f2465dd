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

/** A selection's boundary points, copied: live Ranges move as the editor changes. */
export interface Caret {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

type ShadowWithSelection = ShadowRoot & { getSelection?: () => Selection | null };
type ComposedSelection = Selection & { getComposedRanges?: (...args: unknown[]) => StaticRange[] };

function shadowRootOf(el: Node): ShadowWithSelection | null {
  const root = el.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowWithSelection) : null;
}

/**
 * The selection that can see into the editor. In a shadow root, the document's selection is
 * reported at the shadow host (the caret inside cannot be read from it), so where the browser
 * offers it (Chromium) the shadow root's own selection is used; elsewhere the document's, read
 * through getComposedRanges (below).
 */
export function editorSelection(el: HTMLElement): Selection | null {
  const root = shadowRootOf(el);
  if (root && typeof root.getSelection === 'function') {
    const own = root.getSelection();
    if (own) return own;
  }
  return el.ownerDocument.getSelection();
}

/** The caret (or selected text) inside the editor, or null when it is elsewhere or cannot be seen. */
export function caretIn(el: HTMLElement, selection: Selection): Caret | null {
  const inside = (c: Caret | null | undefined): c is Caret => !!c && el.contains(c.startContainer) && el.contains(c.endContainer);
  const plain = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (inside(plain)) return copy(plain);
  const root = shadowRootOf(el);
  const composed = (selection as ComposedSelection).getComposedRanges;
  if (!root || typeof composed !== 'function') return null;
  // The standard form takes an options dictionary; early implementations took the roots as arguments.
  for (const args of [[{ shadowRoots: [root] }], [root]]) {
    try {
      const range = composed.apply(selection, args)[0];
      if (inside(range)) return copy(range);
    } catch {
      // This form is not the one the browser implements: try the other.
    }
  }
  return null;
}

function copy(r: Caret): Caret {
  return { startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset };
}

/** Makes the caret the selection (setBaseAndExtent reaches into shadow roots in every engine). */
export function select(selection: Selection, caret: Caret): void {
  selection.setBaseAndExtent(caret.startContainer, caret.startOffset, caret.endContainer, caret.endOffset);
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
  const selection = editorSelection(el);
  if (!selection) return;
  const at = findInText(el, phrase);
  const range = el.ownerDocument.createRange();
  if (at) range.setStart(at.node, at.offset);
  else range.selectNodeContents(el);
  range.collapse(!!at);
  select(selection, range);
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
