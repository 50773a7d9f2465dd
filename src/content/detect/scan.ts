/**
 * Finding a widget in this frame: ask each adapter (vendors first, generic last) whether the
 * frame looks like its home, then let it bind the document or one of the shadow roots that
 * widgets render into. Pure DOM reads; an adapter that throws on a broken page is skipped.
 */
import { shadowRootOf } from '../../platform/shadow';
import { adapters } from './registry';
import type { Binding, WidgetAdapter } from './types';

/** Widgets put their shadow hosts near the top of <body>; deeper hosts are reached through roots. */
const HOST_DEPTH = 3;
const MAX_ROOTS = 50;

export function shadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (parent: ParentNode, depth: number) => {
    for (const el of Array.from(parent.children)) {
      if (found.length >= MAX_ROOTS) return;
      const root = shadowRootOf(el);
      if (root) {
        found.push(root);
        visit(root, 0);
      }
      if (depth < HOST_DEPTH) visit(el, depth + 1);
    }
  };
  if (doc.body) visit(doc.body, 1);
  return found;
}

export interface ScanResult {
  binding: Binding | null;
  /** A vendor's marker is on the page but its chat is not open yet (only the launcher). */
  pending: boolean;
}

export function scanFrame(doc: Document, location: Location, candidates: readonly WidgetAdapter[] = adapters): ScanResult {
  let pending = false;
  let roots: (Document | ShadowRoot)[] | null = null;
  for (const adapter of candidates) {
    if (!safely(() => adapter.matches(doc, location), false)) continue;
    roots ??= [doc, ...shadowRoots(doc)];
    for (const root of roots) {
      const binding = safely(() => adapter.bind(root), null);
      if (binding) return { binding, pending: false };
    }
    if (adapter.id !== 'generic') pending = true;
  }
  return { binding: null, pending };
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
