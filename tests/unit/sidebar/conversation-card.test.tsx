// @vitest-environment happy-dom
// The quota notice reaches the user during a chat, in the sidebar, not only in the popup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { broadcastToPages } from '../../../src/platform/messaging';
import { clearQuotaReached, markQuotaReached } from '../../../src/platform/transcript-notices';
import type { SidebarContext } from '../../../src/shared/protocol';
import { ConversationCard } from '../../../src/sidebar/components/conversation-card';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const notice = () => root().querySelector('[data-parley="quota-notice"]');
afterEach(async () => {
  mount(null, root());
  await clearQuotaReached();
});

const context = (headHash: string): SidebarContext => ({
  tabId: 7,
  widget: 'generic',
  draftTone: null,
  conversation: { id: 'c1', site: 'https://shop.example', url: '', title: '', widget: 'generic', startedAt: 1, lastActivityAt: 1, messageCount: 2, caseId: 'c1', headHash },
});

describe('the sidebar conversation card', () => {
  it('shows the quota notice the background left before the sidebar opened', async () => {
    await markQuotaReached(5);
    await act(() => mount(<ConversationCard context={context('h1')} />, root()));
    await vi.waitFor(() => expect(notice()?.textContent).toMatch(/no more room for Parley/));
    expect(notice()?.getAttribute('role')).toBe('alert');
  });

  it('shows it as soon as a write is refused during the chat, and drops it after a write succeeds', async () => {
    await act(() => mount(<ConversationCard context={context('h1')} />, root()));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(notice()).toBeNull();
    await act(async () => {
      await markQuotaReached(9);
      broadcastToPages('transcripts/quota-reached', { at: 9 });
    });
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    // The next batch is stored (the background clears the mark) and the conversation moves on.
    await clearQuotaReached();
    await act(() => mount(<ConversationCard context={context('h2')} />, root()));
    await vi.waitFor(() => expect(notice()).toBeNull());
  });
});
