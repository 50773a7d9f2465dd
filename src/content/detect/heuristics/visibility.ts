/**
 * Visibility tests that work without layout (happy-dom, detached trees) and use layout only as
 * extra evidence when the browser computed one. Hidden pre-chat and offline forms must not be
 * mistaken for a live composer (widgets.md D.2 "Multiple instances and hidden duplicates").
 */

/** True when the document has real layout (a browser), so zero-size boxes mean something. */
export function hasLayout(doc: Document): boolean {
  try {
    const rect = doc.documentElement.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0;
  } catch {
    return false;
  }
}

/** Hidden by attribute, inline style or computed style on this element alone. */
export function isSelfHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) {
    return true;
  }
  if (el.localName === 'input' && el.getAttribute('type') === 'hidden') {
    return true;
  }
  const style = computedStyle(el);
  return style !== null && (style.display === 'none' || style.visibility === 'hidden');
}

function computedStyle(el: Element): CSSStyleDeclaration | null {
  try {
    const view = el.ownerDocument.defaultView;
    return view ? view.getComputedStyle(el) : null;
  } catch {
    return null;
  }
}

/** The parent element, crossing out of a shadow root to its host. */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) {
    return el.parentElement;
  }
  const root = el.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}

/** Realm-independent check: `instanceof ShadowRoot` fails across frames and test windows. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && 'mode' in node;
}

/**
 * Hidden by itself or any ancestor (across shadow boundaries), or rendered at zero size where
 * layout exists. `until` bounds the walk (e.g. a scope already known to be visible).
 */
export function isHidden(el: Element, until?: Element | null): boolean {
  let node: Element | null = el;
  while (node) {
    if (isSelfHidden(node)) {
      return true;
    }
    if (node === until) {
      break;
    }
    node = safeParent(node);
  }
  return isZeroSize(el);
}

function safeParent(el: Element): Element | null {
  try {
    return parentAcrossShadow(el);
  } catch {
    return el.parentElement;
  }
}

/** Zero-size boxes count as hidden only when the page has layout (never under happy-dom). */
export function isZeroSize(el: Element): boolean {
  if (!hasLayout(el.ownerDocument)) {
    return false;
  }
  const rect = el.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0;
}

export function isVisible(el: Element, until?: Element | null): boolean {
  return !isHidden(el, until);
}
