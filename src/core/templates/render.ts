/**
 * Filling a template's `{placeholders}`. A slot without a value is reported in `missing` and
 * left as an ellipsis: the text never carries raw `{braces}` into a chat, and the sidebar asks
 * for the missing values inline before it lets the text be inserted.
 */
const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
/** Stray braces (an unknown or malformed slot in a user's template) are dropped, not sent. */
const BRACES = /[{}]/g;

export interface Rendered {
  text: string;
  /** Placeholder names without a value, in order of first appearance. */
  missing: string[];
}

export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(SLOT)].map((m) => m[1] as string))];
}

export function render(template: { body: string }, values: Readonly<Record<string, string | undefined>>): Rendered {
  const missing: string[] = [];
  const text = template.body.replace(SLOT, (_slot, name: string) => {
    const value = values[name]?.trim();
    if (value) return value.replace(BRACES, '');
    if (!missing.includes(name)) missing.push(name);
    return '…';
  });
  return { text: text.replace(BRACES, ''), missing };
}
