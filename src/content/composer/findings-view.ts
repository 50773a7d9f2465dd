/**
 * One list item per finding: its category, the draft around it with the phrase marked, why it
 * may land badly, and the calmer wording. Built with textContent only: the draft is the user's
 * text and is never parsed as HTML.
 */
import type { Finding } from '../../core/tone/index';
import { t } from '../../platform/i18n';

const CONTEXT = 40;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The finding's explanation in the UI language, or '' when the string is not there yet. */
export function findingMessage(f: Finding): string {
  const text = t(f.message.key, f.message.params);
  return text === f.message.key ? '' : text;
}

export function categoryLabel(f: Finding): string {
  const key = `composer_cat_${f.category}`;
  const text = t(key);
  return text === key ? f.category : text;
}

function quote(doc: Document, draft: string, f: Finding): HTMLElement {
  const from = Math.max(0, f.start - CONTEXT);
  const to = Math.min(draft.length, f.end + CONTEXT);
  const q = el(doc, 'span', 'quote');
  q.append(
    `${from > 0 ? '…' : ''}${draft.slice(from, f.start)}`,
    el(doc, 'mark', '', draft.slice(f.start, f.end)),
    `${draft.slice(f.end, to)}${to < draft.length ? '…' : ''}`,
  );
  return q;
}

export function findingItem(doc: Document, draft: string, f: Finding): HTMLLIElement {
  const li = el(doc, 'li', '');
  li.setAttribute('data-parley', 'tone-finding');
  li.setAttribute('data-parley-category', f.category);
  li.append(el(doc, 'span', 'cat', categoryLabel(f)), quote(doc, draft, f));
  const why = findingMessage(f);
  if (why) li.append(el(doc, 'p', 'why', why));
  const calmer = f.suggestions.find((s) => s.scope === 'span' && s.text.trim() !== '') ?? f.suggestions.find((s) => s.scope === 'message');
  if (calmer) li.append(el(doc, 'p', 'calmer', t('composer_calmer', calmer.text)));
  return li;
}

export { el };
