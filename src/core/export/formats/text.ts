/** Plain text: one line per message, continuation lines indented, for reading anywhere. */
import { authorLabel } from '../author-label';
import type { ExportConversation } from '../model';
import { readableTime } from '../readable-time';
import { visibleText } from '../visible-text';
import type { ExportFormat } from './format';

const one = (s: string): string => visibleText(s).replace(/\n/g, ' ');

function caseFileLines(c: ExportConversation): string[] {
  const fields = Object.entries(c.caseFile ?? {});
  return fields.length ? ['Case file:', ...fields.map(([k, v]) => `  ${one(k)}: ${one(v)}`)] : [];
}

function conversationText(c: ExportConversation): string {
  const lines = [
    `== ${one(c.title) || one(c.site)} ==`,
    `Site: ${one(c.site)}`,
    `Page: ${one(c.url)}`,
    `Widget: ${one(c.widget)}`,
    `From ${readableTime(c.startedAt)} to ${readableTime(c.endedAt)}, ${c.messages.length} messages`,
    ...caseFileLines(c),
    `Integrity: ${c.integrity.algorithm} chain head ${c.integrity.head || '(empty)'}`,
    '',
  ];
  for (const m of c.messages) {
    const status = m.status && m.status !== 'sent' ? ` [${m.status}]` : '';
    const body = visibleText(m.text).replace(/\n/g, '\n    ');
    lines.push(`[${readableTime(m.at)}] ${one(authorLabel(m))}${status}: ${body}`);
  }
  return lines.join('\n');
}

export const text: ExportFormat = {
  id: 'text',
  mimeType: 'text/plain;charset=utf-8',
  fileExtension: 'txt',
  serialize: (doc) =>
    [`Parley transcript export, ${readableTime(doc.exportedAt)}`, '', ...doc.conversations.map(conversationText)].join('\n') + '\n',
};
