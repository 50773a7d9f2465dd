/**
 * Which frame and which site a pick belongs to. A widget frame's own origin is often the vendor's
 * (one vendor serves many sites), so picks are keyed by the frame's origin and the origin of the
 * tab's top-level page.
 */

/**
 * The origin of this frame's document: about:blank and srcdoc frames report their creator's
 * (`location.origin` would say "null" there); null for opaque (sandboxed) documents.
 */
export function frameOriginOf(win: Window): string | null {
  const origin = win.origin;
  return origin && origin !== 'null' ? origin : null;
}

/**
 * The origin of the tab's top-level page: this frame's own in the top frame, the top window's
 * when it is same-origin, the outermost `location.ancestorOrigins` entry (Chromium), and else what
 * the background reads from the tab (`ask`), which a cross-origin frame in Firefox needs.
 */
export async function topOriginOf(win: Window, ask: () => Promise<string | null>): Promise<string | null> {
  if (win === win.top) {
    return frameOriginOf(win);
  }
  try {
    const top = win.top ? frameOriginOf(win.top) : null;
    if (top) {
      return top;
    }
  } catch {
    // A cross-origin top window: its origin is not readable from here.
  }
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  const outermost = ancestors && ancestors.length > 0 ? ancestors.item(ancestors.length - 1) : null;
  if (outermost && outermost !== 'null') {
    return outermost;
  }
  return ask();
}
