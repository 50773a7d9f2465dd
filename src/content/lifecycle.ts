/**
 * The content script's life in one frame: one AbortController ends every listener, observer
 * and timer when the extension is reloaded or removed ("Extension context invalidated"), so an
 * old script stops cleanly and throws nothing into the page.
 */
import { extensionAlive } from '../platform/extension-url';
import { listenInContent, sendToBackground } from '../platform/messaging';
import { startCapture } from './capture/capture';
import type { Binding } from './detect/types';
import { watchForWidget } from './detect/watch';
import { mountSidebar, type SidebarHost } from './mount/sidebar-host';

const LOADED = Symbol.for('parley.content.loaded');

export function startParley(win: Window, doc: Document): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const controller = new AbortController();
  const { signal } = controller;
  const stopIfInvalidated = () => {
    if (!extensionAlive()) controller.abort();
  };

  if (win === win.top) hostSidebar(doc, signal);
  const bind = (binding: Binding) => {
    const bound = new AbortController();
    signal.addEventListener('abort', () => bound.abort(), { once: true });
    sendToBackground('widget/found', { widget: binding.widget }).catch(stopIfInvalidated);
    startCapture(binding, {
      signal: bound.signal,
      now: Date.now,
      send: async (batch) => {
        stopIfInvalidated();
        if (signal.aborted) return;
        await sendToBackground('transcript/append', {
          widget: binding.widget,
          frameUrl: win.location.href,
          title: doc.title,
          ...batch,
        });
      },
      onDetached: () => {
        bound.abort();
        sendToBackground('widget/lost', { widget: binding.widget }).catch(stopIfInvalidated);
        watchForWidget(doc, win.location, signal, bind);
      },
    });
  };
  watchForWidget(doc, win.location, signal, bind);
}

function hostSidebar(doc: Document, signal: AbortSignal): void {
  let sidebar: SidebarHost | null = null;
  const stop = listenInContent({
    'sidebar/mount': ({ widget }) => {
      if (sidebar) sidebar.setWidget(widget);
      else sidebar = mountSidebar(doc, widget, signal);
      return { ok: true };
    },
    'sidebar/unmount': () => {
      sidebar?.remove();
      sidebar = null;
      return { ok: true };
    },
  });
  signal.addEventListener('abort', stop, { once: true });
}
