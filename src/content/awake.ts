/**
 * The content script once awake in a frame (see lifecycle.ts): it listens to the background,
 * reads the chat the user picked on this site, asks whether Parley runs here, and starts capture,
 * the composer gate and, in the top frame, the sidebar. Loaded on demand: in the build it is a
 * file of its own (awake-entry.ts) that the background injects into a frame where a chat is found.
 */
import { extensionAlive } from '../platform/extension-url';
import { followInterfaceLanguage } from '../platform/i18n';
import { listenInContent, sendToBackground } from '../platform/messaging';
import { forgetPickedChat, getPickedChats, savePickedChat } from '../platform/picked-chats';
import { onSettingsChange } from '../platform/settings-store';
import { getSidebarCollapsed, setSidebarCollapsed } from '../platform/ui-state';
import { startCapture } from './capture/capture';
import { createComposerGate } from './composer/gate';
import { pickedAdapter } from './detect/picked-adapter';
import type { Binding } from './detect/types';
import type { Asleep } from './lifecycle';
import { mountSidebar, type SidebarHost } from './mount/sidebar-host';
import { cssPath } from './picker/css-path';
import { startPicker } from './picker/picker';
import { frameOriginOf, topOriginOf } from './picker/site';
import { PICKED_WIDGET } from '../shared/protocol';

export interface Awake {
  /** A widget was found in this frame. */
  found(binding: Binding): void;
}

