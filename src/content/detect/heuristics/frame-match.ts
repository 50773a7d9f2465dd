/**
 * Cheap frame tests for `matches()`: the frame's own URL, its `window.name` (readable inside the
 * frame even when cross-origin, and equal to the embedding iframe's `name`), the embedding
 * iframe element (same-origin frames only), and marker elements.
 */
import { safeQuery } from './composer';
import { safeMatches } from './text-extract';

/** True when the frame's host matches, e.g. /(^|\.)livechatinc\.com$/. */
export function hostMatches(location: Location, host: RegExp, path?: RegExp): boolean {
  try {
    return host.test(location.hostname) && (!path || path.test(location.pathname));
  } catch {
    return false;
  }
}

/** The frame's window name, e.g. 'chat-widget' for LiveChat's `iframe[name="chat-widget"]`. */
export function frameNameIs(doc: Document, names: readonly string[]): boolean {
  try {
    const name = doc.defaultView?.name ?? '';
    return name !== '' && names.includes(name);
  } catch {
    return false;
  }
}

/** True when the iframe hosting this document matches `selector` (same-origin frames only). */
export function frameElementMatches(doc: Document, selector: string): boolean {
  try {
    const frame = doc.defaultView?.frameElement ?? null;
    return frame !== null && safeMatches(frame, selector);
  } catch {
    // Cross-origin parents throw on frameElement access in some browsers.
    return false;
  }
}

/** True when any marker selector matches in the document. */
export function hasMarker(doc: ParentNode, selectors: readonly string[]): boolean {
  return selectors.some((selector) => safeQuery(doc, selector) !== null);
}
