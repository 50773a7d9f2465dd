// @vitest-environment happy-dom
// A sidebar that opens (or reloads) after the send was held still says it is held: the background
// keeps the tab's last draft tone and hands it over with the sidebar's context.
import { describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { composerContentHandlers } from '../../../src/background/handlers/composer-messages';
import { forgetTab } from '../../../src/background/handlers/tabs';
import { getDraftTone } from '../../../src/platform/draft-tone-state';
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
});
