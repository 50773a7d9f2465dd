import { safeQueryAll } from './composer';
import { safeMatches } from './text-extract';

/** Hostile pages can nest shadow roots without end: stop after this many roots. */
const MAX_ROOTS = 200;

/** Open shadow roots under `scope`, nested ones included, breadth-first. */
export function openShadowRoots(scope: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const queue: ParentNode[] = [scope];
  while (queue.length > 0 && roots.length < MAX_ROOTS) {
    const next = queue.shift();
    for (const el of next ? safeQueryAll(next, '*') : []) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        queue.push(el.shadowRoot);
      }
    }
  }
  return roots;
}

/**
 * `querySelectorAll` that also looks inside open shadow roots (Salesforce MIAW renders with deep
 * LWC shadow DOM). Results are grouped per root, light DOM first; order inside a root is kept.
 */
export function deepQueryAll(scope: ParentNode, selector: string): Element[] {
  const found = safeQueryAll(scope, selector);
  for (const root of openShadowRoots(scope)) {
    found.push(...safeQueryAll(root, selector));
  }
  return found;
}

/** The first deep match, or null. */
export function deepQuery(scope: ParentNode, selector: string): Element | null {
  return deepQueryAll(scope, selector)[0] ?? null;
}

/** True when `el` or an element it hosts (through shadow roots) matches. */
export function deepMatches(el: Element, selector: string): boolean {
  return safeMatches(el, selector) || deepQuery(el, selector) !== null;
}
