/**
 * Where widgets show up before anything is bound, shared by the content script's first stage
 * (sentinel.ts) and the watcher (watch.ts): the children of <html> and <body>, where widgets
 * inject themselves, and the editable field the user focuses, near which inline chats live.
 */

/**
 * Observes the document's, <html>'s and <body>'s children only. When a script replaces <html> or
 * <body> (document.open/write in about:blank frames, some SPA frameworks), calling it again
 * follows the new ones.
 */
export function observeTopLevel(observer: MutationObserver, doc: Document): void {
  observer.disconnect();
  observer.observe(doc, { childList: true });
  if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
  if (doc.body) observer.observe(doc.body, { childList: true });
}

/** Whether a mutation replaced <html> or <body> (the observation must follow the new ones). */
export function replacedTopLevel(records: readonly MutationRecord[], doc: Document): boolean {
  return records.some((r) => r.target === doc || r.target === doc.documentElement);
}

/** Elements added by these mutations. */
export function addedElements(records: readonly MutationRecord[]): Element[] {
  const added: Element[] = [];
  for (const r of records) for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) added.push(n as Element);
  return added;
}

/** The editable field a focus event entered (text field, text area, contenteditable), if any. */
export function focusedField(event: Event): HTMLElement | null {
  const target = event.composedPath()[0] as Partial<HTMLElement> | undefined;
  return target && (target.isContentEditable || target.localName === 'textarea' || target.localName === 'input') ? (target as HTMLElement) : null;
}
