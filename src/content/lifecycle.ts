/**
 * The content script's life in one frame, past the sentinel (sentinel.ts), which starts this when
 * there may be a chat:
 *
 * Watching: the frame is watched for a widget (detect/watch.ts) with the gate's listeners the
 * sentinel armed, and still no extension API is touched.
 *
 * Awake (awake.ts, a file of its own the background injects on request, see awake-load.ts):
 * when a widget is found here, when the background wakes the frame to message it (the sidebar
 * mount in the top frame, the element picker), or when the user picked the chat on this site by
 * hand. When the extension is reloaded or removed, the awake stage ends both, so an old script
 * stops cleanly and throws nothing into the page.
 */
import { armGate, type ArmedGate } from './composer/arm';
import type { Handover } from './sentinel';
import { adapters } from './detect/registry';
import type { Binding, WidgetAdapter } from './detect/types';
import { watchForWidget } from './detect/watch';
import { WAKE_KEY } from './wake';
import type { Awake } from './awake';
import { loadAwake } from 'parley:content-awake';

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

/**
 * Starts detection in the frame, with what the sentinel handed over (its armed gate, the elements
 * that woke it); without one (tests), arms the gate itself. Answers the frame's wake function.
 */
export function startParley(win: Window, doc: Document, handover?: Handover): { wake(): Promise<boolean> } {
  const scope = globalThis as Record<symbol, unknown>;
  const gate = handover?.gate ?? armGate(win);
  let ended = false;

  let stopWatching: (() => void) | null = null;
  const unwatch = () => {
    stopWatching?.();
    stopWatching = null;
  };
  const watch = (first: readonly WidgetAdapter[] = [], near: readonly Element[] = []) => {
    unwatch();
    if (!ended) stopWatching = watchForWidget(doc, win.location, found, first.length > 0 ? [...first, ...adapters] : adapters, near);
  };
  const key = Symbol.for(WAKE_KEY);
  const end = () => {
    ended = true;
    unwatch();
    gate.disarm();
    delete scope[key];
  };

  let awake: Promise<Awake> | null = null;
  const wake = (): Promise<Awake> => (awake ??= loadAwake().then((m) => m.wakeUp({ win, doc, gate, watch, unwatch, end })));
  function found(binding: Binding) {
    void wake().then((a) => a.found(binding), () => undefined);
  }

  // Resolves once the frame listens to the background (what the background waits for).
  const answer = () => wake().then(() => true);
  scope[key] = answer;
  watch([], handover?.near);
  if (handover?.wake) void wake();
  return { wake: answer };
}
