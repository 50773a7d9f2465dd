/**
 * The words of the exports in the interface language, from the i18n catalog
 * (public/_locales/<lang>/messages.json): what src/ui/export passes to every serializer, so a
 * German user gets a German HTML page (lang="de"), Markdown, text and CSV. The core keeps no
 * strings of its own (src/core/export/labels.ts).
 */
import { CASE_FIELDS, REFERENCES_FIELD } from '../../core/case';
import type { ExportLabels } from '../../core/export/labels';
import { t } from '../../platform/i18n';

/** Looks up an interface string with positional substitutions (`t`, or a catalog in tests and benchmarks). */
export type Translate = (key: string, substitutions?: string[]) => string;

function caseFieldNames(translate: Translate): Record<string, string> {
  const names: Record<string, string> = {};
  for (const field of CASE_FIELDS) names[field.id] = translate(field.labelKey);
  // The sidebar's label carries an input hint ("Currency (e.g. EUR)"); an export names the field.
  names.currency = translate('export_currency');
  names[REFERENCES_FIELD] = translate('sidebarField_references');
  return names;
}

// Private-use characters mark where a message's substitutions go, so each message is looked up
// once, when the table is built: the table is a snapshot of one language.
const ARGS = ['\uF8F0', '\uF8F1'] as const;

/** A message with substitutions as a function, read from the catalog now (and cheap per call: exports call it per message). */
function template(translate: Translate, key: string, count: 1): (a: string) => string;
function template(translate: Translate, key: string, count: 2): (a: string, b: string) => string;
function template(translate: Translate, key: string, count: 1 | 2) {
  const shape = translate(key, ARGS.slice(0, count));
  // The message as literal pieces and slot numbers, in order; each slot is filled once, so text
  // inside a value is never read as a slot.
  const pieces = shape.split(/([\uF8F0\uF8F1])/).map((piece) => (piece === ARGS[0] ? 0 : piece === ARGS[1] ? 1 : piece));
  return (...values: string[]) => {
    let out = '';
    for (const piece of pieces) out += typeof piece === 'number' ? (values[piece] ?? '') : piece;
    return out;
  };
}

export function exportLabels(translate: Translate = t): ExportLabels {
  return {
    lang: translate('export_lang'),
    author: { agent: translate('popupAuthorAgent'), customer: translate('export_customer'), system: translate('popupAuthorSystem') },
    authorNamed: template(translate, 'export_authorNamed', 2),
    status: { sending: translate('export_statusSending'), sent: translate('export_statusSent'), failed: translate('export_statusFailed') },
    detail: template(translate, 'export_detail', 2),
    titleOne: template(translate, 'export_titleOne', 1),
    titleAll: translate('export_titleAll'),
    exported: template(translate, 'export_exported', 1),
    site: translate('export_site'),
    page: translate('export_page'),
    pageTitle: translate('export_pageTitle'),
    widget: translate('export_widget'),
    time: translate('export_time'),
    messages: translate('export_messages'),
    integrity: translate('export_integrity'),
    chainHead: template(translate, 'export_chainHead', 2),
    chainEmpty: translate('export_chainEmpty'),
    caseFile: translate('sidebarCaseTitle'),
    caseFields: caseFieldNames(translate),
    conversation: translate('export_conversation'),
    position: translate('export_position'),
    authorColumn: translate('export_author'),
    name: translate('export_name'),
    deliveryStatus: translate('export_deliveryStatus'),
    text: translate('export_text'),
    hash: translate('export_hash'),
  };
}
