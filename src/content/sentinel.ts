/**
 * The content script's first stage, in every frame of every page: the smallest script that can
 * tell whether there is anything to look at. It arms the composer gate's send listeners (they
 * must come before the page's own) and waits, touching no extension API and as little of the DOM
 * as will do; the rest of the content script (stage.ts: detection, then, once a chat is found,
 * the awake stage with capture, the gate's judgment and the sidebar) is evaluated only when one
 * of these says there may be a chat here:
 * - at DOMContentLoaded: the frame is an iframe or a small page (full looks are cheap there), or
 *   a large page holds an in-page widget's marker (one id, class or tag query each);
 * - a container is added to <html> or <body> (where widgets inject themselves);
 * - the user focuses an editable field (inline chats are found where the user types);
 * - the background wakes the frame (wake.ts), or the user picked a chat on this site.
 * The build keeps detection inside a function (vite.config.ts), so a page without a chat does not
 * even evaluate it, and the awake stage in a file of its own the background injects on request.
 */
import { armGate, type ArmedGate } from './composer/arm';
import { IN_PAGE_MARKERS } from './detect/markers';
import { addedElements, focusedField, observeTopLevel, replacedTopLevel } from './detect/top-level';
import { WAKE_KEY, type WakeReason } from './wake';

/** A vendor's own chat page (a pop-out window) is small; a site's page usually is not. */
export const SMALL_PAGE_ELEMENTS = 3_000;

/** What the sentinel hands to the rest of the content script when it starts it. */
export interface Handover {
  gate: ArmedGate;
  /** Elements that changed or were focused: the first look goes near them. */
  near: Element[];
  /** The background asked (or the site has a pick): wake at once. */
  wake: boolean;
}

export interface Stage {
  startParley(win: Window, doc: Document, handover?: Handover): { wake(): Promise<boolean> };
}

const LOADED = Symbol.for('parley.content.loaded');

export function startSentinel(win: Window, doc: Document, loadStage: () => Stage): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const gate = armGate(win);
  const key = Symbol.for(WAKE_KEY);
  const early = scope[key] as WakeReason | undefined;
  let started: { wake(): Promise<boolean> } | null = null;
  const top = new MutationObserver(onAdded);

  const stop = () => {
    top.disconnect();
    win.removeEventListener('focusin', onFocus, true);
    win.removeEventListener('DOMContentLoaded', onReady);
  };
  const start = (near: Element[], wake: boolean) => {
    if (!started) {
      stop();
      started = loadStage().startParley(win, doc, { gate, near, wake });
    }
    return started;
  };
  scope[key] = () => start([], true).wake();

  function onAdded(records: MutationRecord[]) {
    const near = addedElements(records);
    if (near.length > 0) start(near, false);
    else if (replacedTopLevel(records, doc)) observeTop();
  }
  function onFocus(event: Event) {
    const field = focusedField(event);
    if (field) start([field], false);
  }
  function observeTop() {
    observeTopLevel(top, doc);
  }
  function onReady() {
    if (started || !doc.documentElement) return;
    const small = win !== win.top || doc.getElementsByTagName('*').item(SMALL_PAGE_ELEMENTS) === null;
    if (small || IN_PAGE_MARKERS.some((m) => doc.querySelector(m) !== null)) start([], false);
    else observeTop();
  }

  if (early === 'picked') {
    start([], true);
    return;
  }
  win.addEventListener('focusin', onFocus, true);
  if (doc.readyState === 'loading') win.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
}
