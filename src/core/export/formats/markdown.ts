/** Markdown: a heading per conversation, a details list, each message as a quoted paragraph. */
import { escapeMarkdown } from '../escape-markdown';
import { authorLabel, caseFieldLabel, documentTitle, statusLabel, type ExportLabels } from '../labels';
import type { ExportConversation, ExportMessage } from '../model';
import { readableTime } from '../readable-time';
import { visibleText } from '../visible-text';
import type { ExportFormat } from './format';

const md = (s: string): string => escapeMarkdown(visibleText(s));
const inline = (s: string): string => md(s).replace(/\n/g, ' ');
// Private-use characters stand for slots while the label around them is escaped; split/join
// fills them (String.replace would read `$&` in a value as a pattern).
const SLOT = '\uE000';
const SLOT_LABEL = '\uE001';
const SLOT_VALUE = '\uE002';
const fill = (shape: string, slot: string, value: string): string => shape.split(slot).join(value);

/** A list item "**Site:** value" with the language's punctuation; label and value already Markdown. */
function detailItem(labels: ExportLabels, label: string, valueMd: string): string {
  const shape = inline(labels.detail(SLOT_LABEL, SLOT_VALUE));
  // Each slot filled once, so text inside the label or value is never read as a slot.
  return `- ${shape.split(SLOT_LABEL).map((part) => fill(part, SLOT_VALUE, valueMd)).join(`**${inline(label)}**`)}`;
}

function messageBlock(m: ExportMessage, labels: ExportLabels): string {
  const state = statusLabel(m.status, labels);
  const status = state ? ` · ${inline(state)}` : '';
  // A backslash at the end of a line is a hard break, so the message keeps its line breaks;
  // empty lines stay empty and separate paragraphs.
  const lines = md(m.text).split('\n');
  const quoted = lines
    .map((line, i) => (line === '' ? '>' : `> ${line}${lines[i + 1] ? '\\' : ''}`))
    .join('\n');
  return `**${inline(authorLabel(m, labels))}** · ${readableTime(m.at)}${status}\n\n${quoted}`;
}

function conversationBlock(c: ExportConversation, labels: ExportLabels): string {
  // The head is hex (or the label for none), so a code span shows it as it is.
  const head = `\`${c.integrity.head || labels.chainEmpty.replace(/`/g, '')}\``;
  const details = [
    detailItem(labels, labels.site, inline(c.site)),
    detailItem(labels, labels.page, inline(c.url)),
    detailItem(labels, labels.widget, inline(c.widget)),
    detailItem(labels, labels.time, `${readableTime(c.startedAt)} – ${readableTime(c.endedAt)}`),
    detailItem(labels, labels.messages, String(c.messages.length)),
    detailItem(labels, labels.integrity, fill(inline(labels.chainHead(c.integrity.algorithm, SLOT)), SLOT, head)),
  ];
  const caseFile = Object.entries(c.caseFile ?? {}).map(([k, v]) => detailItem(labels, caseFieldLabel(k, labels), inline(v)));
  return [
    `## ${inline(c.title || c.site)}`,
    details.join('\n'),
    ...(caseFile.length ? [`### ${inline(labels.caseFile)}`, caseFile.join('\n')] : []),
    `### ${inline(labels.messages)}`,
    ...c.messages.map((m) => messageBlock(m, labels)),
  ].join('\n\n');
}

export const markdown: ExportFormat = {
  id: 'markdown',
  mimeType: 'text/markdown;charset=utf-8',
  fileExtension: 'md',
  serialize: (doc, labels) =>
    [
      `# ${inline(documentTitle(doc.conversations, labels))}`,
      inline(labels.exported(readableTime(doc.exportedAt))),
      ...doc.conversations.map((c) => conversationBlock(c, labels)),
    ].join('\n\n') + '\n',
};
