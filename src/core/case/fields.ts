/**
 * The fields of a case file (advice habit 3) as data: what the sidebar shows, in which order,
 * with which input, and how much it may hold. Labels are i18n keys in
 * `public/_locales/<lang>/messages.json`, so the interface language decides their wording.
 */

/** Text fields, in display order. Their ids double as template placeholder names. */
export const CASE_TEXT_FIELDS = [
  'orderNumber',
  'item',
  'purchaseDate',
  'amount',
  'currency',
  'whatHappened',
  'alreadyTried',
  'outcomeWanted',
  'agentName',
  'followUpDate',
] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/** Every field id, including the list of reference numbers the agent gave. */
export type CaseFieldId = CaseTextField | 'references';

/**
 * How a field is edited. `date` values are ISO `YYYY-MM-DD` when picked from a date input, but
 * free text is kept ("last Tuesday"), since a customer may not know the exact day.
 */
export type CaseFieldKind = 'line' | 'paragraph' | 'date' | 'amount' | 'currency' | 'references';

export interface CaseFieldSpec {
  id: CaseFieldId;
  /** i18n key of the field's label. */
  labelKey: string;
  kind: CaseFieldKind;
  /** Longest value kept (UTF-16 units); longer stored values are cut, not dropped. */
  maxLength: number;
}

const LINE = 200;
const PARAGRAPH = 4_000;

export const CASE_FIELDS: readonly CaseFieldSpec[] = [
  { id: 'orderNumber', labelKey: 'sidebarField_orderNumber', kind: 'line', maxLength: 100 },
  { id: 'item', labelKey: 'sidebarField_item', kind: 'line', maxLength: LINE },
  { id: 'purchaseDate', labelKey: 'sidebarField_purchaseDate', kind: 'date', maxLength: 60 },
  { id: 'amount', labelKey: 'sidebarField_amount', kind: 'amount', maxLength: 60 },
  { id: 'currency', labelKey: 'sidebarField_currency', kind: 'currency', maxLength: 3 },
  { id: 'whatHappened', labelKey: 'sidebarField_whatHappened', kind: 'paragraph', maxLength: PARAGRAPH },
  { id: 'alreadyTried', labelKey: 'sidebarField_alreadyTried', kind: 'paragraph', maxLength: PARAGRAPH },
  { id: 'outcomeWanted', labelKey: 'sidebarField_outcomeWanted', kind: 'line', maxLength: LINE },
  { id: 'agentName', labelKey: 'sidebarField_agentName', kind: 'line', maxLength: 100 },
  { id: 'followUpDate', labelKey: 'sidebarField_followUpDate', kind: 'date', maxLength: 60 },
  { id: 'references', labelKey: 'sidebarField_references', kind: 'references', maxLength: 100 },
];

/** Fields that hold a paragraph rather than a line. */
export const CASE_LONG_FIELDS: ReadonlySet<CaseTextField> = new Set(['whatHappened', 'alreadyTried']);

/** At most this many saved reference numbers; older ones beyond it are dropped on load. */
export const MAX_REFERENCES = 50;

export function isCaseTextField(name: string): name is CaseTextField {
  return (CASE_TEXT_FIELDS as readonly string[]).includes(name);
}

export function caseFieldSpec(id: CaseFieldId): CaseFieldSpec {
  // Every id has a spec (a unit test checks it), so the fallback is never reached.
  return CASE_FIELDS.find((f) => f.id === id) ?? { id, labelKey: `sidebarField_${id}`, kind: 'line', maxLength: LINE };
}
