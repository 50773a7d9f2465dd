/**
 * The case file of one conversation (advice habit 3): the facts a customer should have at hand.
 * Its text fields fill the templates' placeholders of the same name. Stored locally only.
 */
export const CASE_TEXT_FIELDS = [
  'orderNumber',
  'item',
  'purchaseDate',
  'amount',
  'whatHappened',
  'alreadyTried',
  'outcomeWanted',
  'agentName',
  'followUpDate',
] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/** Fields that hold a paragraph rather than a line. */
export const CASE_LONG_FIELDS: ReadonlySet<CaseTextField> = new Set(['whatHappened', 'alreadyTried']);

export interface CaseFile {
  /** The conversation it belongs to. */
  conversationId: string;
  fields: Partial<Record<CaseTextField, string>>;
  /** Reference numbers the agent gave (saved from detected ones or typed), oldest first. */
  references: string[];
  /** Escalation steps already taken (ids of `LADDER_STEPS`). */
  ladderDone: string[];
  /** Epoch ms of the last change. */
  updatedAt: number;
}

const MAX_FIELD = 5_000;
const MAX_LIST = 50;

export function emptyCaseFile(conversationId: string): CaseFile {
  return { conversationId, fields: {}, references: [], ladderDone: [], updatedAt: 0 };
}

function strings(value: unknown, max: number): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, max)).slice(0, MAX_LIST) : [];
}

/** Stored data is untrusted and may be older than the code: keep what is valid, drop the rest. */
export function normaliseCaseFile(conversationId: string, value: unknown): CaseFile {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const rawFields = (typeof v.fields === 'object' && v.fields !== null ? v.fields : {}) as Record<string, unknown>;
  const fields: CaseFile['fields'] = {};
  for (const name of CASE_TEXT_FIELDS) {
    const field = rawFields[name];
    if (typeof field === 'string' && field) fields[name] = field.slice(0, MAX_FIELD);
  }
  return {
    conversationId,
    fields,
    references: strings(v.references, 100),
    ladderDone: strings(v.ladderDone, 40),
    updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0,
  };
}

/** Adds a reference number once (compared without case and spaces). */
export function addReference(file: CaseFile, reference: string, now: number): CaseFile {
  const key = (r: string) => r.replace(/\s+/g, '').toUpperCase();
  if (file.references.some((r) => key(r) === key(reference))) return file;
  return { ...file, references: [...file.references, reference], updatedAt: now };
}

/** The values templates are filled with: the text fields plus `reference` (the latest one). */
export function placeholderValues(file: CaseFile): Record<string, string | undefined> {
  return { ...file.fields, reference: file.references.at(-1) };
}
