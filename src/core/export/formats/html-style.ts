/** The HTML export's stylesheet: readable on screen, clean when printed to PDF. Inline, since the page's CSP allows nothing else. */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #59636e; --line: #d1d9e0; --agent: #f1f6fd; --customer: #f3fbf4; --system: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 2rem 1.25rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans JP", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.exported, .meta { color: var(--muted); font-size: .875rem; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .125rem 1rem; margin: 0; font-size: .875rem; }
dl.details dt { color: var(--muted); }
dl.details dd { margin: 0; overflow-wrap: anywhere; }
code { font: .8125rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
ol.messages { list-style: none; margin: 0; padding: 0; }
li.message { margin: .5rem 0; padding: .5rem .75rem; border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
li.agent { background: var(--agent); border-left-color: #0969da; }
li.customer { background: var(--customer); border-left-color: #1a7f37; }
li.system { background: var(--system); border-left-color: #818b98; }
.author { font-weight: 600; color: var(--ink); }
.text { margin: .25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
bdi { unicode-bidi: isolate; }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-before: page; page-break-before: always; border-top: 0; padding-top: 0; margin-top: 0; }
  li.message { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
