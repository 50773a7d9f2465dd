/**
 * Parley's service worker. It only wires listeners, synchronously at top level, so a worker
 * restarted for an event finds them registered. Handlers keep no state in module variables.
 */
import { onCommand, onContextMenuClick, onInstalled } from '../platform/context-menu';
import { listenInBackground } from '../platform/messaging';
import { followPicks, syncPickWakers } from '../platform/pick-wakers';
import { onTabClosed } from '../platform/tabs';
import { onShortcut } from './handlers/commands';
import { installContextMenu, onMenuClick } from './handlers/context-menu';
import { contentHandlers } from './handlers/content-messages';
import { pageHandlers } from './handlers/page-messages';
import { forgetTab } from './handlers/tabs';
import { applyRetentionNow } from './handlers/transcript-messages';

listenInBackground(contentHandlers, pageHandlers);
onTabClosed(forgetTab);
onInstalled(installContextMenu);
// The script that wakes Parley where the user picked a chat (registered scripts outlive restarts).
onInstalled(() => void syncPickWakers().catch(() => undefined));
followPicks();
onContextMenuClick(onMenuClick);
onCommand((command) => void onShortcut(command));
// Retention on start-up as well as after writes (no `alarms` permission needed for it).
applyRetentionNow().catch(() => undefined);
