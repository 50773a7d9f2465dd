import { describe, expect, it } from 'vitest';
import { importTemplatesFile, serializeTemplatesFile, type Template } from '../../../src/core/templates';

const mine: Template[] = [{ id: 'user:a', lang: 'en', title: 'A', body: 'Order {orderNumber}' }];
let n = 0;
const newId = () => `gen${++n}`;
const file = (templates: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'parley-templates', version: 1, templates, ...extra });

describe('templates file', () => {
  it('round-trips: exporting and importing into an empty list gives the same templates', () => {
    const r = importTemplatesFile(serializeTemplatesFile(mine), [], newId);
    expect(r).toEqual({ ok: true, templates: mine, added: 1, skipped: 0 });
  });

  it('skips templates already present, and names entries without a usable id', () => {
    const r = importTemplatesFile(file([mine[0], { lang: 'de', title: 'B', body: 'b' }, { id: 'evil', lang: 'fr', title: 'C', body: 'c' }]), mine, newId);
    expect(r.ok && r.templates.map((t) => t.id)).toEqual(['user:a', expect.stringMatching(/^user:gen\d+$/), expect.stringMatching(/^user:gen\d+$/)]);
    expect(r.ok && [r.added, r.skipped]).toEqual([2, 1]);
  });

  it.each([
    ['not JSON', '{"format":', 'sidebarImportError_json'],
    ['another format', JSON.stringify({ format: 'parley-transcripts', version: 1, templates: [] }), 'sidebarImportError_format'],
    ['a bare array', JSON.stringify([mine[0]]), 'sidebarImportError_format'],
    ['null', 'null', 'sidebarImportError_format'],
    ['a newer version', JSON.stringify({ format: 'parley-templates', version: 2, templates: [mine[0]] }), 'sidebarImportError_version'],
    ['templates not a list', file({ a: 1 }), 'sidebarImportError_format'],
    ['no templates', file([]), 'sidebarImportError_noTemplates'],
    ['a huge file', file([{ lang: 'en', title: 't', body: 'x'.repeat(2_100_000) }]), 'sidebarImportError_tooLarge'],
  ])('refuses %s', (_name, text, key) => {
    const r = importTemplatesFile(text, mine, newId);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.key).toBe(key);
  });

  it.each([
    ['a string entry', 'hello', 'sidebarImportError_notTemplate'],
    ['an unknown language', { lang: 'xx', title: 't', body: 'b' }, 'sidebarTemplateError_lang'],
    ['a number as title', { lang: 'en', title: 5, body: 'b' }, 'sidebarTemplateError_titleEmpty'],
    ['no body', { lang: 'en', title: 't' }, 'sidebarTemplateError_bodyEmpty'],
    ['an unknown placeholder', { lang: 'en', title: 't', body: 'Hi {boss}' }, 'sidebarTemplateError_placeholder'],
    ['a stray brace', { lang: 'en', title: 't', body: 'Hi {' }, 'sidebarTemplateError_braces'],
  ])('refuses the whole file for %s, naming the entry and the problem', (_name, bad, detail) => {
    const r = importTemplatesFile(file([{ lang: 'en', title: 'ok', body: 'ok' }, bad]), [], newId);
    expect(r).toMatchObject({ ok: false, error: { key: 'sidebarImportError_entry', params: ['2'] }, detail: { key: detail } });
  });

  it('refuses a file that would go over the template limit', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ lang: 'en', title: `t${i}`, body: 'b' }));
    expect(importTemplatesFile(file(many), [], newId)).toMatchObject({ ok: false, error: { key: 'sidebarTemplateError_tooMany' } });
  });
});
