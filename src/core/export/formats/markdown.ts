/** Markdown: a heading per conversation, a details list, each message as a quoted paragraph. */
import { authorLabel } from '../author-label';
import { escapeMarkdown } from '../escape-markdown';
import type { ExportConversation, ExportMessage } from '../model';
import { readableTime } from '../readable-time';
import { visibleText } from '../visible-text';
import type { ExportFormat } from './format';

const md = (s: string): string => escapeMarkdown(visibleText(s));
const inline = (s: string): string => md(s).replace(/\n/g, ' ');

function messageBlock(m: ExportMessage): string {
  const status = m.status && m.status !== 'sent' ? ` · ${m.status}` : '';
  // A backslash at the end of a line is a hard break, so the message keeps its line breaks;
  // empty lines stay empty and separate paragraphs.
  const lines = md(m.text).split('\n');
  const quoted = lines
    .map((line, i) => (line === '' ? '>' : `> ${line}${lines[i + 1] ? '\\' : ''}`))
    .join('\n');
  return `**${inline(authorLabel(m))}** · ${readableTime(m.at)}${status}\n\n${quoted}`;
}

function conversationBlock(c: ExportConversation): string {
  const details = [
    `- **Site:** ${inline(c.site)}`,
    `- **Page:** ${inline(c.url)}`,
    `- **Widget:** ${inline(c.widget)}`,
    `- **Time:** ${readableTime(c.startedAt)} – ${readableTime(c.endedAt)}`,
    `- **Messages:** ${c.messages.length}`,
    `- **Integrity:** ${c.integrity.algorithm} chain head \`${c.integrity.head || '(empty)'}\``,
  ];
  const caseFile = Object.entries(c.caseFile ?? {}).map(([k, v]) => `- **${inline(k)}:** ${inline(v)}`);
  return [
    `## ${inline(c.title || c.site)}`,
    details.join('\n'),
    ...(caseFile.length ? ['### Case file', caseFile.join('\n')] : []),
    '### Messages',
    ...c.messages.map(messageBlock),
  ].join('\n\n');
}

export const markdown: ExportFormat = {
  id: 'markdown',
  mimeType: 'text/markdown;charset=utf-8',
  fileExtension: 'md',
  serialize: (doc) =>
    [`# Parley transcripts`, `Exported ${readableTime(doc.exportedAt)}`, ...doc.conversations.map(conversationBlock)].join('\n\n') +
    '\n',
};
