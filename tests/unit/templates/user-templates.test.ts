import { describe, expect, it } from 'vitest';
import {
  createUserTemplate, deleteUserTemplate, moveUserTemplate, reorderUserTemplates, updateUserTemplate, userTemplatesFor, validateUserTemplate, type Template,
} from '../../../src/core/templates';

const list: Template[] = [
  { id: 'user:a', lang: 'en', title: 'A', body: 'a' },
  { id: 'user:x', lang: 'de', title: 'X', body: 'x' },
  { id: 'user:b', lang: 'en', title: 'B', body: 'b' },
  { id: 'user:c', lang: 'en', title: 'C', body: 'c' },
];
const ids = (l: readonly Template[]) => l.map((t) => t.id);

describe('user template validation', () => {
  it.each([
    [{ lang: 'en', title: ' ', body: 'x' }, 'sidebarTemplateError_titleEmpty'],
    [{ lang: 'en', title: 't', body: '' }, 'sidebarTemplateError_bodyEmpty'],
    [{ lang: 'en', title: 't'.repeat(101), body: 'x' }, 'sidebarTemplateError_titleLong'],
    [{ lang: 'en', title: 't', body: 'x'.repeat(2001) }, 'sidebarTemplateError_bodyLong'],
    [{ lang: 'en', title: 't', body: 'Hi {agentName' }, 'sidebarTemplateError_braces'],
    [{ lang: 'en', title: 't', body: 'Hi {nickname}' }, 'sidebarTemplateError_placeholder'],
    [{ lang: 'xx', title: 't', body: 'x' }, 'sidebarTemplateError_lang'],
  ] as const)('refuses %j with %s', (draft, key) => {
    expect(validateUserTemplate(draft as never).map((p) => p.key)).toContain(key);
  });

  it('accepts case-file placeholders and the latest reference', () => {
    expect(validateUserTemplate({ lang: 'sk', title: 'Číslo', body: 'Moje číslo: {reference}, objednávka {orderNumber}.' })).toEqual([]);
  });
});

describe('user template list', () => {
  it('creates at the end with a user: id, trimmed', () => {
    const r = createUserTemplate(list, { lang: 'en', title: ' New ', body: ' Hello {agentName} ' }, 'n1');
    expect(r.ok && r.template).toEqual({ id: 'user:n1', lang: 'en', title: 'New', body: 'Hello {agentName}' });
    expect(r.ok && ids(r.templates)).toEqual([...ids(list), 'user:n1']);
  });

  it('refuses an invalid draft without changing the list, and a reused id loudly', () => {
    expect(createUserTemplate(list, { lang: 'en', title: '', body: 'x' }, 'n2')).toMatchObject({ ok: false });
    expect(() => createUserTemplate(list, { lang: 'en', title: 't', body: 'x' }, 'user:a')).toThrow();
  });

  it('edits in place and deletes', () => {
    const r = updateUserTemplate(list, 'user:b', { body: 'bb' });
    expect(r.ok && r.templates[2]).toEqual({ id: 'user:b', lang: 'en', title: 'B', body: 'bb' });
    expect(updateUserTemplate(list, 'user:zz', { body: 'x' })).toEqual({ ok: false, problems: [{ key: 'sidebarTemplateError_gone' }] });
    expect(ids(deleteUserTemplate(list, 'user:a'))).toEqual(['user:x', 'user:b', 'user:c']);
  });

  it('moves within its language only, leaving other languages in their slots', () => {
    expect(ids(moveUserTemplate(list, 'user:b', -1))).toEqual(['user:b', 'user:x', 'user:a', 'user:c']);
    expect(ids(moveUserTemplate(list, 'user:a', -1))).toEqual(ids(list));
    expect(ids(moveUserTemplate(list, 'user:c', 1))).toEqual(ids(list));
  });

  it('reorders one language by a list of ids; unlisted ids follow in their order', () => {
    expect(ids(reorderUserTemplates(list, 'en', ['user:c', 'user:a']))).toEqual(['user:c', 'user:x', 'user:a', 'user:b']);
    expect(ids(userTemplatesFor(list, 'de'))).toEqual(['user:x']);
  });
});
