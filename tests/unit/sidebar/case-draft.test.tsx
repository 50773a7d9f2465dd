// @vitest-environment happy-dom
// Prepare before you start (advice habit 3): the case file can be filled before the chat has a
// stored message, as a draft kept for the tab in the extension's storage, and it joins the
// conversation's case file when the conversation is created.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { attachDraft, emptyCaseFile, isBlankCaseFile } from '../../../src/core/case';
import { getCaseFile, saveCaseFile } from '../../../src/platform/case-store';
import { CaseFileCard } from '../../../src/sidebar/components/case-file-card';
import { SAVE_DELAY_MS, useCaseFile } from '../../../src/sidebar/hooks/use-case-file';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const field = (name: string) => root().querySelector<HTMLInputElement>(`[data-parley="case-${name}"]`);

function Harness({ conversationId, tabId }: { conversationId: string | null; tabId: number | null }) {
  return <CaseFileCard api={useCaseFile(conversationId, tabId)} detected={[]} />;
}
const show = (conversationId: string | null, tabId: number | null) => act(() => mount(<Harness conversationId={conversationId} tabId={tabId} />, root()));
async function type(name: string, value: string) {
  await vi.waitFor(() => expect(field(name)).not.toBeNull());
  await act(() => {
    field(name)!.value = value;
    field(name)!.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const draftInStorage = async (tabId: number) => (await browser.storage.session.get(`caseDraft:${tabId}`))[`caseDraft:${tabId}`] as { fields: Record<string, string> } | undefined;

beforeEach(() => browser.storage.session.clear());
afterEach(() => mount(null, root()));

describe('the draft case file', () => {
  it('can be filled before the chat has a conversation and survives the sidebar reloading', async () => {
    await show(null, 7);
    await vi.waitFor(() => expect(root().querySelector('[data-parley="case-draft"]')).not.toBeNull());
    await type('orderNumber', 'NW-48213');
    await vi.waitFor(async () => expect((await draftInStorage(7))?.fields.orderNumber).toBe('NW-48213'), { timeout: SAVE_DELAY_MS + 1_000 });
    mount(null, root());
    await show(null, 7);
    await vi.waitFor(() => expect(field('orderNumber')?.value).toBe('NW-48213'));
    // Another tab has a draft of its own.
    await show(null, 8);
    await vi.waitFor(() => expect(field('orderNumber')?.value).toBe(''));
  });

  it('joins the conversation’s case file once the conversation is created, even mid-typing', async () => {
    await show(null, 7);
    await type('orderNumber', 'NW-48213');
    await type('outcomeWanted', 'a replacement strap');
    // The first message is stored before the typing pause ends.
    await show('c1', 7);
    await vi.waitFor(async () => expect((await getCaseFile('c1')).fields).toMatchObject({ orderNumber: 'NW-48213', outcomeWanted: 'a replacement strap' }));
    expect(await draftInStorage(7)).toBeUndefined();
    await vi.waitFor(() => expect(field('outcomeWanted')?.value).toBe('a replacement strap'));
    expect(root().querySelector('[data-parley="case-draft"]')).toBeNull();
  });

  it('leaves a conversation’s case file alone when the draft is empty', async () => {
    await saveCaseFile({ ...emptyCaseFile('c2'), fields: { item: 'Kettle' }, updatedAt: 5 });
    await show(null, 9);
    await vi.waitFor(() => expect(field('item')).not.toBeNull());
    await show('c2', 9);
    await vi.waitFor(() => expect(field('item')?.value).toBe('Kettle'));
    expect((await getCaseFile('c2')).updatedAt).toBe(5);
  });
});

describe('attachDraft', () => {
  it('lets the draft’s filled fields win and combines references and ladder steps', () => {
    const file = { ...emptyCaseFile('c1'), fields: { item: 'Kettle', orderNumber: 'OLD-1' }, references: ['CASE-1'], ladderDone: ['ask'], updatedAt: 3 };
    const draft = { ...emptyCaseFile('draft:7'), fields: { orderNumber: 'NW-2', agentName: ' ' }, references: ['case 1', 'CASE-2'], ladderDone: ['terms'], updatedAt: 4 };
    expect(attachDraft(file, draft, 10)).toEqual({
      conversationId: 'c1',
      fields: { item: 'Kettle', orderNumber: 'NW-2' },
      references: ['CASE-1', 'case 1', 'CASE-2'],
      ladderDone: ['ask', 'terms'],
      updatedAt: 10,
    });
    expect(isBlankCaseFile(emptyCaseFile('x'))).toBe(true);
    expect(isBlankCaseFile({ ...emptyCaseFile('x'), fields: { item: '  ' } })).toBe(true);
    expect(isBlankCaseFile(draft)).toBe(false);
  });
});
