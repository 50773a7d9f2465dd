/**
 * The content script's life in one frame, in two stages.
 *
 * Asleep (every frame of every page): the composer gate's listeners are armed and the frame is
 * watched for a widget, and nothing else: no extension API, and as few of the DOM's interfaces
 * as will do (each one a frame's script first touches costs it time), so a page without a chat
 * pays for a small script and one cheap look (docs/architecture.md, "What start-up costs").
 *
 * Awake (awake.ts, evaluated on demand): when a widget is found here, when the background wakes
 * the frame to message it (the sidebar mount in the top frame, the element picker), or when the
 * user picked the chat on this site by hand. When the extension is reloaded or removed, the
 * awake stage ends both, so an old script stops cleanly and throws nothing into the page.
 */
import { armGate, type ArmedGate } from './composer/arm';
import { adapters } from './detect/registry';
import type { Binding, WidgetAdapter } from './detect/types';
import { watchForWidget } from './detect/watch';
import { WAKE_KEY, type WakeReason } from './wake';
import type { Awake } from './awake';

const LOADED = Symbol.for('parley.content.loaded');

/** What the awake stage gets from the sleeping one. */
export interface Asleep {
  win: Window;
  doc: Document;
  gate: ArmedGate;
  /** Watches the frame for a widget again, `first` asked before the vendors' adapters. */
  watch(first?: readonly WidgetAdapter[]): void;
  /** Stops watching (a binding was made by other means). */
  unwatch(): void;
  /** Ends the sleeping stage's listeners and watcher for good (the extension went away). */
  end(): void;
}

export function startParley(win: Window, doc: Document): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  // Armed now, at document_start, so its capture listeners run before the page's own.
  const gate = armGate(win);
  let ended = false;

  let stopWatching: (() => void) | null = null;
  const unwatch = () => {
    stopWatching?.();
    stopWatching = null;
  };
  const watch = (first: readonly WidgetAdapter[] = []) => {
    unwatch();
    if (!ended) stopWatching = watchForWidget(doc, win.location, found, first.length > 0 ? [...first, ...adapters] : adapters);
  };
  const key = Symbol.for(WAKE_KEY);
  const end = () => {
    ended = true;
    unwatch();
    gate.disarm();
    delete scope[key];
  };

  let awake: Promise<Awake> | null = null;
  const wake = (): Promise<Awake> => (awake ??= import('./awake').then((m) => m.wakeUp({ win, doc, gate, watch, unwatch, end })));
  function found(binding: Binding) {
    void wake().then((a) => a.found(binding), () => undefined);
  }

  const early = scope[key] as WakeReason | undefined;
  // Resolves once the frame listens to the background (what the background waits for).
  scope[key] = () => wake().then(() => true);
  watch();
  if (early === 'picked') void wake();
}
