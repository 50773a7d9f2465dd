/**
 * The case file of one conversation (advice habit 3): the facts a customer should have at hand.
 * Its text fields fill the templates' placeholders of the same name. Stored locally only, never
 * synced; the storage layer runs every loaded record through `normaliseCaseFile`.
 */
import { CASE_FIELDS, CASE_TEXT_FIELDS, MAX_REFERENCES, type CaseTextField } from './fields';

export interface CaseFile {
  /** The conversation it belongs to. */
  conversationId: string;
  /** Values the customer typed; an absent key means "not filled in". */
  fields: Partial<Record<CaseTextField, string>>;
  /** Reference numbers the agent gave (saved from detected ones or typed), oldest first. */
  references: string[];
  /** Escalation steps already taken (ids of `LADDER_STEPS` in core/escalation). */
  ladderDone: string[];
  /** Epoch ms of the last change (0 for a new file). */
  updatedAt: number;
}

const MAX_ID = 200;
const MAX_STEPS = 20;
const STEP_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
// Control characters other than tab and newline have no place in a chat message.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export function emptyCaseFile(conversationId: string): CaseFile {
  return { conversationId, fields: {}, references: [], ladderDone: [], updatedAt: 0 };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function cleanField(name: CaseTextField, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const max = CASE_FIELDS.find((f) => f.id === name)?.maxLength ?? 200;
  const text = value.replace(CONTROL, '').slice(0, max);
  if (!text.trim()) return undefined;
  // A currency is an ISO 4217 code; anything else cannot be formatted and is dropped.
  if (name === 'currency') return /^[A-Za-z]{3}$/.test(text.trim()) ? text.trim().toUpperCase() : undefined;
  return text;
}

/** Compares references without case, spaces or a leading '#'. */
export function referenceKey(reference: string): string {
  return reference.normalize('NFKC').replace(/[\s#]+/g, '').toUpperCase();
}

function cleanReferences(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const reference = item.replace(CONTROL, '').trim().slice(0, 100);
    const key = referenceKey(reference);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(reference);
  }
  // The newest ones matter most when a follow-up chat quotes them.
  return out.slice(-MAX_REFERENCES);
}

function cleanSteps(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const steps = value.filter((s): s is string => typeof s === 'string' && STEP_ID.test(s));
  return [...new Set(steps)].slice(0, MAX_STEPS);
}

/**
 * Stored data is untrusted and may be older than the code: keep what is valid, drop values of
 * the wrong type, cut over-long ones. Never throws.
 */
export function normaliseCaseFile(conversationId: string, value: unknown): CaseFile {
  const v = record(value);
  const raw = record(v.fields);
  const fields: CaseFile['fields'] = {};
  for (const name of CASE_TEXT_FIELDS) {
    const field = cleanField(name, raw[name]);
    if (field !== undefined) fields[name] = field;
  }
  const updatedAt = typeof v.updatedAt === 'number' && Number.isFinite(v.updatedAt) && v.updatedAt > 0 ? v.updatedAt : 0;
  return {
    conversationId: conversationId.slice(0, MAX_ID),
    fields,
    references: cleanReferences(v.references),
    ladderDone: cleanSteps(v.ladderDone),
    updatedAt,
  };
}

/** Sets one field; an empty value removes it, so "filled in" stays a simple key test. */
export function setCaseField(file: CaseFile, name: CaseTextField, value: string, now: number): CaseFile {
  const fields = { ...file.fields };
  if (value.trim()) fields[name] = value;
  else delete fields[name];
  return { ...file, fields, updatedAt: now };
}

/** Adds a reference number once (compared without case, spaces and '#'). */
export function addReference(file: CaseFile, reference: string, now: number): CaseFile {
  const clean = reference.trim();
  if (!clean || file.references.some((r) => referenceKey(r) === referenceKey(clean))) return file;
  return { ...file, references: [...file.references, clean].slice(-MAX_REFERENCES), updatedAt: now };
}

export function removeReference(file: CaseFile, reference: string, now: number): CaseFile {
  const references = file.references.filter((r) => referenceKey(r) !== referenceKey(reference));
  return references.length === file.references.length ? file : { ...file, references, updatedAt: now };
}

/** Marks an escalation step as taken or not taken. */
export function markLadderStep(file: CaseFile, step: string, done: boolean, now: number): CaseFile {
  const ladderDone = done ? [...new Set([...file.ladderDone, step])] : file.ladderDone.filter((s) => s !== step);
  return { ...file, ladderDone, updatedAt: now };
}

/** The values templates are filled with: the text fields plus `reference` (the latest one). */
export function placeholderValues(file: CaseFile): Record<string, string | undefined> {
  return { ...file.fields, reference: file.references.at(-1) };
}
