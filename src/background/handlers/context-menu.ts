/** "This is my support chat" in the page's context menu: starts the picker in the clicked frame. */
import { t } from '../../platform/i18n';
import { sendToFrame } from '../../platform/messaging';
import { createContextMenu, type MenuClick } from '../../platform/context-menu';

export const PICK_MENU_ID = 'parley-pick-chat';

export function installContextMenu(): void {
  createContextMenu(PICK_MENU_ID, t('contextMenuPick'));
}

export function onMenuClick(click: MenuClick): void {
  if (click.menuItemId !== PICK_MENU_ID || click.tabId === undefined) return;
  void sendToFrame(click.tabId, click.frameId ?? 0, 'picker/start', {}).catch(() => undefined);
}
