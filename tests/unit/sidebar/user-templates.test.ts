/**
 * The user's own templates in storage (src/platform/user-templates.ts) and their import and
 * export (src/ui/templates/user-templates-io.ts): synced over several storage.sync items within
 * the quotas, kept locally with the reason when they do not fit, and files validated whole.
 */
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, serializeTemplatesFile, syncItemBytes, type Template } from '../../../src/core/templates';
import { loadUserTemplates, saveUserTemplates } from '../../../src/platform/user-templates';
import { localNotice, readTemplatesFile } from '../../../src/ui/templates/user-templates-io';

const tpl = (id: string, lang: Template['lang'] = 'en', body = 'Hello {agentName}'): Template => ({ id: `user:${id}`, lang, title: id, body });
/** `count` Japanese templates of `chars` characters each (3 bytes a character in UTF-8). */
const many = (count: number, chars: number) => Array.from({ length: count }, (_, i) => tpl(`t${i}`, 'ja', 'あ'.repeat(chars)));

async function syncArea(): Promise<Record<string, unknown>> {
  return (await browser.storage.sync.get(null)) as Record<string, unknown>;
}

async function clearAll() {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
}

describe('user templates storage', () => {
  it('syncs a small list and reads it back', async () => {
    await clearAll();
    expect(await saveUserTemplates([tpl('a')])).toEqual({ area: 'sync' });
    expect(await loadUserTemplates()).toEqual({ templates: [tpl('a')], area: 'sync' });
  });

  it('spreads a list larger than one sync item over several, each within the per-item quota', async () => {
    await clearAll();
    const list = many(40, 600); // about 73 KB: over one item, under the total
    expect(await saveUserTemplates(list)).toEqual({ area: 'sync' });
    const stored = await syncArea();
    const itemKeys = Object.keys(stored).filter((k) => /^templates\.user\.\d+$/.test(k));
    expect(itemKeys.length).toBeGreaterThan(1);
    expect(stored['templates.user.items']).toBe(itemKeys.length);
    for (const key of itemKeys) expect(syncItemBytes(key, stored[key])).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const total = Object.entries(stored).reduce((n, [k, v]) => n + syncItemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(QUOTA_BYTES);
    expect(await loadUserTemplates()).toEqual({ templates: list, area: 'sync' });
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('drops the items a shorter list no longer needs, and writes the list in one call', async () => {
    await clearAll();
    await saveUserTemplates(many(40, 600));
    vi.mocked(browser.storage.sync.set).mockClear();
    await saveUserTemplates([tpl('a')]);
    expect(browser.storage.sync.set).toHaveBeenCalledTimes(1);
    expect(Object.keys(await syncArea()).sort()).toEqual(['templates.user.0', 'templates.user.items']);
    expect((await loadUserTemplates()).templates).toEqual([tpl('a')]);
  });

  it('keeps the list locally, saying why, when all together are over the total quota', async () => {
    await clearAll();
    await saveUserTemplates([tpl('synced')]);
    const list = many(60, 600); // about 110 KB
    expect(await saveUserTemplates(list)).toEqual({ area: 'local', reason: 'total' });
    expect(await loadUserTemplates()).toEqual({ templates: list, area: 'local', reason: 'total' });
    // The synced copy stays as it was for the user's other browsers.
    expect((await syncArea())['templates.user.0']).toEqual([tpl('synced')]);
    expect(localNotice({ area: 'local', reason: 'total' })).toMatch(/more than a browser syncs \(100 KB, settings included\)/);
    // Back under the quota, the list returns to sync and the local copy goes.
    expect(await saveUserTemplates(list.slice(0, 10))).toEqual({ area: 'sync' });
    expect(await loadUserTemplates()).toEqual({ templates: list.slice(0, 10), area: 'sync' });
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('counts the settings already in storage.sync against the total', async () => {
    await clearAll();
    // Settings filling most of the 100 KB (the in-memory mock does not enforce quotas itself).
    await browser.storage.sync.set(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`settings:big${i}`, 'x'.repeat(8_000)])));
    expect(await saveUserTemplates(many(5, 600))).toEqual({ area: 'local', reason: 'total' });
    expect((await syncArea())['settings:big0']).toHaveLength(8_000);
  });

  it('keeps the list locally when one template alone is over the item quota', async () => {
    await clearAll();
    expect(await saveUserTemplates([tpl('huge', 'ja', 'あ'.repeat(3_000))])).toEqual({ area: 'local', reason: 'item' });
    expect(localNotice({ area: 'local', reason: 'item' })).toMatch(/^One template is too long to sync/);
  });

  it('keeps the list locally when storage.sync refuses the write', async () => {
    await clearAll();
    vi.mocked(browser.storage.sync.set).mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await saveUserTemplates([tpl('a')])).toEqual({ area: 'local', reason: 'refused' });
    expect(await loadUserTemplates()).toEqual({ templates: [tpl('a')], area: 'local', reason: 'refused' });
    expect(localNotice({ area: 'sync' })).toBeNull();
  });

  it('reads the single item earlier versions synced, and drops stored entries that are not templates', async () => {
    await clearAll();
    await browser.storage.sync.set({ 'templates.user': [tpl('ok'), { id: 'builtin', lang: 'en', title: 'x', body: 'y' }, { id: 'user:x', lang: 'xx', title: '', body: '' }, 7, tpl('ok')] });
    expect(await loadUserTemplates()).toEqual({ templates: [tpl('ok')], area: 'sync' });
    await saveUserTemplates([tpl('ok'), tpl('b')]);
    expect('templates.user' in (await syncArea())).toBe(false);
  });
});

describe('templates file import', () => {
  const existing = [tpl('a')];
  const file = (templates: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'parley-templates', version: 1, templates, ...extra });

  it('round-trips through the versioned export file and skips ids already present', () => {
    const text = serializeTemplatesFile([tpl('a'), tpl('b')]);
    expect(JSON.parse(text)).toMatchObject({ format: 'parley-templates', version: 1 });
    expect(readTemplatesFile(text, existing)).toEqual({ ok: true, templates: [tpl('a'), tpl('b')], text: 'Imported: 1 (1 already there)' });
  });

  it.each([
    ['not JSON', '{"format":', 'The file is not valid JSON.'],
    ['another format', JSON.stringify({ templates: [] }), 'This is not a Parley templates file.'],
    ['a newer version', file([tpl('b')], { version: 2 }), 'This templates file has version 2; Parley reads version 1.'],
    ['an empty list', file([]), 'The file contains no templates.'],
    ['a stray brace', file([tpl('b'), { lang: 'en', title: 'x', body: 'Hi {' }]), 'Nothing was imported: template 2 in the file has a problem. Use braces only around a case-file field, such as {orderNumber}.'],
    ['an unknown placeholder', file([{ lang: 'en', title: 'x', body: 'Hi {boss}' }]), 'Nothing was imported: template 1 in the file has a problem. Unknown placeholder {boss}. Use a case-file field such as {item} or {amount}.'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(readTemplatesFile(text, existing)).toEqual({ ok: false, text: message });
  });
});
