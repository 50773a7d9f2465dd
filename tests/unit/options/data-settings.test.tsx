// @vitest-environment happy-dom
// "Export everything" makes one backup zip (transcripts JSON, case files, templates, settings)
// that the popup's restore reads back whole; "Delete everything" says exactly what goes, in the
// page, and then removes conversations, case files, templates, picked chats, drafts, the sidebar
// layout and the settings.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { strFromU8, unzipSync } from 'fflate';
import browser from 'webextension-polyfill';
import { pageHandlers } from '../../../src/background/handlers/page-messages';
import { saveCaptured } from '../../../src/background/save-captured';
import { TEMPLATES_FORMAT } from '../../../src/core/backup/backup';
import { emptyCaseFile } from '../../../src/core/case';
import { DataSettings } from '../../../src/options/components/data-settings';
import { saveCaseDraft } from '../../../src/platform/case-drafts';
import { getCaseFile, listCaseFiles, saveCaseFile } from '../../../src/platform/case-store';
import { listenInBackground } from '../../../src/platform/messaging';
import { getPickedChats, savePickedChat } from '../../../src/platform/picked-chats';
import { loadSettings, saveSettings } from '../../../src/platform/settings-store';
import { listConversations } from '../../../src/platform/transcript-db';
import { DEFAULT_LAYOUT, getSidebarLayout, updateSidebarLayout } from '../../../src/platform/ui-state';
import { loadUserTemplates, saveUserTemplates } from '../../../src/platform/user-templates';
import { wipeStorage } from '../../../src/platform/wipe';
import { importFile } from '../../../src/popup/components/import-control';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';
import { buildEverything } from '../../../src/ui/backup/export-everything';

const api = browser as unknown as { __test: { setSender(s: Record<string, unknown>): void; EXTENSION_ORIGIN: string } };
const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const hook = (name: string) => root().querySelector<HTMLElement>(`[data-parley="${name}"]`);

beforeAll(() => {
  // The real background answers the options page's bulk delete.
  listenInBackground({} as never, pageHandlers);
  api.__test.setSender({ id: 'parleytestid', url: `${api.__test.EXTENSION_ORIGIN}src/options/index.html` });
});
beforeEach(async () => {
  await Promise.all([browser.storage.local.clear(), browser.storage.sync.clear(), browser.storage.session.clear()]);
});

const tpl = (id: string) => ({ id: `user:${id}`, lang: 'en' as const, title: id, body: `Hello {agentName} ${id}` });

/** Something of everything Parley keeps. */
async function fill(): Promise<string> {
  const { conversationId } = await saveCaptured(
    { widget: 'w1', topUrl: 'https://shop.example/help', title: 'Help', snapshot: true, messages: [{ key: 'k1', author: 'customer', text: 'My strap broke', seenAt: 1_000 }, { key: 'k2', author: 'agent', text: 'Case #CASE-20931', seenAt: 2_000 }] },
    2_000,
  );
  await saveCaseFile({ ...emptyCaseFile(conversationId), fields: { orderNumber: 'NW-48213' }, references: ['CASE-20931'], ladderDone: ['ask'], updatedAt: 3_000 });
  await saveUserTemplates([tpl('a'), tpl('b')]);
  await savePickedChat('https://odd.example', 'https://odd.example', { selector: '#chat', pickedAt: 1 });
  await updateSidebarLayout({ side: 'right', width: 500 });
  await saveSettings({ 'tone.sensitivity': 'high', 'sites.mode': 'except', 'sites.except': ['bank.example'] });
  await saveCaseDraft(4, { ...emptyCaseFile('draft:4'), fields: { item: 'Kettle' } });
  await browser.storage.session.set({ 'tab:4': { widget: 'generic', frameId: 0, site: 'https://shop.example' } });
  return conversationId;
}

