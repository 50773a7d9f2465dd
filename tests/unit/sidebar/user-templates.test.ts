import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { Template } from '../../../src/core/templates';
import { loadUserTemplates, saveUserTemplates, syncSize, QUOTA_BYTES_PER_ITEM } from '../../../src/platform/user-templates';
import { mergeImported, moveWithinLanguage, serializeUserTemplates } from '../../../src/ui/templates/user-templates-io';

const tpl = (id: string, lang: Template['lang'] = 'en', body = 'Hello {agentName}'): Template => ({ id: `user:${id}`, lang, title: id, body });

describe('user templates storage', () => {
  it('syncs a small list and reads it back', async () => {
    expect(await saveUserTemplates([tpl('a')])).toBe('sync');
    expect(await loadUserTemplates()).toEqual({ templates: [tpl('a')], area: 'sync' });
  });

  it('keeps a list over the per-item quota in storage.local and says so', async () => {
    const big = ['a', 'b', 'c'].map((id) => tpl(id, 'de', 'x'.repeat(4_000)));
    expect(syncSize(big)).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
    expect(await saveUserTemplates(big)).toBe('local');
    expect(await loadUserTemplates()).toEqual({ templates: big, area: 'local' });
    // Back under the limit, the list returns to sync and the local copy goes.
    expect(await saveUserTemplates([tpl('a')])).toBe('sync');
    expect((await loadUserTemplates()).area).toBe('sync');
  });

  it('falls back to storage.local when storage.sync refuses the write (total quota)', async () => {
    vi.mocked(browser.storage.sync.set).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveUserTemplates([tpl('a')])).toBe('local');
  });

  it('drops stored entries that are not templates', async () => {
    await browser.storage.sync.set({ 'templates.user': [tpl('ok'), { id: 'builtin', lang: 'en', title: 'x', body: 'y' }, { id: 'user:x', lang: 'xx', title: '', body: '' }, 7] });
    await browser.storage.local.remove('templates.user');
    expect((await loadUserTemplates()).templates).toEqual([tpl('ok')]);
  });
});

describe('import, export and order', () => {
  it('round-trips through the export file and skips ids already present', () => {
    const file = serializeUserTemplates([tpl('a'), tpl('b')]);
    expect(mergeImported([tpl('a')], file)).toEqual({ merged: [tpl('a'), tpl('b')], added: 1 });
    expect(() => mergeImported([], '{"templates":[]}')).toThrow();
  });

  it('moves a template within its language only', () => {
    const list = [tpl('a'), tpl('x', 'de'), tpl('b')];
    expect(moveWithinLanguage(list, 'user:b', -1).map((t) => t.id)).toEqual(['user:b', 'user:x', 'user:a']);
    expect(moveWithinLanguage(list, 'user:a', -1)).toEqual(list);
  });
});
