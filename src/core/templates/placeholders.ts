/**
 * The `{placeholder}` syntax of template bodies. A slot is a name in braces; its name is a
 * case-file field (or `reference`, the latest reference number). Braces that do not form a slot
 * are never sent: they are dropped from the text.
 */
import { CASE_TEXT_FIELDS, type CaseTextField } from '../case/fields';

/** Names a slot may have: the case-file text fields and `reference`. */
export const PLACEHOLDER_NAMES: readonly string[] = [...CASE_TEXT_FIELDS, 'reference'];
/**
 * A placeholder's name. Built-ins use only case-file fields; a user's template stored before
 * validation may carry another name, which is still reported so the UI can ask for it.
 */
export type PlaceholderName = CaseTextField | 'reference' | (string & {});

export const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const BRACES = /[{}]/g;

export type BodyPart = { kind: 'text'; text: string } | { kind: 'slot'; name: PlaceholderName };

/** Splits a body into literal text and slots, in order; stray braces are dropped. */
export function parseBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const match of body.matchAll(SLOT)) {
    const index = match.index ?? 0;
    if (index > at) parts.push({ kind: 'text', text: body.slice(at, index).replace(BRACES, '') });
    parts.push({ kind: 'slot', name: match[1] as string });
    at = index + match[0].length;
  }
  if (at < body.length) parts.push({ kind: 'text', text: body.slice(at).replace(BRACES, '') });
  return parts.filter((p) => p.kind === 'slot' || p.text !== '');
}

/** Slot names in order of first appearance. */
export function placeholdersOf(body: string): PlaceholderName[] {
  return [...new Set([...body.matchAll(SLOT)].map((m) => m[1] as string))];
}

export function isKnownPlaceholder(name: string): boolean {
  return PLACEHOLDER_NAMES.includes(name);
}

/** Braces outside well-formed slots: `{`, `}`, `{ name }`, `{1}`. */
export function hasStrayBraces(body: string): boolean {
  return /[{}]/.test(body.replace(SLOT, ''));
}
