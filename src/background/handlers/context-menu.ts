/** "This is my support chat" in the page's context menu: starts the picker in the clicked frame. */
import { t } from '../../platform/i18n';
import { sendToFrame } from '../../platform/messaging';
import { wakeFrames } from '../../platform/wake';
import { createContextMenu, type MenuClick } from '../../platform/context-menu';

export const PICK_MENU_ID = 'parley-pick-chat';

export function installContextMenu(): void {
  createContextMenu(PICK_MENU_ID, t('contextMenuPick'));
}

export function onMenuClick(click: MenuClick): void {
  if (click.menuItemId !== PICK_MENU_ID || click.tabId === undefined) return;
  const { tabId } = click;
  const frameId = click.frameId ?? 0;
  // The clicked frame's content script may sleep (no chat found there): woken first.
  void wakeFrames(tabId, [frameId]).then(() => sendToFrame(tabId, frameId, 'picker/start', {})).catch(() => undefined);
}
