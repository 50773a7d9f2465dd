/**
 * Which events are the user sending the draft. Decisions only: the gate listens and acts.
 * Events are seen on the window in the capture phase, so `event.target` may be retargeted to a
 * shadow host; the real target comes from `composedPath()`. Inside closed shadow roots the path
 * stops at the host, so there the root's focus or hit-testing decides.
 */
import type { Binding } from '../detect/types';

export type SendKind = 'enter' | 'click' | 'submit';

export interface SendIntent {
  kind: SendKind;
  composer: HTMLElement;
  /** The send control (click) or the form's submitter (submit), when known. */
  control?: HTMLElement;
  form?: HTMLFormElement;
}

/** Key events that belong to an IME composition (Japanese, Chinese, Korean input): never ours. */
export function isComposing(event: KeyboardEvent): boolean {
  // keyCode 229 is what Chromium and Safari report for keys the IME consumed.
  return event.isComposing || event.keyCode === 229;
}

/** Plain Enter: Shift+Enter is a newline, and Ctrl/Alt/Meta+Enter mean something else per widget. */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !isComposing(event);
}

function pathOf(event: Event): EventTarget[] {
  const path = event.composedPath();
  return path.length > 0 ? path : event.target ? [event.target] : [];
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/**
 * True when the event happened on `el`: `el` is in the path, or the path stops at a host above
 * `el`'s closed shadow root and `inside()` confirms it from within that root.
 */
export function eventReaches(event: Event, el: Element, inside: (root: ShadowRoot) => boolean): boolean {
  const path = pathOf(event);
  if (path.includes(el)) return true;
  const root = el.getRootNode();
  if (!isShadowRoot(root) || root.mode !== 'closed') return false;
  for (let host: Element | null = root.host; host; ) {
    if (path.includes(host)) return inside(root);
    const up = host.getRootNode();
    host = isShadowRoot(up) ? up.host : null;
  }
  return false;
}

function focusedIn(root: ShadowRoot, el: Element): boolean {
  const active = root.activeElement;
  return active === el || (!!active && el.contains(active));
}

function hitIn(root: ShadowRoot, el: Element, event: MouseEvent): boolean {
  const hit = event.clientX || event.clientY ? root.elementFromPoint(event.clientX, event.clientY) : root.activeElement;
  return !!hit && (hit === el || el.contains(hit));
}

/** The send intent of a trusted event, or null when the event is not the user sending. */
export function sendIntent(event: Event, binding: Binding): SendIntent | null {
  const composer = binding.composer();
  if (!composer) return null;
  if (event.type === 'keydown' || event.type === 'keypress') {
    const key = event as KeyboardEvent;
    return isSendKey(key) && eventReaches(event, composer, (root) => focusedIn(root, composer)) ? { kind: 'enter', composer } : null;
  }
  if (event.type === 'click') {
    const click = event as MouseEvent;
    const control = binding.sendButton();
    if (click.button !== 0 || !control) return null;
    return eventReaches(event, control, (root) => hitIn(root, control, click)) ? { kind: 'click', composer, control } : null;
  }
  if (event.type === 'submit') {
    const form = pathOf(event)[0] as HTMLFormElement | undefined;
    if (form?.localName !== 'form' || !form.contains(composer)) return null;
    const submitter = (event as SubmitEvent).submitter;
    return { kind: 'submit', composer, form, ...(submitter ? { control: submitter } : {}) };
  }
  return null;
}
