// @vitest-environment happy-dom
// The sidebar's header: left or right (remembered, glyphs mirrored), the way into the options
// page, and the collapse button naming the toggle shortcut in effect.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { getSidebarLayout, updateSidebarLayout } from '../../../src/platform/ui-state';
import { App } from '../../../src/sidebar/app';
import { ariaKeyShortcuts } from '../../../src/ui/aria-keyshortcuts';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const $ = (hook: string) => root().querySelector<HTMLButtonElement>(`[data-parley="${hook}"]`);

beforeEach(async () => {
  await browser.storage.local.clear();
});
afterEach(() => {
  mount(null, root());
  vi.mocked(browser.commands.getAll).mockClear();
});

async function open() {
  await act(() => mount(<App />, root()));
  await vi.waitFor(() => expect($('sidebar-toggle')).not.toBeNull());
}

describe('the sidebar header', () => {
  it('moves the sidebar to the right and back; the choice is remembered and the glyphs are mirrored', async () => {
    await open();
    expect($('sidebar-toggle')!.textContent).toContain('⟨');
    expect($('sidebar-side')!.textContent).toContain('Move the sidebar to the right');
    await act(() => $('sidebar-side')!.click());
    await vi.waitFor(async () => expect((await getSidebarLayout()).side).toBe('right'));
    expect(document.documentElement.getAttribute('data-parley-side')).toBe('right');
    expect($('sidebar-toggle')!.textContent).toContain('⟩');
    expect($('sidebar-side')!.textContent).toContain('⇤');
    expect($('sidebar-side')!.textContent).toContain('Move the sidebar to the left');

    // Reopened (a reload): still on the right.
    mount(null, root());
    await open();
    expect($('sidebar-side')!.getAttribute('data-side')).toBe('right');
    await act(() => $('sidebar-side')!.click());
    await vi.waitFor(async () => expect((await getSidebarLayout()).side).toBe('left'));
  });

  it('follows a side or collapse change made elsewhere (options page, toggle shortcut)', async () => {
    await open();
    await act(async () => void (await updateSidebarLayout({ side: 'right' })));
    await vi.waitFor(() => expect($('sidebar-side')!.getAttribute('data-side')).toBe('right'));
    await act(async () => void (await updateSidebarLayout({ collapsed: true })));
    await vi.waitFor(() => expect($('sidebar-toggle')!.getAttribute('aria-expanded')).toBe('false'));
  });

  it('opens the options page from its Settings button', async () => {
    await open();
    vi.mocked(browser.runtime.openOptionsPage).mockClear();
    await act(() => $('open-settings')!.click());
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledOnce();
    expect($('open-settings')!.textContent).toContain('Settings');
  });

  it('names the toggle shortcut in effect on the collapse and expand buttons', async () => {
    vi.mocked(browser.commands.getAll).mockResolvedValue([{ name: 'toggle-sidebar', shortcut: 'Ctrl+Shift+Y' }, { name: 'focus-template-search', shortcut: '' }]);
    await open();
    await vi.waitFor(() => expect($('sidebar-toggle')!.title).toBe('Collapse sidebar (Ctrl+Shift+Y)'));
    expect($('sidebar-toggle')!.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Y');
    await act(() => $('sidebar-toggle')!.click());
    await vi.waitFor(() => expect($('sidebar-toggle')!.title).toBe('Open Parley sidebar (Ctrl+Shift+Y)'));
    expect($('sidebar-toggle')!.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Y');
  });

  it('says nothing about keys when the user removed the shortcut', async () => {
    vi.mocked(browser.commands.getAll).mockResolvedValue([{ name: 'toggle-sidebar', shortcut: '' }]);
    await open();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect($('sidebar-toggle')!.title).toBe('Collapse sidebar');
    expect($('sidebar-toggle')!.hasAttribute('aria-keyshortcuts')).toBe(false);
  });
});

describe('ariaKeyShortcuts', () => {
  it('turns the browser’s key names and macOS symbols into aria-keyshortcuts form', () => {
    expect(ariaKeyShortcuts('Alt+Shift+P')).toBe('Alt+Shift+P');
    expect(ariaKeyShortcuts('Ctrl+Shift+Y')).toBe('Control+Shift+Y');
    expect(ariaKeyShortcuts('⌥⇧P')).toBe('Alt+Shift+P');
    expect(ariaKeyShortcuts('⌘⇧Y')).toBe('Meta+Shift+Y');
    expect(ariaKeyShortcuts('')).toBe('');
  });
});
