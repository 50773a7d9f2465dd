// @vitest-environment happy-dom
// Where Parley runs, on the options page: each listing mode shows its own list under a heading
// that says what it does; a site that would overflow storage.sync's item is refused with a
// message; a save the browser refuses is shown, not swallowed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { SiteSettings } from '../../../src/options/components/site-settings';
import { loadSettings, saveSettings } from '../../../src/platform/settings-store';
import { SYNC_ITEM_BYTES, syncItemBytes } from '../../../src/shared/settings-schema';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const $ = <T extends Element = HTMLElement>(sel: string) => root().querySelector<T>(sel);
const hook = (name: string) => $<HTMLInputElement>(`[data-parley="${name}"]`);

beforeEach(() => browser.storage.sync.clear());
afterEach(() => mount(null, root()));

async function open() {
  await act(() => mount(<SiteSettings />, root()));
  await vi.waitFor(() => expect(hook('sites-everywhere')).not.toBeNull());
}
async function addSite(text: string) {
  await act(() => {
    hook('site-input')!.value = text;
    hook('site-input')!.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => hook('site-add')!.click());
  await act(() => new Promise((r) => setTimeout(r, 20)));
}
const shown = () => [...root().querySelectorAll('[data-parley="site-list"] li span')].map((s) => s.textContent);

describe('the site list on the options page', () => {
  it('has no list under "everywhere", and one list per listing mode named for what it does', async () => {
    await open();
    expect(hook('site-input')).toBeNull();
    expect($('[data-parley="sites-everywhere-note"]')!.textContent).toMatch(/Pause Parley on this site/);

    await act(() => hook('sites-except')!.click());
    await vi.waitFor(() => expect($('#site-list-h')?.textContent).toBe('Sites where Parley stays off'));
    await addSite('https://bank.example/login');
    await vi.waitFor(() => expect(shown()).toEqual(['bank.example']));

    await act(() => hook('sites-only')!.click());
    await vi.waitFor(() => expect($('#site-list-h')?.textContent).toBe('Sites where Parley runs'));
    expect(shown()).toEqual([]);
    await addSite('shop.example');
    await vi.waitFor(() => expect(shown()).toEqual(['shop.example']));
    const s = await loadSettings();
    expect([s['sites.except'], s['sites.only']]).toEqual([['bank.example'], ['shop.example']]);
  });

  it('refuses a site the storage.sync item has no room for, and saves nothing', async () => {
    const hosts = Array.from({ length: 600 }, (_, i) => `s${i}.example.com`);
    while (syncItemBytes('sites.except', hosts) > SYNC_ITEM_BYTES) hosts.pop();
    await saveSettings({ 'sites.mode': 'except', 'sites.except': hosts });
    await open();
    await vi.waitFor(() => expect(shown()).toHaveLength(hosts.length));
    await addSite('one-more-support-site.example.com');
    expect($('#site-error')!.textContent).toMatch(/one-more-support-site\.example\.com does not fit: the list is full/);
    expect((await loadSettings())['sites.except']).toHaveLength(hosts.length);
  });

  it('shows why the browser refused a save instead of swallowing it', async () => {
    await saveSettings({ 'sites.mode': 'except' });
    await open();
    vi.mocked(browser.storage.sync.set).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await addSite('bank.example');
    await vi.waitFor(() => expect($('[data-parley="settings-error"]')?.textContent).toBe('This change was not saved: QUOTA_BYTES quota exceeded'));
    expect($('[data-parley="settings-error"]')!.getAttribute('role')).toBe('alert');
    // What was typed stays, so the user can try again.
    expect(hook('site-input')!.value).toBe('bank.example');
  });
});
