/**
 * The sidebar's layout (collapsed, width, side): interface state that must survive reloads and
 * be shared between the sidebar page and the content script that hosts it. Kept in
 * storage.local, the extension's own storage, and never synced (it depends on the screen).
 */
import { browser } from './browser';
import { onStorageChanged } from './storage-events';

export type SidebarSide = 'left' | 'right';

export interface SidebarLayout {
  collapsed: boolean;
  /** Width in CSS pixels when open. */
  width: number;
  side: SidebarSide;
}

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, width: 360, side: 'left' };
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 640;

const KEY = 'ui.sidebarLayout';

/** Stored data is untrusted and may be older than the code: keep what is valid, default the rest. */
export function normaliseLayout(value: unknown): SidebarLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SidebarLayout, unknown>>;
  const width = typeof v.width === 'number' && Number.isFinite(v.width) ? Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, v.width))) : DEFAULT_LAYOUT.width;
  return {
    collapsed: v.collapsed === true,
    width,
    side: v.side === 'right' ? 'right' : 'left',
  };
}

export async function getSidebarLayout(): Promise<SidebarLayout> {
  return normaliseLayout((await browser.storage.local.get(KEY))[KEY]);
}

export async function updateSidebarLayout(patch: Partial<SidebarLayout>): Promise<SidebarLayout> {
  const next = normaliseLayout({ ...(await getSidebarLayout()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export async function getSidebarCollapsed(): Promise<boolean> {
  return (await getSidebarLayout()).collapsed;
}

export async function setSidebarCollapsed(collapsed: boolean): Promise<void> {
  await updateSidebarLayout({ collapsed });
}

export function onSidebarLayoutChange(listener: (layout: SidebarLayout) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseLayout(changes[KEY]?.newValue));
  };
  signal.addEventListener('abort', onStorageChanged(handler), { once: true });
}
