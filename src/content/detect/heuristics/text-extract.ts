import { classTokens } from './class-tokens';
import { statusFromText } from './receipts';
import { BLOCK_TAGS, CHROME_TOKENS, SKIPPED_TAGS, SR_ONLY_CLASSES } from './chrome-vocabulary';

export interface TextOptions {
  /** Extra CSS selector for vendor chrome inside the message (`.tawk-timeago`). */
  skip?: string;
  /** Keep elements whose class tokens look like chrome (for vendor text nodes known to be clean). */
  keepChromeClasses?: boolean;
}

/** Hostile or huge DOM must not stall the page: stop flattening after this many nodes. */
const NODE_BUDGET = 5000;

interface Walk {
  parts: string[];
  budget: number;
  options: TextOptions;
  skipAriaHidden: boolean;
}

/**
 * The text a reader sees in a message element: hidden nodes, timestamps, avatars (and their alt
 * text), receipts, buttons and screen-reader-only labels are skipped; `<br>` and blocks become
 * line breaks; open shadow roots are entered. Returns '' when nothing readable is left.
 */
export function extractText(el: Element, options: TextOptions = {}): string {
  const strict = flatten(el, options, true);
  // Some widgets mark the visible text aria-hidden and voice a copy instead, and a message can
  // be just "Sent": accept that text rather than losing the message.
  return strict !== '' ? strict : flatten(el, options, false);
}

function flatten(el: Element, options: TextOptions, skipAriaHidden: boolean): string {
  const walk: Walk = { parts: [], budget: NODE_BUDGET, options, skipAriaHidden };
  try {
    visitChildren(el, walk);
  } catch {
    // Detached or exotic nodes: keep what was read so far.
  }
  return normalizeText(walk.parts.join(''));
}

function visitChildren(el: Element, walk: Walk): void {
  const source: Node = el.shadowRoot ?? el;
  // Sibling by sibling (nothing changes the tree during a walk): no array of the children.
  for (let child = source.firstChild; child !== null; child = child.nextSibling) {
    if (walk.budget-- <= 0) {
      return;
    }
    if (child.nodeType === 3) {
      walk.parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      visitElement(child as Element, walk);
    }
  }
}

function visitElement(el: Element, walk: Walk): void {
  const tag = el.localName;
  if (tag === 'br') {
    walk.parts.push('\n');
    return;
  }
  if (isChrome(el, walk)) {
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) {
    walk.parts.push('\n');
  }
  if (tag === 'slot') {
    visitSlot(el as HTMLSlotElement, walk);
  } else {
    visitChildren(el, walk);
  }
  if (block) {
    walk.parts.push('\n');
  }
}

function visitSlot(slot: HTMLSlotElement, walk: Walk): void {
  const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
  if (assigned.length === 0) {
    visitChildren(slot, walk);
    return;
  }
  for (const node of assigned) {
    if (node.nodeType === 3) {
      walk.parts.push(node.textContent ?? '');
    } else if (node.nodeType === 1) {
      visitElement(node as Element, walk);
    }
  }
}

/** True for elements whose text is UI chrome rather than message content. */
export function isChrome(el: Element, walk?: Pick<Walk, 'options' | 'skipAriaHidden'>): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden')) {
    return true;
  }
  if ((walk?.skipAriaHidden ?? true) && el.getAttribute('aria-hidden') === 'true') {
    return true;
  }
  if (isInlineHidden(el) || isScreenReaderOnly(el)) {
    return true;
  }
  // Receipts under hashed class names ("Delivered", "Read") are only recognisable by text.
  if ((walk?.skipAriaHidden ?? true) && el.childElementCount === 0 && statusFromText(el.textContent ?? '') !== null) {
    return true;
  }
  const skip = walk?.options.skip;
  if (skip && safeMatches(el, skip)) {
    return true;
  }
  return !walk?.options.keepChromeClasses && hasChromeClass(el);
}

function hasChromeClass(el: Element): boolean {
  for (const token of classTokens(el)) {
    if (CHROME_TOKENS.has(token)) {
      return true;
    }
  }
  return false;
}

/** Visually hidden text meant for screen readers (`.sr-only` and its many spellings). */
export function isScreenReaderOnly(el: Element): boolean {
  const raw = el.getAttribute('class');
  if (!raw) {
    return false;
  }
  let known = srOnly.get(raw);
  if (known === undefined) {
    known = raw.split(/\s+/).some((cls) => SR_ONLY_CLASSES.has(cls.toLowerCase()));
    if (srOnly.size >= SR_ONLY_MAX) {
      srOnly.clear();
    }
    srOnly.set(raw, known);
  }
  return known;
}
/** The answer by class list: a log's messages share a few (bounded, for pages with generated class names). */
const srOnly = new Map<string, boolean>();
const SR_ONLY_MAX = 2_048;

function isInlineHidden(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/** `Element.matches` that treats an invalid selector as no match instead of throwing. */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Collapses runs of spaces, trims each line, drops empty lines. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
