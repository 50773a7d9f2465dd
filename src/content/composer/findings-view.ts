/**
 * The warning's content: the draft with its flagged phrases marked, one list item per finding
 * (its category, its phrase, why it may land badly) and the calmer draft. Built with textContent
 * only: the draft is the user's text and is never parsed as HTML.
 */
import type { CalmDraft, Finding } from '../../core/tone/index';
import { t } from '../../platform/i18n';

/** Longest phrase quoted in a list item; the draft above shows it in full. */
const PHRASE_MAX = 60;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The finding's explanation in the UI language, or '' when the string is not there. */
export function findingMessage(f: Finding): string {
  const text = t(f.message.key, f.message.params);
  return text === f.message.key ? '' : text;
}

export function categoryLabel(f: Finding): string {
  const key = `composer_cat_${f.category}`;
  const text = t(key);
  return text === key ? f.category : text;
}

/** The spans to mark in the draft: findings' spans, overlapping ones merged, in order. */
function markedSpans(findings: readonly Finding[]): [number, number][] {
  const spans = findings.map((f) => [f.start, f.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** The whole draft, once, with every flagged phrase marked. */
export function markedDraft(doc: Document, draft: string, findings: readonly Finding[]): HTMLElement {
  const block = el(doc, 'p', 'draft');
  let at = 0;
  for (const [s, e] of markedSpans(findings)) {
    if (s > at) block.append(draft.slice(at, s));
    block.append(el(doc, 'mark', '', draft.slice(s, e)));
    at = e;
  }
  if (at < draft.length) block.append(draft.slice(at));
  return block;
}

function phraseOf(draft: string, f: Finding): string {
  const phrase = draft.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return phrase.length > PHRASE_MAX ? `${phrase.slice(0, PHRASE_MAX - 1)}…` : phrase;
}

/**
 * One list item per finding: its category and phrase, and why it may land badly. The calmer
 * wording is shown once for the whole message (`calmerDraft`), exactly as "Use suggestion"
 * would put it in the composer.
 */
export function findingItem(doc: Document, draft: string, f: Finding): HTMLLIElement {
  const li = el(doc, 'li', '');
  li.setAttribute('data-parley', 'tone-finding');
  li.setAttribute('data-parley-category', f.category);
  const head = el(doc, 'p', 'head');
  head.append(el(doc, 'span', 'cat', categoryLabel(f)), ' ', el(doc, 'q', 'phrase', phraseOf(draft, f)));
  li.append(head);
  const why = findingMessage(f);
  if (why) li.append(el(doc, 'p', 'why', why));
  return li;
}

/** The calmer draft as "Use suggestion" inserts it, Parley's changes marked as insertions. */
export function calmerDraft(doc: Document, calm: CalmDraft): HTMLElement {
  const block = el(doc, 'div', 'calmer');
  block.setAttribute('data-parley', 'suggestion');
  const text = el(doc, 'p', 'draft');
  text.setAttribute('data-parley', 'suggestion-text');
  for (const part of calm.parts) {
    if (!part.changed) {
      text.append(part.text);
      continue;
    }
    // Spaces around a change are not marked: only the words Parley wrote.
    const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(part.text) ?? [];
    text.append(lead);
    if (words) text.append(el(doc, 'ins', '', words));
    text.append(trail);
  }
  block.append(el(doc, 'p', 'head', t('composer_suggestion_title')), text);
  return block;
}

export { el };
