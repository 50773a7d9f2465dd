/**
 * A standalone HTML page: readable, prints well to PDF, and inert. Every string from the
 * transcript goes through `escapeHtml`, bidi controls are isolated per field, and a
 * Content-Security-Policy forbids scripts and every fetch but inline styles and data: images, so
 * even a missed escape could not run code or phone home.
 */
import { authorLabel } from '../author-label';
import { escapeHtml as e } from '../escape-html';
import type { ExportConversation, ExportDocument, ExportMessage } from '../model';
import { readableTime } from '../readable-time';
import type { ExportFormat } from './format';
import { HTML_STYLE } from './html-style';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const time = (iso: string): string => `<time datetime="${e(iso)}">${e(readableTime(iso))}</time>`;
const row = (label: string, valueHtml: string): string => `<dt>${e(label)}</dt><dd>${valueHtml}</dd>`;

function messageItem(m: ExportMessage): string {
  const status = m.status && m.status !== 'sent' ? ` · ${e(m.status)}` : '';
  return (
    `<li class="message ${e(m.author)}"><div class="meta"><bdi class="author">${e(authorLabel(m))}</bdi> · ${time(m.at)}${status}</div>` +
    `<p class="text" dir="auto">${e(m.text)}</p></li>`
  );
}

function conversationSection(c: ExportConversation): string {
  const details = [
    row('Site', `<bdi>${e(c.site)}</bdi>`),
    row('Page', `<bdi>${e(c.url)}</bdi>`),
    row('Widget', e(c.widget)),
    row('Time', `${time(c.startedAt)} – ${time(c.endedAt)}`),
    row('Messages', String(c.messages.length)),
    row('Integrity', `${e(c.integrity.algorithm)} chain head <code class="head">${e(c.integrity.head || '(empty)')}</code>`),
  ];
  const caseFile = Object.entries(c.caseFile ?? {}).map(([k, v]) => row(k, `<bdi>${e(v)}</bdi>`));
  return [
    `<section class="conversation" id="conversation-${e(c.id)}">`,
    `<h2 dir="auto">${e(c.title || c.site)}</h2>`,
    `<dl class="details">${details.join('')}</dl>`,
    caseFile.length ? `<h3>Case file</h3><dl class="details case-file">${caseFile.join('')}</dl>` : '',
    `<h3>Messages</h3>`,
    `<ol class="messages">${c.messages.map(messageItem).join('\n')}</ol>`,
    `</section>`,
  ].join('\n');
}

function page(doc: ExportDocument): string {
  const only = doc.conversations.length === 1 ? doc.conversations[0] : undefined;
  const title = only ? `Parley transcript: ${only.title || only.site}` : 'Parley transcripts';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${e(title)}</h1><p class="exported">Exported ${time(doc.exportedAt)} by Parley.</p></header>
<main>
${doc.conversations.map(conversationSection).join('\n')}
</main>
</body>
</html>
`;
}

export const html: ExportFormat = {
  id: 'html',
  mimeType: 'text/html;charset=utf-8',
  fileExtension: 'html',
  serialize: page,
};
