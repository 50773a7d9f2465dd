/**
 * Chat areas the user picked by hand ("This is my support chat"), remembered per frame origin and
 * top-level site in the extension's own storage. A widget frame's origin is often the vendor's
 * (one vendor serves many sites), so a pick counts only on the site it was made on: one storage
 * key per frame origin (a frame reads only its own, once it is awake) holding the picks by
 * the top-level page's origin.
 */
import { browser } from './browser';

export interface PickedChat {
  /** CSS selector of the picked area, relative to its root (document or shadow root). */
  selector: string;
  pickedAt: number;
}

/** Picks for frames of one origin, by the origin of the top-level page they were made on. */
export type PicksBySite = Record<string, PickedChat>;

/** Storage keys of picks start with this, followed by the frame origin. */
export const PICKED_KEY_PREFIX = 'picked:';

const keyOf = (frameOrigin: string) => `${PICKED_KEY_PREFIX}${frameOrigin}`;

function isPickedChat(value: unknown): value is PickedChat {
  const chat = value as Partial<PickedChat> | null;
  return typeof chat === 'object' && chat !== null && typeof chat.selector === 'string' && typeof chat.pickedAt === 'number';
}

/**
 * Every pick for frames of `frameOrigin`. Entries written before picks were keyed by site held
 * one pick made in a top-level page, whose site was that same origin.
 */
export async function getPickedChats(frameOrigin: string): Promise<PicksBySite> {
  const key = keyOf(frameOrigin);
  const value = (await browser.storage.local.get(key))[key] as unknown;
  if (isPickedChat(value)) {
    return { [frameOrigin]: value };
  }
  const sites = (value as { sites?: unknown } | undefined)?.sites;
  if (typeof sites !== 'object' || sites === null) {
    return {};
  }
  return Object.fromEntries(Object.entries(sites).filter((entry): entry is [string, PickedChat] => isPickedChat(entry[1])));
}

export async function savePickedChat(frameOrigin: string, topOrigin: string, chat: PickedChat): Promise<void> {
  const sites = await getPickedChats(frameOrigin);
  await browser.storage.local.set({ [keyOf(frameOrigin)]: { sites: { ...sites, [topOrigin]: chat } } });
}

export async function forgetPickedChat(frameOrigin: string, topOrigin: string): Promise<void> {
  const { [topOrigin]: _forgotten, ...rest } = await getPickedChats(frameOrigin);
  if (Object.keys(rest).length === 0) {
    await browser.storage.local.remove(keyOf(frameOrigin));
  } else {
    await browser.storage.local.set({ [keyOf(frameOrigin)]: { sites: rest } });
  }
}
