/**
 * Visibility tests that work without layout (happy-dom, detached trees) and use layout only as
 * extra evidence when the browser computed one. Hidden pre-chat and offline forms must not be
 * mistaken for a live composer (widgets.md D.2 "Multiple instances and hidden duplicates"):
 * widgets hide them with `display`/`visibility`, but also with `opacity: 0` or by moving them
 * off-screen, so both count as hidden.
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
  return style !== null && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0');
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
 * Hidden by itself or any ancestor (across shadow boundaries), or, where layout exists, not
 * rendered (`checkVisibility`), rendered at (near) zero size or placed off-screen. `until`
 * bounds the ancestor walk (e.g. a scope already known to be visible).
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
  if (!hasLayout(el.ownerDocument)) {
    return false;
  }
  if (isUnrendered(el)) {
    return true;
  }
  const rect = el.getBoundingClientRect();
  return isTiny(rect) || isOffScreen(el, rect);
}

type VisibilityCheck = (options: { opacityProperty: boolean; visibilityProperty: boolean }) => boolean;

/**
 * The browser's own answer, where it gives one (Chromium 121+, Firefox 125+): no box, or an
 * ancestor with `opacity: 0` or `visibility: hidden`, in the flat tree (through shadow roots).
 * Only where layout exists: without it every box is missing.
 */
function isUnrendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check !== 'function') {
    return false;
  }
  try {
    return !check.call(el, { opacityProperty: true, visibilityProperty: true });
  } catch {
    return false;
  }
}

function safeParent(el: Element): Element | null {
  try {
    return parentAcrossShadow(el);
  } catch {
    return el.parentElement;
  }
}

/** Boxes of at most this many pixels each way are "visually hidden" (the 1×1 screen-reader trick). */
const TINY = 1;

/** A (near) zero-size box: hidden, where the page has layout (never under happy-dom). */
function isTiny(rect: DOMRect): boolean {
  return rect.width <= TINY && rect.height <= TINY;
}

/**
 * A box no scrolling can bring into view: wholly above or left of the page's start (the
 * `left: -9999px` pattern), or wholly beyond its scrollable end.
 */
function isOffScreen(el: Element, rect: DOMRect): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) {
    return false;
  }
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  const root = doc.documentElement;
  const width = Math.max(root.scrollWidth, view.innerWidth);
  const height = Math.max(root.scrollHeight, view.innerHeight);
  return left + rect.width <= 0 || top + rect.height <= 0 || left >= width || top >= height;
}

export function isVisible(el: Element, until?: Element | null): boolean {
  return !isHidden(el, until);
}
