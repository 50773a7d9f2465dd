import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormat } from '../../../src/core/export/formats/index';
import { CSV_COLUMNS, csvHeader } from '../../../src/core/export/formats/csv';
import { HTML_CSP } from '../../../src/core/export/formats/html';
import { json } from '../../../src/core/export/formats/json';
import type { ExportLabels } from '../../../src/core/export/labels';
import { useCatalog } from '../../../src/platform/i18n';
import { exportLabels } from '../../../src/ui/export/export-labels';
import { HOSTILE } from '../../fixtures/transcripts/sample';
import { fixtureDocument } from './fixture-document';
import { catalog, EN } from './labels';

/** A small RFC 4180 reader, enough to read our own output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n)/g;
  let row: string[] = [];
  for (const m of text.matchAll(re)) {
    row.push((m[1] ?? '').replace(/""/g, '"'));
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('format registry', () => {
  it('lists every format once, with the ids the export buttons use', () => {
    expect(EXPORT_FORMATS.map((f) => [f.id, f.fileExtension, f.mimeType])).toEqual([
      ['json', 'json', 'application/json'],
      ['markdown', 'md', 'text/markdown;charset=utf-8'],
      ['html', 'html', 'text/html;charset=utf-8'],
      ['text', 'txt', 'text/plain;charset=utf-8'],
      ['csv', 'csv', 'text/csv;charset=utf-8'],
    ]);
    expect(exportFormat('csv').id).toBe('csv');
  });

  it('every format is a pure function of the document', async () => {
    const doc = await fixtureDocument();
    for (const f of EXPORT_FORMATS) expect(f.serialize(doc, EN)).toBe(f.serialize(structuredClone(doc), EN));
  });
});

describe('json', () => {
  it('writes the parley-transcripts v1 document exactly', async () => {
    const doc = await fixtureDocument();
    const out = JSON.parse(json.serialize(doc)) as typeof doc;
    expect(out).toEqual(doc);
    expect(Object.keys(out)).toEqual(['format', 'version', 'exportedAt', 'conversations']);
    const [c] = out.conversations;
    expect(Object.keys(c ?? {})).toEqual(['id', 'site', 'url', 'title', 'widget', 'startedAt', 'endedAt', 'caseFile', 'messages', 'integrity']);
    expect(c?.messages[1]).toEqual({ author: 'agent', name: 'Anna <b>Support</b>', text: `Sorry! ${HOSTILE.script} Let me check.`, at: '2025-01-05T10:31:00.000Z' });
    expect(c?.messages[0]?.status).toBe('sent');
    expect(c?.integrity.algorithm).toBe('SHA-256');
    expect(c?.integrity.hashes).toHaveLength(6);
    expect(c?.integrity.head).toBe(c?.integrity.hashes[5]);
    expect(out.exportedAt).toBe('2025-01-06T08:00:00.000Z');
  });
});

describe('html', () => {
  async function parsed() {
    const doc = await fixtureDocument();
    const html = exportFormat('html').serialize(doc, EN);
    const window = new Window();
    return { doc, html, page: new window.DOMParser().parseFromString(html, 'text/html') };
  }

  it('is a standalone page whose CSP forbids scripts', async () => {
    const { html, page, doc } = await parsed();
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(HTML_CSP);
    expect(HTML_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page.querySelector('code.head')?.textContent).toBe(doc.conversations[0]?.integrity.head);
    expect(html).toContain('@media print');
  });

  it('renders every hostile string as text, creating no elements or attributes', async () => {
    const { html, page, doc } = await parsed();
    expect(page.querySelectorAll('script, img, b, iframe, [onerror], [onmouseover]')).toHaveLength(0);
    expect(html).not.toMatch(/<script|<img|<\/style><\/title>/i);
    const texts = [...page.querySelectorAll('li.message p.text')].map((p) => p.textContent);
    expect(texts).toEqual(doc.conversations[0]?.messages.map((m) => m.text));
    expect(page.querySelector('li.message.agent .author')?.textContent).toBe('Agent (Anna <b>Support</b>)');
    expect(page.querySelector('title')?.textContent).toBe('Parley transcript: Help – Shop <Example>');
    expect([...page.querySelectorAll('dd')].map((d) => d.textContent)).toContain('https://shop.example.com/help?ticket=1&x="<y>"');
    expect([...page.querySelectorAll('.case-file dd')].map((d) => d.textContent)).toEqual(['4711', 'Parcel <lost>']);
  });
});

describe('markdown', () => {
  it('renders headings, details and quoted messages with markup escaped', async () => {
    const doc = await fixtureDocument();
    const md = exportFormat('markdown').serialize(doc, EN);
    expect(md.startsWith('# Parley transcript: Help – Shop \\<Example\\>\n\nExported 2025-01-06 08:00:00 UTC by Parley.\n\n')).toBe(true);
    expect(md).toContain('## Help – Shop \\<Example\\>');
    expect(md).toContain('### Case file\n\n- **Order or reference number**: 4711\n- **What happened**: Parcel \\<lost\\>');
    expect(md).toContain(`- **Integrity**: SHA-256 chain head \`${doc.conversations[0]?.integrity.head}\``);
    expect(md).toContain('**Customer** · 2025-01-05 10:30:00 UTC\n\n> Hello, my order #4711 never arrived.\\\n> It was 49,90 €.');
    expect(md).toContain('**Agent (Anna \\<b\\>Support\\</b\\>)** · 2025-01-05 10:31:00 UTC');
    expect(md).toContain('> Sorry! \\<script\\>alert(1)\\</script\\> Let me check.');
    expect(md).toContain('> "\\>\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('> \\=HYPERLINK("http://evil.example","click")');
    expect(md).toContain('\\*not bold\\* \\[x\\](javascript:alert(1))');
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).not.toContain('\u202E');
  });
});

describe('text', () => {
  it('writes one line per message with indented continuation lines', async () => {
    const doc = await fixtureDocument();
    const out = exportFormat('text').serialize(doc, EN);
    expect(out.split('\n').slice(0, 16)).toEqual([
      'Parley transcript: Help – Shop <Example>',
      'Exported 2025-01-06 08:00:00 UTC by Parley.',
      '',
      '== Help – Shop <Example> ==',
      'Site: https://shop.example.com',
      'Page: https://shop.example.com/help?ticket=1&x="<y>"',
      'Chat widget: intercom',
      'Time: 2025-01-05 10:30:00 UTC – 2025-01-05 10:35:00 UTC',
      'Messages: 6',
      'Case file:',
      '  Order or reference number: 4711',
      '  What happened: Parcel <lost>',
      `Integrity: SHA-256 chain head ${doc.conversations[0]?.integrity.head}`,
      '',
      '[2025-01-05 10:30:00 UTC] Customer: Hello, my order #4711 never arrived.',
      '    It was 49,90 €.',
    ]);
    expect(out).toContain(`[2025-01-05 10:31:00 UTC] Agent (Anna <b>Support</b>): Sorry! ${HOSTILE.script} Let me check.`);
    expect(out).toContain('Agent left. refund \uFFFDdeifitrec\uFFFD');
  });
});

describe('csv', () => {
  it('writes a header and one RFC 4180 row per message, formulas guarded', async () => {
    const doc = await fixtureDocument();
    const out = exportFormat('csv').serialize(doc, EN);
    expect(out.startsWith('\uFEFF"Conversation","Site",')).toBe(true);
    const rows = parseCsv(out.slice(1));
    expect(rows[0]).toEqual(['Conversation', 'Site', 'Page', 'Page title', 'Chat widget', 'No.', 'Time', 'From', 'Name', 'Delivery', 'Text', 'Hash']);
    expect(rows[0]).toHaveLength(CSV_COLUMNS.length);
    expect(rows[1]?.slice(7, 10)).toEqual(['Customer', '', 'Sent']);
    expect(rows).toHaveLength(7);
    const c = doc.conversations[0];
    const text = rows.slice(1).map((r) => r[10]);
    expect(text[0]).toBe('Hello, my order #4711 never arrived.\nIt was 49,90 €.');
    expect(text[2]).toBe(HOSTILE.attribute);
    expect(text[3]).toBe(`'${HOSTILE.formula}`);
    expect(text[4]).toBe(`'${HOSTILE.plus}, "quoted", ${HOSTILE.closing}`);
    expect(rows[2]).toEqual([
      'c-sample-1',
      'https://shop.example.com',
      'https://shop.example.com/help?ticket=1&x="<y>"',
      'Help – Shop <Example>',
      'intercom',
      '2',
      '2025-01-05T10:31:00.000Z',
      'Agent',
      'Anna <b>Support</b>',
      '',
      `Sorry! ${HOSTILE.script} Let me check.`,
      c?.integrity.hashes[1],
    ]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('in the interface language', () => {
  /** Labels as an extension page builds them after the user picked German (options: interface language). */
  function german(): ExportLabels {
    useCatalog('de', catalog('de'));
    try {
      return exportLabels();
    } finally {
      useCatalog('', null);
    }
  }

  it('writes a German HTML page with lang="de" and German words, case-file fields by name', async () => {
    const doc = await fixtureDocument();
    const html = exportFormat('html').serialize(doc, german());
    const page = new new Window().DOMParser().parseFromString(html, 'text/html');
    expect(html.startsWith('<!doctype html>\n<html lang="de">\n')).toBe(true);
    expect(page.querySelector('title')?.textContent).toBe('Parley-Protokoll: Help – Shop <Example>');
    expect(page.querySelector('.exported')?.textContent).toBe('Exportiert am 2025-01-06 08:00:00 UTC von Parley.');
    expect(page.querySelector('.exported time')?.getAttribute('datetime')).toBe('2025-01-06T08:00:00.000Z');
    expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Fallakte', 'Nachrichten']);
    expect([...page.querySelectorAll('.case-file dt')].map((d) => d.textContent)).toEqual(['Bestell- oder Referenznummer', 'Was passiert ist']);
    expect([...page.querySelectorAll('dl.details:not(.case-file) dt')].map((d) => d.textContent)).toEqual(['Website', 'Seite', 'Chat-Widget', 'Zeit', 'Nachrichten', 'Integrität']);
    expect(page.querySelector('li.message.customer .author')?.textContent).toBe('Kunde');
    expect(page.querySelector('li.message.agent .author')?.textContent).toBe('Mitarbeiter (Anna <b>Support</b>)');
    expect(page.querySelector('code.head')?.textContent).toBe(doc.conversations[0]?.integrity.head);
    expect(html).not.toMatch(/Case file|Exported|orderNumber|>Site<|Customer/);
  });

  it('writes German Markdown, text and CSV', async () => {
    const doc = await fixtureDocument();
    const de = german();
    const md = exportFormat('markdown').serialize(doc, de);
    expect(md).toContain('### Fallakte\n\n- **Bestell- oder Referenznummer**: 4711');
    expect(md).toContain('**Kunde** · 2025-01-05 10:30:00 UTC');
    const text = exportFormat('text').serialize(doc, de).split('\n');
    expect(text.slice(0, 2)).toEqual(['Parley-Protokoll: Help – Shop <Example>', 'Exportiert am 2025-01-06 08:00:00 UTC von Parley.']);
    expect(text).toContain('Fallakte:');
    expect(text).toContain('  Was passiert ist: Parcel <lost>');
    expect(text).toContain('[2025-01-05 10:30:00 UTC] Kunde: Hello, my order #4711 never arrived.');
    const rows = parseCsv(exportFormat('csv').serialize(doc, de).slice(1));
    expect(rows[0]).toEqual(['Gespräch', 'Website', 'Seite', 'Seitentitel', 'Chat-Widget', 'Nr.', 'Zeit', 'Von', 'Name', 'Zustellung', 'Text', 'Hash']);
    expect(rows[1]?.slice(7, 10)).toEqual(['Kunde', '', 'Gesendet']);
    expect(csvHeader(de)).toEqual(rows[0]);
  });

  it('keeps the JSON export language-neutral: format parley-transcripts v1, the same bytes in every language', async () => {
    const doc = await fixtureDocument();
    const german_ = exportFormat('json').serialize(doc, german());
    expect(german_).toBe(exportFormat('json').serialize(doc, EN));
    expect(JSON.parse(german_)).toMatchObject({ format: 'parley-transcripts', version: 1 });
    expect(JSON.parse(german_).conversations[0].caseFile).toEqual({ orderNumber: '4711', whatHappened: 'Parcel <lost>' });
  });

  it('has a lang tag and every label in all seven languages', () => {
    for (const lang of ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr']) {
      useCatalog(lang, catalog(lang));
      try {
        const labels = exportLabels();
        expect(labels.lang).toBe(lang);
        expect(labels.chainHead('SHA-256', 'abc')).toMatch(/SHA-256.*abc/);
        expect(labels.exported('2025')).toContain('2025');
        expect(labels.detail('L', 'V')).toMatch(/^L.*V$/);
      } finally {
        useCatalog('', null);
      }
    }
  });
});
