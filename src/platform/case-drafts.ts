/**
 * Draft case files, one per tab, for a chat that has no stored message yet (src/core/case/draft.ts).
 * Kept in storage.session: the extension's own storage (never the page's, and content scripts
 * cannot read it), cleared when the browser closes, like the tab ids it is keyed by.
 */
import { normaliseCaseFile, type CaseFile } from '../core/case';
import { browser } from './browser';

export const DRAFT_PREFIX = 'caseDraft:';
const keyOf = (tabId: number) => `${DRAFT_PREFIX}${tabId}`;

/** The id a draft carries in place of a conversation's. */
export const draftId = (tabId: number) => `draft:${tabId}`;

export async function getCaseDraft(tabId: number): Promise<CaseFile | null> {
  const key = keyOf(tabId);
  const stored: unknown = (await browser.storage.session.get(key))[key];
  return stored === undefined ? null : normaliseCaseFile(draftId(tabId), stored);
}

export async function saveCaseDraft(tabId: number, file: CaseFile): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: normaliseCaseFile(draftId(tabId), file) });
}

export async function removeCaseDraft(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
