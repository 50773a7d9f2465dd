// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { commitMessages } from '../../../src/platform/transcript-db';
import { clearQuotaReached, markQuotaReached } from '../../../src/platform/transcript-notices';
import { App } from '../../../src/popup/app';
import { SEARCH_DEBOUNCE_MS } from '../../../src/popup/hooks/use-search';
import type { ConversationRecord, MessageRecord } from '../../../src/shared/transcript-types';
import { ConfirmButton } from '../../../src/ui/confirm-button';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => mount(null, root()));

async function store(id: string, at: number, texts: string[]) {
  const conversation: ConversationRecord = { id, site: `https://${id}.example`, url: '', title: '', widget: 'generic', startedAt: at, lastActivityAt: at, messageCount: texts.length, caseId: id, headHash: '' };
  const messages: MessageRecord[] = texts.map((text, seq) => ({ conversationId: id, seq, key: `k${seq}`, author: seq ? 'agent' : 'customer', text, at: at + seq, hash: `h${seq}` }));
  await commitMessages(conversation, null, messages, []);
}

const $$ = (sel: string) => [...root().querySelectorAll(sel)];
const settle = async (ms = 50) => act(() => new Promise((r) => setTimeout(r, ms)));

async function open() {
  await act(() => mount(<App />, root()));
  await vi.waitFor(() => expect($$('[data-parley="conversation"]').length).toBeGreaterThan(0));
}

describe('the popup', () => {
  it('lists conversations newest first, a page at a time', async () => {
    for (let i = 0; i < 120; i++) await store(`c${i}`, i * 1_000, ['hi']);
    await open();
    const rows = $$('[data-parley="conversation"]');
    expect(rows).toHaveLength(50);
    expect(rows[0]!.getAttribute('data-conversation-id')).toBe('c119');
    expect(rows[0]!.querySelector('[data-parley="conversation-site"]')!.textContent).toBe('c119.example');
    expect(rows[0]!.querySelector('[data-parley="conversation-count"]')!.textContent).toBe('Messages: 1');
    await act(() => (root().querySelector('[data-parley="show-more"]') as HTMLButtonElement).click());
    expect($$('[data-parley="conversation"]')).toHaveLength(100);
  });

  it('previews a conversation with markup as text only', async () => {
    await store('x', 1, ['Hello', '<img src=x onerror="alert(1)"></script><b>bold</b>']);
    await open();
    await act(() => (root().querySelector('[data-parley="conversation"] button') as HTMLButtonElement).click());
    await vi.waitFor(() => expect($$('[data-parley="preview-text"]')).toHaveLength(2));
    expect($$('[data-parley="preview-text"]')[1]!.textContent).toBe('<img src=x onerror="alert(1)"></script><b>bold</b>');
    expect(root().querySelector('[data-parley="preview"] img, [data-parley="preview"] b')).toBeNull();
    expect($$('[data-parley="preview-message"]')[1]!.textContent).toMatch(/^Agent/);
    expect(root().querySelector('[data-parley="export-status"]')).not.toBeNull();
  });

  it('filters the list by a debounced search over message text', async () => {
    await store('a', 1, ['my parcel is late']);
    await store('b', 2, ['refund please']);
    await open();
    const input = root().querySelector('[data-parley="search"]') as HTMLInputElement;
    await act(() => {
      input.value = 'PARCEL';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle(SEARCH_DEBOUNCE_MS + 100);
    await vi.waitFor(() => expect($$('[data-parley="conversation"]').map((r) => r.getAttribute('data-conversation-id'))).toEqual(['a']));
    expect(root().querySelector('[data-parley="search-snippet"]')!.textContent).toBe('my parcel is late');
  });
});

describe('the way into the options page', () => {
  it('has a Settings button that opens the options page', async () => {
    await store('a', 1, ['hi']);
    await open();
    vi.mocked(browser.runtime.openOptionsPage).mockClear();
    const button = root().querySelector<HTMLButtonElement>('[data-parley="open-settings"]')!;
    expect(button.textContent).toBe('Settings');
    await act(() => button.click());
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });
});

describe('the quota notice', () => {
  it('shows while the background has marked the quota as reached', async () => {
    await store('a', 1, ['hi']);
    await markQuotaReached(5);
    await open();
    await vi.waitFor(() => expect(root().querySelector('[data-parley="quota-notice"]')!.textContent).toMatch(/no more room/));
    await clearQuotaReached();
  });
});

describe('ConfirmButton', () => {
  it('asks first; cancel does nothing, confirm runs the action', async () => {
    const onConfirm = vi.fn();
    await act(() => mount(<ConfirmButton hook="delete-all" label="Delete all" question="Sure?" confirmLabel="Yes" cancelLabel="No" onConfirm={onConfirm} />, root()));
    const click = (hook: string) => act(() => (root().querySelector(`[data-parley="${hook}"]`) as HTMLButtonElement).click());
    await click('delete-all');
    expect(root().querySelector('[data-parley="delete-all-question"]')!.textContent).toContain('Sure?');
    await click('cancel-delete-all');
    expect(onConfirm).not.toHaveBeenCalled();
    await click('delete-all');
    await click('confirm-delete-all');
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(root().querySelector('[data-parley="delete-all"]')).not.toBeNull();
  });
});
