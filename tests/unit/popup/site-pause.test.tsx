// @vitest-environment happy-dom
// "Pause Parley on this site" for the page the popup (or sidebar) is about, and Resume.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { pauseSite, resumeSite } from '../../../src/core/sites/pause';
import { loadSettings, saveSettings } from '../../../src/platform/settings-store';
import { DEFAULT_SETTINGS, parleyRunsOn } from '../../../src/shared/settings-schema';
import { SitePause } from '../../../src/ui/site-pause';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const section = () => root().querySelector('[data-parley="site-pause"]');
const button = (hook: string) => root().querySelector<HTMLButtonElement>(`[data-parley="${hook}"]`);

/** The background's answer to `site/current`: the active tab is on this host. */
let host: string | null = 'help.shop.example';
const background = (message: { name?: string }) => (message?.name === 'site/current' ? Promise.resolve({ ok: true, value: { host } }) : undefined);
beforeEach(async () => {
  await browser.storage.sync.clear();
  browser.runtime.onMessage.addListener(background as never);
});
afterEach(() => {
  mount(null, root());
  browser.runtime.onMessage.removeListener(background as never);
  host = 'help.shop.example';
});

describe('the one-click pause', () => {
  it('pauses Parley on the active tab’s site from "everywhere" and resumes it', async () => {
    await act(() => mount(<SitePause />, root()));
    await vi.waitFor(() => expect(section()?.textContent).toContain('Parley is on for help.shop.example.'));
    await act(() => button('pause-site')!.click());
    await vi.waitFor(async () => expect(await loadSettings()).toMatchObject({ 'sites.mode': 'except', 'sites.except': ['help.shop.example'] }));
    await vi.waitFor(() => expect(section()?.getAttribute('data-state')).toBe('paused'));
    expect(section()!.textContent).toContain('Parley is paused on help.shop.example');
    await act(() => button('resume-site')!.click());
    await vi.waitFor(async () => expect((await loadSettings())['sites.except']).toEqual([]));
    await vi.waitFor(() => expect(button('pause-site')).not.toBeNull());
  });

  it('offers nothing on a page Parley does not run in', async () => {
    host = null;
    await act(() => mount(<SitePause />, root()));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(section()).toBeNull();
  });

  it('says so when the browser refuses the change', async () => {
    await saveSettings({ 'sites.mode': 'except' });
    await act(() => mount(<SitePause />, root()));
    await vi.waitFor(() => expect(button('pause-site')).not.toBeNull());
    vi.mocked(browser.storage.sync.set).mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await act(() => button('pause-site')!.click());
    await vi.waitFor(() => expect(root().querySelector('[data-parley="settings-error"]')?.textContent).toMatch(/not saved: MAX_WRITE_OPERATIONS_PER_MINUTE/));
  });
});

describe('pauseSite and resumeSite', () => {
  const base = { 'sites.mode': DEFAULT_SETTINGS['sites.mode'], 'sites.except': [] as string[], 'sites.only': [] as string[] };

  it('never touches the list of the other mode', () => {
    const settings = { ...base, 'sites.only': ['kept.example'] };
    const paused = { ...settings, ...pauseSite(settings, 'shop.example')! };
    expect(paused).toEqual({ 'sites.mode': 'except', 'sites.except': ['shop.example'], 'sites.only': ['kept.example'] });
    expect(parleyRunsOn(paused, 'kept.example')).toBe(true);
    expect(pauseSite(paused, 'shop.example')).toBeNull();
  });

  it('in "only" mode, pausing drops the entries that let the site run, and resuming lists it', () => {
    const only = { ...base, 'sites.mode': 'only' as const, 'sites.only': ['shop.example', 'other.example'] };
    const paused = { ...only, ...pauseSite(only, 'help.shop.example')! };
    expect(paused['sites.only']).toEqual(['other.example']);
    expect(parleyRunsOn(paused, 'help.shop.example')).toBe(false);
    const resumed = { ...paused, ...resumeSite(paused, 'help.shop.example')! };
    expect(resumed['sites.only']).toEqual(['help.shop.example', 'other.example']);
  });

  it('resuming in "except" mode removes every entry that covers the host', () => {
    const except = { ...base, 'sites.mode': 'except' as const, 'sites.except': ['shop.example', 'help.shop.example', 'bank.example'] };
    expect(resumeSite(except, 'help.shop.example')).toEqual({ 'sites.except': ['bank.example'] });
    expect(resumeSite(except, 'news.example')).toBeNull();
  });
});
