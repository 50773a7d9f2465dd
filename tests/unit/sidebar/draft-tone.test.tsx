// @vitest-environment happy-dom
// A sidebar that opens (or reloads) after the send was held still says it is held: the background
// keeps the tab's last draft tone and hands it over with the sidebar's context.
import { describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { composerContentHandlers } from '../../../src/background/handlers/composer-messages';
import { forgetTab } from '../../../src/background/handlers/tabs';
import { getDraftTone } from '../../../src/platform/draft-tone-state';
import { broadcastToPages } from '../../../src/platform/messaging';
import { setTabState } from '../../../src/platform/tab-state';
import { pageHandlers } from '../../../src/background/handlers/page-messages';
import { useDraftTone } from '../../../src/sidebar/hooks/use-draft-tone';
import type { SidebarContext } from '../../../src/shared/protocol';

const held = { widget: 'generic', phase: 'held' as const, lang: 'en', length: 20, findings: [] };

describe('the held draft, for a sidebar opened later', () => {
  it('is kept per tab, handed over with the context, cleared with the draft and the tab', async () => {
    await setTabState(5, { widget: 'generic', frameId: 0, site: 'https://shop.example' });
    await composerContentHandlers['draft/tone'](held, { kind: 'content', tabId: 5, frameId: 0 });
    const context = (await pageHandlers['sidebar/context']({}, { kind: 'page', tabId: 5 })) as SidebarContext;
    expect(context.draftTone).toMatchObject({ phase: 'held', tabId: 5 });

    let shown: string | undefined;
    function Probe() {
      shown = useDraftTone(context)?.phase;
      return null;
    }
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => mount(<Probe />, root));
    await vi.waitFor(() => expect(shown).toBe('held'));
    mount(null, root);

    await composerContentHandlers['draft/tone']({ ...held, phase: 'cleared' }, { kind: 'content', tabId: 5, frameId: 0 });
    expect(await getDraftTone(5)).toBeNull();
    await composerContentHandlers['draft/tone'](held, { kind: 'content', tabId: 5, frameId: 0 });
    forgetTab(5);
    await vi.waitFor(async () => expect(await getDraftTone(5)).toBeNull());
  });

  it('never lets an older report replace a newer one (a context answered after a broadcast)', async () => {
    let shown: string | undefined;
    let setContext: (c: SidebarContext) => void = () => undefined;
    const base = { tabId: 6, widget: 'generic', conversation: null } as unknown as SidebarContext;
    function Probe() {
      const [context, set] = useState<SidebarContext | null>(null);
      setContext = set;
      shown = useDraftTone(context)?.phase;
      return null;
    }
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => mount(<Probe />, root));
    await act(() => setContext({ ...base, draftTone: null }));
    // The send is held (heard at 200) while the sidebar's context, read at 100, is on its way.
    broadcastToPages('draft/tone-updated', { ...held, tabId: 6, at: 200 });
    await vi.waitFor(() => expect(shown).toBe('held'));
    await act(() => setContext({ ...base, draftTone: { ...held, phase: 'typing', tabId: 6, at: 100 } }));
    expect(shown).toBe('held');
    // A newer report still replaces it.
    await act(() => setContext({ ...base, draftTone: { ...held, phase: 'typing', tabId: 6, at: 300 } }));
    expect(shown).toBe('typing');
    mount(null, root);
  });
});
