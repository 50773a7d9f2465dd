/** Keyboard shortcuts (commands API): toggle the sidebar, focus the template search. */
import { activeTabId } from '../../platform/context-menu';
import { broadcastToPages, sendToFrame } from '../../platform/messaging';

export const COMMANDS = { toggle: 'toggle-sidebar', focusSearch: 'focus-template-search' } as const;
const TOP_FRAME = 0;

export async function onShortcut(command: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  if (command === COMMANDS.toggle) {
    await sendToFrame(tabId, TOP_FRAME, 'sidebar/toggle', {}).catch(() => undefined);
  } else if (command === COMMANDS.focusSearch) {
    await sendToFrame(tabId, TOP_FRAME, 'sidebar/focus', {}).catch(() => undefined);
    broadcastToPages('sidebar/focus-search', { tabId });
  }
}
