/**
 * The last draft tone the composer gate reported for each tab, in storage.session: a sidebar that
 * opens, reloads or is expanded after the send was held still shows that it is held, instead of
 * waiting for the next report. Cleared with the draft and when the tab closes.
 */
import type { Broadcast, RequestOf } from '../shared/protocol';
import { browser } from './browser';

export type DraftToneState = RequestOf<Broadcast, 'draft/tone-updated'>;

const keyOf = (tabId: number) => `tone:${tabId}`;

export async function setDraftTone(tabId: number, tone: DraftToneState): Promise<void> {
  if (tone.phase === 'cleared') await browser.storage.session.remove(keyOf(tabId));
  else await browser.storage.session.set({ [keyOf(tabId)]: tone });
}

export async function getDraftTone(tabId: number): Promise<DraftToneState | null> {
  const value = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as DraftToneState | undefined;
  return value && typeof value === 'object' && value.tabId === tabId ? value : null;
}

export async function clearDraftTone(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
