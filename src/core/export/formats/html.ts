/**
 * A standalone HTML page: readable, prints well to PDF, and inert. Every string from the
 * transcript goes through `escapeHtml`, bidi controls are isolated per field, and a
 * Content-Security-Policy forbids scripts and every fetch but inline styles and data: images, so
 * even a missed escape could not run code or phone home.
 */
import { escapeHtml as e } from '../escape-html';
import { authorLabel, caseFieldLabel, documentTitle, statusLabel, type ExportLabels } from '../labels';
import type { ExportConversation, ExportDocument, ExportMessage } from '../model';
import { readableTime } from '../readable-time';
import type { ExportFormat } from './format';
import { HTML_STYLE } from './html-style';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const time = (iso: string): string => `<time datetime="${e(iso)}">${e(readableTime(iso))}</time>`;
const row = (label: string, valueHtml: string): string => `<dt>${e(label)}</dt><dd>${valueHtml}</dd>`;

// A private-use character stands for the slot while the label's own words are escaped (it
// passes through browser.i18n substitutions unchanged, which NUL might not).
const SLOT = '\uE000';
/** A label with one slot that holds markup: the label's words escaped, the markup as it is. */
const withHtml = (label: (slot: string) => string, html: string): string => label(SLOT).split(SLOT).map(e).join(html);

function messageItem(m: ExportMessage, labels: ExportLabels): string {
  const state = statusLabel(m.status, labels);
  const status = state ? ` · ${e(state)}` : '';
  return (
    `<li class="message ${e(m.author)}"><div class="meta"><bdi class="author">${e(authorLabel(m, labels))}</bdi> · ${time(m.at)}${status}</div>` +
    `<p class="text" dir="auto">${e(m.text)}</p></li>`
  );
}

function conversationSection(c: ExportConversation, labels: ExportLabels): string {
  const head = `<code class="head">${e(c.integrity.head || labels.chainEmpty)}</code>`;
  const details = [
    row(labels.site, `<bdi>${e(c.site)}</bdi>`),
    row(labels.page, `<bdi>${e(c.url)}</bdi>`),
    row(labels.widget, e(c.widget)),
    row(labels.time, `${time(c.startedAt)} – ${time(c.endedAt)}`),
    row(labels.messages, String(c.messages.length)),
    row(labels.integrity, withHtml((slot) => labels.chainHead(c.integrity.algorithm, slot), head)),
  ];
  const caseFile = Object.entries(c.caseFile ?? {}).map(([k, v]) => row(caseFieldLabel(k, labels), `<bdi>${e(v)}</bdi>`));
  return [
    `<section class="conversation" id="conversation-${e(c.id)}">`,
    `<h2 dir="auto">${e(c.title || c.site)}</h2>`,
    `<dl class="details">${details.join('')}</dl>`,
    caseFile.length ? `<h3>${e(labels.caseFile)}</h3><dl class="details case-file">${caseFile.join('')}</dl>` : '',
    `<h3>${e(labels.messages)}</h3>`,
    `<ol class="messages">${c.messages.map((m) => messageItem(m, labels)).join('\n')}</ol>`,
    `</section>`,
  ].join('\n');
}

function page(doc: ExportDocument, labels: ExportLabels): string {
  const title = documentTitle(doc.conversations, labels);
  return `<!doctype html>
<html lang="${e(labels.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${e(title)}</h1><p class="exported">${withHtml(labels.exported, time(doc.exportedAt))}</p></header>
<main>
${doc.conversations.map((c) => conversationSection(c, labels)).join('\n')}
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
