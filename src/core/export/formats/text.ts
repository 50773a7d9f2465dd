/** Plain text: one line per message, continuation lines indented, for reading anywhere. */
import { authorLabel, caseFieldLabel, documentTitle, statusLabel, type ExportLabels } from '../labels';
import type { ExportConversation } from '../model';
import { readableTime } from '../readable-time';
import { visibleText } from '../visible-text';
import type { ExportFormat } from './format';

const one = (s: string): string => visibleText(s).replace(/\n/g, ' ');

function caseFileLines(c: ExportConversation, labels: ExportLabels): string[] {
  const fields = Object.entries(c.caseFile ?? {});
  if (fields.length === 0) return [];
  return [labels.detail(one(labels.caseFile), '').trimEnd(), ...fields.map(([k, v]) => `  ${labels.detail(one(caseFieldLabel(k, labels)), one(v))}`)];
}

function conversationText(c: ExportConversation, labels: ExportLabels): string {
  const detail = (label: string, value: string) => labels.detail(one(label), value);
  const lines = [
    `== ${one(c.title) || one(c.site)} ==`,
    detail(labels.site, one(c.site)),
    detail(labels.page, one(c.url)),
    detail(labels.widget, one(c.widget)),
    detail(labels.time, `${readableTime(c.startedAt)} – ${readableTime(c.endedAt)}`),
    detail(labels.messages, String(c.messages.length)),
    ...caseFileLines(c, labels),
    detail(labels.integrity, one(labels.chainHead(c.integrity.algorithm, c.integrity.head || labels.chainEmpty))),
    '',
  ];
  for (const m of c.messages) {
    const state = statusLabel(m.status, labels);
    const who = `${one(authorLabel(m, labels))}${state ? ` [${one(state)}]` : ''}`;
    const body = visibleText(m.text).replace(/\n/g, '\n    ');
    lines.push(`[${readableTime(m.at)}] ${labels.detail(who, body)}`);
  }
  return lines.join('\n');
}

export const text: ExportFormat = {
  id: 'text',
  mimeType: 'text/plain;charset=utf-8',
  fileExtension: 'txt',
  serialize: (doc, labels) =>
    [
      one(documentTitle(doc.conversations, labels)),
      one(labels.exported(readableTime(doc.exportedAt))),
      '',
      ...doc.conversations.map((c) => conversationText(c, labels)),
    ].join('\n') + '\n',
};
