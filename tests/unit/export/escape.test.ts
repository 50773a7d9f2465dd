import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../src/core/export/csv-cell';
import { escapeHtml } from '../../../src/core/export/escape-html';
import { escapeMarkdown } from '../../../src/core/export/escape-markdown';
import { visibleText } from '../../../src/core/export/visible-text';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['&lt; stays text', '&amp;lt; stays text'],
    ['plain – ünïcödé 日本語', 'plain – ünïcödé 日本語'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it('leaves no character that can end a text run or attribute', () => {
    const all = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i));
    expect(escapeHtml(all)).not.toMatch(/[<>"']/);
    expect(escapeHtml(all).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['a "quote", and comma', '"a ""quote"", and comma"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    [' =1+1', `"' =1+1"`],
    ['\u3000\n=1+1', `"'\u3000\n=1+1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
    ['  =HYPERLINK("http://evil.example")', `"'  =HYPERLINK(""http://evil.example"")"`],
    ['a=1', '"a=1"'],
    ['Total: =1', '"Total: =1"'],
    ['', '""'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('ends records with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('"a","b"\r\n');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['*bold* _em_ `code` ~~s~~ a|b', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ a\\|b'],
    ['&amp;', '\\&amp;'],
    ['# heading', '\\# heading'],
    ['- item\n+ item\n> quote\n===', '\\- item\n\\+ item\n\\> quote\n\\==='],
    ['1. first\n2) second', '1\\. first\n2\\) second'],
    ['    indented code', '&#32;&#32;&#32;&#32;indented code'],
    ['mid-line # and 1. stay', 'mid-line # and 1. stay'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('visibleText', () => {
  it('neutralizes terminal escapes and bidi overrides, normalizes line ends', () => {
    expect(visibleText('a\u001b[31mred\r\nb\rc\td')).toBe('a\uFFFD[31mred\nb\nc\td');
    expect(visibleText('refund \u202Edeifitrec\u202C \u2066x\u2069')).toBe('refund \uFFFDdeifitrec\uFFFD \uFFFDx\uFFFD');
  });
});
