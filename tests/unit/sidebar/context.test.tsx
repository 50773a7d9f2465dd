// @vitest-environment happy-dom
// A sidebar hears only its own tab's transcript updates (a broadcast channel per tab), so twenty
// chat tabs do not wake every sidebar, nor make twenty requests, per message.
import { describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { broadcastToPages, listenInBackground } from '../../../src/platform/messaging';
import { useSidebarContext } from '../../../src/sidebar/hooks/use-sidebar-context';

const api = browser as unknown as { __test: { setSender(s: Record<string, unknown>): void; EXTENSION_ORIGIN: string } };

describe('the sidebar context', () => {
  it('is asked for again on its own tab\'s updates only', async () => {
    let asked = 0;
    listenInBackground({} as never, {
      'sidebar/context': () => {
        asked++;
        return { tabId: 7, widget: 'generic', conversation: null, draftTone: null };
      },
    } as never);
    api.__test.setSender({ id: 'parleytestid', url: `${api.__test.EXTENSION_ORIGIN}src/sidebar/index.html`, tab: { id: 7 } });
    let seen: number | null | undefined;
    function Probe() {
      seen = useSidebarContext().context?.tabId;
      return null;
    }
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => mount(<Probe />, root));
    await vi.waitFor(() => expect(seen).toBe(7));
    // Once more when it starts listening for its tab: nothing between the two answers is missed.
    await vi.waitFor(() => expect(asked).toBe(2));
    for (const tabId of [8, 9, 10]) broadcastToPages('transcript/updated', { conversationId: 'c-other', messageCount: 3, tabId });
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toBe(2);
    broadcastToPages('transcript/updated', { conversationId: 'c-mine', messageCount: 4, tabId: 7 });
    await vi.waitFor(() => expect(asked).toBe(3));
    mount(null, root);
  });
});
