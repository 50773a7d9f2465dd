/**
 * Watching a frame for a widget that is not there yet, at the smallest cost: on pages without a
 * chat there is no subtree observer and no polling. We listen to (1) new top-level containers
 * (childList of <body>, where widgets inject themselves), (2) focus entering an editable field
 * (inline chats are found when the user starts typing), and (3) the load event. Only when a
 * vendor's marker is present but its chat is still closed do we watch the body's subtree, until
 * it opens.
 */
import { isSmallDocument, scanFrame, type ScanScope } from './scan';
import { adapters } from './registry';
import { addedElements, focusedField, observeTopLevel, replacedTopLevel } from './top-level';
import type { Binding, WidgetAdapter } from './types';

const SCAN_DELAY_MS = 120;

/**
 * Starts watching; the function returned stops it. It runs in every frame before a chat is found,
 * so it touches as little of the DOM's API as it can (each interface a frame's script first
 * touches costs it a tenth of a millisecond or more): no AbortSignal, listeners on the window.
 */
export function watchForWidget(
  doc: Document,
  location: Location,
  onBound: (b: Binding) => void,
  candidates: readonly WidgetAdapter[] = adapters,
  changed: readonly Element[] = [],
): () => void {
  const win = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let subtree: MutationObserver | null = null;
  let done = false;

  // Elements to look near on a large page: new top-level containers, the focused field.
  let near: Element[] = [...changed];
  let full = false;
  /** Measured once: a page rarely grows from small to large, and re-measuring costs. */
  let small: boolean | undefined;
  const scan = () => {
    timer = undefined;
    if (done) return;
    small ??= isSmallDocument(doc);
    const scope: ScanScope = full || small ? { full: true } : { full: false, near };
    near = [];
    full = false;
    const { binding, pending } = scanFrame(doc, location, candidates, scope);
    if (binding) {
      stop();
      onBound(binding);
    } else if (pending && !subtree && doc.body) {
      subtree = new MutationObserver(() => {
        full = true;
        schedule();
      });
      subtree.observe(doc.body, { childList: true, subtree: true });
    }
  };
  const schedule = () => {
    if (timer === undefined && !done) timer = setTimeout(scan, SCAN_DELAY_MS);
  };
  const observeTop = () => observeTopLevel(top, doc);
  const top = new MutationObserver((records) => {
    if (replacedTopLevel(records, doc)) observeTop();
    near.push(...addedElements(records));
    if (near.length > 0) schedule();
  });
  const onFocus = (event: Event) => {
    const field = focusedField(event);
    if (field) {
      near.push(field);
      schedule();
    }
  };
  // Widgets that render during load: one more full look where full looks are cheap.
  const onLoad = () => small && schedule();
  const stop = () => {
    done = true;
    top.disconnect();
    subtree?.disconnect();
    subtree = null;
    win?.removeEventListener('focusin', onFocus, true);
    win?.removeEventListener('DOMContentLoaded', begin);
    win?.removeEventListener('load', onLoad);
    if (timer !== undefined) clearTimeout(timer);
  };

  win?.addEventListener('focusin', onFocus, true);
  function begin() {
    if (done || !doc.documentElement) return;
    observeTop();
    scan();
    if (small && doc.readyState !== 'complete') win?.addEventListener('load', onLoad, { once: true });
  }
  if (doc.readyState === 'loading' && win) win.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
  return stop;
}