describe('delete everything', () => {
  it('lists exactly what goes in the page, and removes it all when confirmed', async () => {
    const id = await fill();
    await act(() => mount(<DataSettings />, root()));
    await act(() => hook('delete-all')!.click());
    await vi.waitFor(() => expect(hook('wipe-templates')).not.toBeNull());
    const items = [...root().querySelectorAll('[data-parley="delete-all-list"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      'saved conversations, with their case files: 1',
      'your own templates: 2',
      'sites where you picked the chat by hand: 1',
      'case files prepared in open tabs before their chat began: 1',
      "the sidebar's side, width and collapsed state",
      expect.stringMatching(/^every setting on this page, which goes back to its default/),
      expect.stringMatching(/go from your other synced browsers too/),
    ]);
    expect(hook('delete-all-question')!.textContent).toMatch(/cannot be undone/);

    await act(() => hook('confirm-delete-all')!.click());
    await vi.waitFor(() => expect(hook('data-status')!.textContent).toBe('Everything was deleted, conversations included (1).'));
    expect((await listConversations()).conversations).toEqual([]);
    expect(await listCaseFiles()).toEqual([]);
    expect(await getCaseFile(id)).toEqual(emptyCaseFile(id));
    expect((await loadUserTemplates()).templates).toEqual([]);
    expect(await getPickedChats('https://odd.example')).toEqual({});
    expect(await getSidebarLayout()).toEqual(DEFAULT_LAYOUT);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const session = await browser.storage.session.get(null);
    expect(Object.keys(session)).toEqual(['tab:4']);
    mount(null, root());
  });

  it('cancel changes nothing', async () => {
    await fill();
    await act(() => mount(<DataSettings />, root()));
    await act(() => hook('delete-all')!.click());
    await act(() => hook('cancel-delete-all')!.click());
    expect((await listConversations()).conversations).toHaveLength(1);
    expect((await loadUserTemplates()).templates).toHaveLength(2);
    mount(null, root());
  });
});

describe('export everything', () => {
  it('makes one zip with the transcripts JSON, case files, templates and settings, and restore reads it back whole', async () => {
    const id = await fill();
    const { bytes, name } = await buildEverything(Date.UTC(2025, 0, 5, 12), 0);
    expect(name).toBe('parley-backup-2025-01-05.zip');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['parley-case-files.json', 'parley-settings.json', 'parley-templates.json', 'parley-transcripts-2025-01-05.json']);
    const transcripts = JSON.parse(strFromU8(entries['parley-transcripts-2025-01-05.json']!));
    expect(transcripts.format).toBe('parley-transcripts');
    expect(transcripts.conversations[0].caseFile).toMatchObject({ orderNumber: 'NW-48213', references: 'CASE-20931' });
    expect(JSON.parse(strFromU8(entries['parley-templates.json']!)).format).toBe(TEMPLATES_FORMAT);
    expect(JSON.parse(strFromU8(entries['parley-settings.json']!)).settings['tone.sensitivity']).toBe('high');

    // Everything gone, then the backup restored from the popup.
    const { conversations } = await listConversations();
    await pageHandlers['conversations/delete']({ ids: conversations.map((c) => c.id) }, { kind: 'page', url: `${api.__test.EXTENSION_ORIGIN}src/options/index.html` });
    await wipeStorage();
    const result = await importFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'en');
    expect(result).toEqual({ ok: true, text: 'Restored: 2 new messages, 1 new conversations. Case files restored: 1. Templates added: 2. Settings restored from the backup.' });
    expect((await listConversations()).conversations.map((c) => c.id)).toEqual([id]);
    expect(await getCaseFile(id)).toMatchObject({ fields: { orderNumber: 'NW-48213' }, references: ['CASE-20931'], ladderDone: ['ask'] });
    expect((await loadUserTemplates()).templates).toEqual([tpl('a'), tpl('b')]);
    expect(await loadSettings()).toMatchObject({ 'tone.sensitivity': 'high', 'sites.mode': 'except', 'sites.except': ['bank.example'] });
    // Restoring the same backup again adds nothing new.
    expect((await importFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'en')).text).toBe('Nothing new: every message in this file is already saved. Settings restored from the backup.');
  });
});
