/**
 * Filling a template's `{placeholders}` from the case file. A slot without a value is reported
 * in `missing` and shown as an ellipsis: the text never carries raw `{braces}` into a chat, and
 * the sidebar asks for the missing values inline before it lets the text be inserted. Only a
 * preview asked for with `markers: true` shows `{name}` where a value is missing.
 */
import type { CaseFile } from '../case/case-file';
import { placeholderValues } from '../case/case-file';
import type { Lang } from '../tone/types';
import { parseBody, type PlaceholderName } from './placeholders';
import { slotValue, type PlaceholderValues } from './values';

export const MISSING_MARK = '…';

export interface Rendered {
  text: string;
  /** Placeholder names without a value, in order of first appearance. */
  missing: PlaceholderName[];
}

/** A piece of a rendered template, for inline editing: literal text or a slot with its value. */
export type Segment = { kind: 'text'; text: string } | { kind: 'slot'; name: PlaceholderName; value: string | null };

export interface RenderableTemplate {
  body: string;
  /** Language for dates and amounts; English when absent. */
  lang?: Lang;
}

function isCaseFile(source: CaseFile | PlaceholderValues): source is CaseFile {
  return typeof (source as { fields?: unknown }).fields === 'object' && (source as { fields?: unknown }).fields !== null;
}

/** The case file's values (or ready values), with what the user typed for this template on top. */
function valuesOf(source: CaseFile | PlaceholderValues, overrides: PlaceholderValues): PlaceholderValues {
  const base = isCaseFile(source) ? placeholderValues(source) : source;
  const typed = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v.trim() !== ''));
  return { ...base, ...typed };
}

/** Literal and slot segments with their filled values (null when missing). */
export function segments(template: RenderableTemplate, source: CaseFile | PlaceholderValues, overrides: PlaceholderValues = {}): Segment[] {
  const values = valuesOf(source, overrides);
  const lang = template.lang ?? 'en';
  return parseBody(template.body).map((part) =>
    part.kind === 'text' ? part : { kind: 'slot', name: part.name, value: slotValue(part.name, values, lang) ?? null },
  );
}

/**
 * Fills the template. `source` is the conversation's case file, or values already taken from it
 * (`placeholderValues(file)` plus anything typed); `overrides` win over both.
 */
export function render(
  template: RenderableTemplate,
  source: CaseFile | PlaceholderValues,
  overrides: PlaceholderValues = {},
  options: { markers?: boolean } = {},
): Rendered {
  const missing: PlaceholderName[] = [];
  const text = segments(template, source, overrides)
    .map((s) => {
      if (s.kind === 'text') return s.text;
      if (s.value !== null) return s.value;
      if (!missing.includes(s.name)) missing.push(s.name);
      return options.markers ? `{${s.name}}` : MISSING_MARK;
    })
    .join('');
  return { text, missing };
}
