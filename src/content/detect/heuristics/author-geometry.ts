import type { Author } from '../../../shared/transcript-types';
import { hasLayout } from './visibility';

/** Gaps closer than this are "centred / full width" and prove nothing. */
const MIN_GAP_DIFFERENCE = 8;
/** How deep to look for the bubble inside a full-width row. */
const MAX_BUBBLE_DEPTH = 3;

interface Box {
  left: number;
  right: number;
  width: number;
}

function box(el: Element): Box | null {
  try {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 ? { left: rect.left, right: rect.right, width: rect.width } : null;
  } catch {
    return null;
  }
}

/** Text direction of the log: `dir` attribute first (works without CSS), then computed style. */
export function isRightToLeft(el: Element): boolean {
  const marked = el.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (marked === 'rtl' || marked === 'ltr') {
    return marked === 'rtl';
  }
  const docDir = el.ownerDocument.documentElement.getAttribute('dir')?.toLowerCase();
  if (docDir === 'rtl') {
    return true;
  }
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el).direction === 'rtl';
  } catch {
    return false;
  }
}

/** -1 left-aligned, 1 right-aligned, 0 unknown/centred, for one element inside the log box. */
function alignment(el: Element, log: Box, depth: number): number {
  const own = box(el);
  if (!own) {
    return 0;
  }
  const difference = own.left - log.left - (log.right - own.right);
  if (Math.abs(difference) >= MIN_GAP_DIFFERENCE) {
    return difference > 0 ? 1 : -1;
  }
  // A full-width row: the bubble inside it carries the alignment.
  for (const child of depth > 0 ? Array.from(el.children) : []) {
    const side = alignment(child, log, depth - 1);
    if (side !== 0) {
      return side;
    }
  }
  return 0;
}

/**
 * Customer bubbles sit on the trailing side: right in left-to-right pages, left in right-to-left
 * ones. Only used when class evidence is missing, and only where the browser computed a layout
 * (happy-dom and hidden widgets report zero boxes, which are no evidence).
 */
export function authorFromGeometry(el: Element, log: Element): Author | null {
  if (!hasLayout(el.ownerDocument)) {
    return null;
  }
  const logBox = box(log);
  if (!logBox) {
    return null;
  }
  const side = alignment(el, logBox, MAX_BUBBLE_DEPTH);
  if (side === 0) {
    return null;
  }
  const trailing = isRightToLeft(log) ? -1 : 1;
  return side === trailing ? 'customer' : 'agent';
}
