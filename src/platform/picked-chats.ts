/**
 * Chat areas the user picked by hand ("This is my support chat"), remembered per site origin in
 * the extension's own storage. The content script of a frame reads only its own origin's entry.
 */
import { browser } from './browser';

export interface PickedChat {
  /** CSS selector of the picked area, relative to its root (document or shadow root). */
  selector: string;
  pickedAt: number;
}

const keyOf = (origin: string) => `picked:${origin}`;

export async function getPickedChat(origin: string): Promise<PickedChat | undefined> {
  const key = keyOf(origin);
  const value = (await browser.storage.local.get(key))[key] as Partial<PickedChat> | undefined;
  return value && typeof value.selector === 'string' && typeof value.pickedAt === 'number' ? (value as PickedChat) : undefined;
}

export async function savePickedChat(origin: string, chat: PickedChat): Promise<void> {
  await browser.storage.local.set({ [keyOf(origin)]: chat });
}

export async function forgetPickedChat(origin: string): Promise<void> {
  await browser.storage.local.remove(keyOf(origin));
}