export function wakeUp(asleep: Asleep): Awake {
  const { win, doc } = asleep;
  const controller = new AbortController();
  const { signal } = controller;
  signal.addEventListener('abort', asleep.end, { once: true });
  const stopIfInvalidated = () => {
    if (!extensionAlive()) controller.abort();
  };
  let current: AbortController | null = null;
  /** The area the user picked in this frame (for this site): its adapter is asked first. */
  let pickedSelector: string | null = null;
  let picking: AbortController | null = null;
  /** Picks are keyed by this frame's origin and the top-level page's (asked for once, when needed). */
  const frameOrigin = frameOriginOf(win);
  let topOrigin: Promise<string | null> | null = null;
  const site = () =>
    (topOrigin ??= topOriginOf(win, () => sendToBackground('picker/site', {}).then((r) => r.topOrigin, () => null)));
  const composerGate = createComposerGate(win, asleep.gate, signal);
  const watch = () => asleep.watch(pickedSelector ? [pickedAdapter(pickedSelector)] : []);

  /** The binding detection found last, running or waiting for the site check. */
  let found: Binding | null = null;
  let running: Binding | null = null;
  let followingSettings = false;

  const start = (binding: Binding) => {
    current?.abort();
    const bound = new AbortController();
    current = bound;
    running = binding;
    signal.addEventListener('abort', () => bound.abort(), { once: true });
    composerGate.bind(binding, bound.signal);
    startCapture(binding, {
      signal: bound.signal,
      now: Date.now,
      send: async (batch) => {
        stopIfInvalidated();
        if (signal.aborted) return;
        await sendToBackground('transcript/append', { widget: binding.widget, frameUrl: win.location.href, title: doc.title, ...batch });
      },
      onDetached: () => {
        bound.abort();
        found = running = null;
        sendToBackground('widget/lost', { widget: binding.widget }).catch(stopIfInvalidated);
        watch();
      },
    });
  };

  const stop = () => {
    current?.abort();
    current = null;
    running = null;
  };

  /**
   * Asks the background whether Parley runs on this site (the user's "where Parley runs"
   * setting, judged on the tab's top-level URL) and starts or stops the binding accordingly.
   * Nothing is captured or checked before the answer.
   */
  const admit = async (binding: Binding) => {
    let allowed = true;
    try {
      ({ allowed } = await sendToBackground('widget/found', { widget: binding.widget }));
    } catch {
      stopIfInvalidated();
    }
    if (found !== binding || signal.aborted) return;
    if (!allowed) stop();
    else if (running !== binding) start(binding);
  };

  const bind = (binding: Binding) => {
    found = binding;
    if (!followingSettings) {
      // Only once a chat was found: frames woken for the picker never follow the settings.
      followingSettings = true;
      onSettingsChange(() => {
        if (found) void admit(found);
      }, signal);
      // The warning speaks the interface language the user chose; the background reads the
      // locale file, which this frame cannot.
      void followInterfaceLanguage(() => undefined, signal, async (lang) => {
        const { messages } = await sendToBackground('i18n/catalog', { lang: lang as 'en' });
        return messages;
      });
    }
    void admit(binding);
  };

  const sidebar = win === win.top ? sidebarHandlers(doc, signal) : null;
  const stopListening = listenInContent({
    'sidebar/mount': (p) => sidebar?.mount(p) ?? { ok: true },
    'sidebar/unmount': () => sidebar?.unmount() ?? { ok: true },
    'sidebar/toggle': () => sidebar?.toggle() ?? { ok: true },
    'sidebar/focus': () => sidebar?.focus() ?? { ok: true },
    'composer/insert': (p) => composerGate.insert(p),
    'picker/start': async () => {
      picking?.abort();
      const picker = new AbortController();
      picking = picker;
      signal.addEventListener('abort', () => picker.abort(), { once: true, signal: picker.signal });
      const picked = await startPicker(doc, picker.signal, { hint: win === win.top });
      if (picking === picker) picking = null;
      // Stopped from outside (another frame's picker won, or the extension went away).
      if (picker.signal.aborted) return { picked: false };
      picker.abort();
      // The user clicked or pressed Esc here: the pickers in the tab's other frames stop.
      sendToBackground('picker/done', { picked: picked !== null }).catch(stopIfInvalidated);
      if (!picked) return { picked: false };
      const root = picked.area.getRootNode() as Document | ShadowRoot;
      const selector = cssPath(picked.area);
      pickedSelector = selector;
      asleep.unwatch();
      const top = await site();
      if (frameOrigin && top) await savePickedChat(frameOrigin, top, { selector, pickedAt: Date.now() });
      const binding = pickedAdapter(selector).bind(root);
      if (binding) bind(binding);
      else watch();
      return { picked: true };
    },
    'picker/stop': () => {
      picking?.abort();
      return { ok: true };
    },
    'picker/forget': async () => {
      if (!pickedSelector) return { forgotten: false };
      const top = await site();
      if (frameOrigin && top) await forgetPickedChat(frameOrigin, top);
      pickedSelector = null;
      if (found?.widget === PICKED_WIDGET) {
        // Stop reading the area now; whatever the adapters find on their own binds instead.
        stop();
        found = null;
        sendToBackground('widget/lost', { widget: PICKED_WIDGET }).catch(stopIfInvalidated);
        watch();
      }
      return { forgotten: true };
    },
  });
  signal.addEventListener('abort', stopListening, { once: true });

  /** Looks up this frame's pick for this site (one storage read; the site only if there are picks). */
  const readPick = async () => {
    try {
      const picks = frameOrigin ? await getPickedChats(frameOrigin) : {};
      const top = Object.keys(picks).length > 0 ? await site() : null;
      const remembered = (top && picks[top]?.selector) || null;
      // A pick made meanwhile is bound already; a widget found meanwhile stays bound.
      if (remembered && !pickedSelector && !found && !signal.aborted) {
        pickedSelector = remembered;
        watch();
      }
    } catch {
      stopIfInvalidated();
    }
  };
  void readPick();

  return { found: bind };
}

function sidebarHandlers(doc: Document, signal: AbortSignal) {
  let sidebar: SidebarHost | null = null;
  return {
    mount({ widget }: { widget: string }) {
      if (sidebar) sidebar.setWidget(widget);
      else sidebar = mountSidebar(doc, widget, signal);
      return { ok: true as const };
    },
    unmount() {
      sidebar?.remove();
      sidebar = null;
      return { ok: true as const };
    },
    toggle() {
      if (sidebar) void getSidebarCollapsed().then((c) => setSidebarCollapsed(!c), () => undefined);
      return { ok: true as const };
    },
    focus() {
      if (sidebar) void setSidebarCollapsed(false).then(() => sidebar?.focus(), () => undefined);
      return { ok: true as const };
    },
  };
}
