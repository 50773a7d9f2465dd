/**
 * The words of the human-readable exports (Markdown, HTML, plain text, CSV) in the user's
 * interface language. The core holds no strings of its own: the extension's pages build this
 * table from the i18n catalog (src/ui/export/export-labels.ts) and pass it to every serializer.
 * The JSON export ignores it and stays language-neutral.
 */
import type { Author, DeliveryStatus } from '../../shared/transcript-types';

export interface ExportLabels {
  /** BCP 47 tag of the language these labels are in (the HTML page's `lang`). */
  lang: string;
  author: Readonly<Record<Author, string>>;
  /** "Agent (Anna)": a role with the name the widget showed. */
  authorNamed(role: string, name: string): string;
  /** Delivery states (the readable formats show only sending and failed; CSV shows all). */
  status: Readonly<Record<DeliveryStatus, string>>;
  /** "Site: https://…": a label and its value, with the language's punctuation. */
  detail(label: string, value: string): string;
  /** Titles: of an export with one conversation ("Parley transcript: Help – Shop"), and of several. */
  titleOne(title: string): string;
  titleAll: string;
  /** "Exported 2025-01-06 08:00:00 UTC by Parley." */
  exported(time: string): string;
  site: string;
  page: string;
  pageTitle: string;
  widget: string;
  time: string;
  messages: string;
  integrity: string;
  /** "SHA-256 chain head 3f2a…" */
  chainHead(algorithm: string, head: string): string;
  /** Shown as the head of a conversation without messages. */
  chainEmpty: string;
  caseFile: string;
  /** Case-file field ids (`orderNumber`, `references` …) to their names; unknown keys print as they are. */
  caseFields: Readonly<Record<string, string>>;
  /** CSV columns that have no detail label above. */
  conversation: string;
  position: string;
  authorColumn: string;
  name: string;
  deliveryStatus: string;
  text: string;
  hash: string;
}

/** "Agent (Anna)", "Customer", "System": who wrote a message. */
export function authorLabel(m: { author: Author; name?: string }, labels: ExportLabels): string {
  const role = labels.author[m.author];
  return m.name ? labels.authorNamed(role, m.name) : role;
}

/** A message's delivery state when it is worth showing (sending or failed), else ''. */
export function statusLabel(status: DeliveryStatus | undefined, labels: ExportLabels): string {
  return status && status !== 'sent' ? labels.status[status] : '';
}

/** A case-file field's name in the labels' language. */
export function caseFieldLabel(key: string, labels: ExportLabels): string {
  return Object.hasOwn(labels.caseFields, key) ? (labels.caseFields[key] ?? key) : key;
}

/** The export's title: the conversation's when there is one, else the collection's. */
export function documentTitle(conversations: readonly { title: string; site: string }[], labels: ExportLabels): string {
  const only = conversations.length === 1 ? conversations[0] : undefined;
  return only ? labels.titleOne(only.title || only.site) : labels.titleAll;
}
