// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { SidebarSettings } from '../../../src/options/components/sidebar-settings';
import { getSidebarLayout, updateSidebarLayout } from '../../../src/platform/ui-state';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const radio = (side: string) => root().querySelector<HTMLInputElement>(`[data-parley="side-${side}"]`)!;
afterEach(() => mount(null, root()));

describe('the sidebar side on the options page', () => {
  it('puts the sidebar on the right, keeping its width, and follows a change made in the sidebar', async () => {
    await updateSidebarLayout({ side: 'left', width: 420 });
    await act(() => mount(<SidebarSettings />, root()));
    await vi.waitFor(() => expect(radio('left').checked).toBe(true));
    await act(() => radio('right').click());
    await vi.waitFor(async () => expect(await getSidebarLayout()).toMatchObject({ side: 'right', width: 420 }));
    await act(async () => void (await updateSidebarLayout({ side: 'left' })));
    await vi.waitFor(() => expect(radio('left').checked).toBe(true));
  });
});
