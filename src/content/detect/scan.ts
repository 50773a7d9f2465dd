/**
 * Finding a widget in this frame: ask each adapter (the user's pick first, vendors next, generic
 * last) whether the frame looks like its home, then let it bind the document or one of the shadow
 * roots that widgets render into. Pure DOM reads; an adapter that throws is skipped.
 *
 * Cost rule: whole-document scans only where they are cheap (frames, small pages). On a large
 * top-level page only vendors' id/class markers are checked, and the generic heuristics look
 * inside the parts of the page that just changed (a new container, the field the user focused).
 */
import { shadowRootOf } from '../../platform/shadow';
import { bindGenericLog, GENERIC_ID } from './generic';
import { findChatLog } from './heuristics/chat-log';
import { hasMarker } from './heuristics/frame-match';
import { adapters } from './registry';
import type { Binding, WidgetAdapter } from './types';

const HOST_DEPTH = 3;
const MAX_ROOTS = 50;
/** A vendor's own chat page (a pop-out window) is small; a site's page usually is not. */
const SMALL_PAGE_ELEMENTS = 3_000;
/** How far above a focused field a chat log may start. */
const FOCUS_CLIMB = 8;

/** Where to look: everywhere, or only inside these elements (and their shadow roots). */
export interface ScanScope {
  full: boolean;
  near?: readonly Element[];
}

export function isSmallDocument(doc: Document): boolean {
  const win = doc.defaultView;
  if (win && win !== win.top) return true;
  // item(n) walks natively only as far as the n-th element, not to the end of a large page.
  return doc.getElementsByTagName('*').item(SMALL_PAGE_ELEMENTS) === null;
}

/** Shadow roots under `parent` (closed ones through the browser's extension access). */
export function shadowRoots(parent: ParentNode, depth = HOST_DEPTH): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode, level: number) => {
    for (const el of Array.from(node.children)) {
      if (found.length >= MAX_ROOTS) return;
      // Asking the browser for a closed root costs an API call: only for custom elements, the
      // hosts widgets use (a closed root on a plain <div> is not worth a call per element).
      const root = el.shadowRoot ?? (el.localName.includes('-') ? shadowRootOf(el) : null);
      if (root) {
        found.push(root);
        visit(root, 1);
      }
      if (level < depth) visit(el, level + 1);
    }
  };
  visit(parent, 1);
  return found;
}

export interface ScanResult {
  binding: Binding | null;
  /** A vendor's marker is on the page but its chat is not open yet (only the launcher). */
  pending: boolean;
}

export function scanFrame(
  doc: Document,
  location: Location,
  candidates: readonly WidgetAdapter[] = adapters,
  scope: ScanScope = { full: isSmallDocument(doc) },
): ScanResult {
  let pending = false;
  const rootsOf = lazy(() => [doc, ...(doc.body ? shadowRoots(doc.body, scope.full ? HOST_DEPTH : 1) : [])]);
  for (const adapter of candidates) {
    if (!scope.full) {
      // A large page: only widgets that render in the page, and only through their markers.
      if (adapter.frame === 'widget-frame' || !adapter.markers || !hasMarker(doc, adapter.markers)) continue;
    } else if (!safely(() => adapter.matches(doc, location), false)) continue;
    for (const root of rootsOf()) {
      const binding = safely(() => adapter.bind(root), null);
      if (binding) return { binding, pending: false };
    }
    if (adapter.id !== GENERIC_ID) pending = true;
  }
  const near = scope.full ? null : scope.near && bindNear(scope.near);
  return { binding: near ?? null, pending };
}

/** The generic heuristics inside a few elements and their ancestors' neighbourhood. */
function bindNear(elements: readonly Element[]): Binding | null {
  for (const start of elements) {
    let el: Element | null = start;
    for (let up = 0; el && up <= FOCUS_CLIMB; up++, el = el.parentElement) {
      for (const root of [el, ...shadowRoots(el, 1)]) {
        const parts = safely(() => findChatLog(root), null);
        if (parts) return bindGenericLog(GENERIC_ID, parts.log, parts.container);
      }
    }
  }
  return null;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
