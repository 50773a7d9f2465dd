import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followInterfaceLanguage, t, uiLanguage, useCatalog } from '../../../src/platform/i18n';
import { loadSettings, saveSettings } from '../../../src/platform/settings-store';
import { normaliseHost, parleyRunsOn, SETTINGS_VERSION, SYNC_ITEM_BYTES, syncItemBytes } from '../../../src/shared/settings-schema';

const sync = () => (globalThis as unknown as { chrome: { storage: { sync: { get(k?: unknown): Promise<Record<string, unknown>>; set(i: object): Promise<void>; clear(): Promise<void> } } } }).chrome.storage.sync;
const catalog = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

beforeEach(async () => {
  await sync().clear();
});
afterEach(() => useCatalog('', null));

describe('settings v2', () => {
  it('moves the old tone-only off-site list to "everywhere except", and keeps it once written', async () => {
    await sync().set({ 'settings:version': 1, 'settings:tone.offSites': ['shop.example'], 'settings:tone.neverHold': true });
    const migrated = await loadSettings();
    expect(migrated['sites.mode']).toBe('except');
    expect(migrated['sites.except']).toEqual(['shop.example']);
    expect(migrated['sites.only']).toEqual([]);
    expect(migrated['tone.neverHold']).toBe(true);
    await saveSettings({ 'tone.sensitivity': 'high' });
    const stored = await sync().get(null);
    expect(stored['settings:version']).toBe(SETTINGS_VERSION);
    expect(stored['settings:tone.offSites']).toBeUndefined();
    expect(stored['settings:sites.except']).toEqual(['shop.example']);
    expect(stored['settings:sites.list']).toBeUndefined();
    expect((await loadSettings())['sites.mode']).toBe('except');
  });

  it('leaves everything at its default when nothing was stored', async () => {
    const s = await loadSettings();
    expect(s['sites.mode']).toBe('everywhere');
    expect(s['ui.language']).toBe('auto');
    expect(s['tone.languages']).toHaveLength(7);
  });

  it('refuses a malformed host and normalises what users paste', async () => {
    expect(normaliseHost('https://WWW.Shop.Example/help?x=1')).toBe('shop.example');
    expect(normaliseHost('support.example.com:8443')).toBe('support.example.com');
    expect(normaliseHost('not a host')).toBeNull();
    expect(normaliseHost('')).toBeNull();
    await expect(saveSettings({ 'sites.except': ['bad host!'] })).rejects.toThrow(/host name/);
  });

  it('runs Parley where the user said: a listed host covers its subdomains', () => {
    const lists = { 'sites.except': ['shop.example', 'bank.example'], 'sites.only': [] };
    const only = { ...lists, 'sites.mode': 'only' as const, 'sites.only': ['shop.example'] };
    expect(parleyRunsOn(only, 'shop.example')).toBe(true);
    expect(parleyRunsOn(only, 'help.shop.example')).toBe(true);
    expect(parleyRunsOn(only, 'www.shop.example')).toBe(true);
    expect(parleyRunsOn(only, 'othershop.example')).toBe(false);
    const except = { 'sites.mode': 'except' as const, 'sites.except': ['bank.example'], 'sites.only': ['shop.example'] };
    expect(parleyRunsOn(except, 'bank.example')).toBe(false);
    expect(parleyRunsOn(except, 'shop.example')).toBe(true);
    expect(parleyRunsOn({ ...lists, 'sites.mode': 'everywhere' }, 'bank.example')).toBe(true);
  });
});

describe('settings v3: a site list per mode', () => {
  it('gives the old shared list to the mode that used it, and to both under "everywhere"', async () => {
    for (const [mode, except, only] of [
      ['only', [], ['shop.example']],
      ['except', ['shop.example'], []],
      ['everywhere', ['shop.example'], ['shop.example']],
    ] as const) {
      await sync().clear();
      await sync().set({ 'settings:version': 2, 'settings:sites.mode': mode, 'settings:sites.list': ['shop.example'] });
      const s = await loadSettings();
      expect([s['sites.mode'], s['sites.except'], s['sites.only']]).toEqual([mode, except, only]);
    }
    await saveSettings({ 'tone.sensitivity': 'low' });
    const stored = await sync().get(null);
    expect(stored['settings:sites.list']).toBeUndefined();
    expect(stored['settings:sites.only']).toEqual(['shop.example']);
    expect(stored['settings:version']).toBe(3);
  });

  it('caps a site list by the bytes storage.sync allows per item, not by a count', async () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => `support-${String(i).padStart(4, '0')}.example.com`);
    let n = 1;
    while (syncItemBytes('sites.except', hosts(n + 1)) <= SYNC_ITEM_BYTES) n++;
    await saveSettings({ 'sites.except': hosts(n) });
    expect((await loadSettings())['sites.except']).toHaveLength(n);
    await expect(saveSettings({ 'sites.except': hosts(n + 1) })).rejects.toThrow(/8192 bytes/);
    expect((await loadSettings())['sites.except']).toHaveLength(n);
  });
});

describe('interface language override', () => {
  it('renders strings from the chosen locale, placeholders included, and falls back to the browser', () => {
    expect(t('composer_send_anyway')).toBe(catalog('en').composer_send_anyway.message);
    useCatalog('de', catalog('de'));
    expect(uiLanguage()).toBe('de');
    expect(t('composer_send_anyway')).toBe(catalog('de').composer_send_anyway.message);
    expect(t('tone_exclaim', '3')).toMatch(/^3 Ausrufezeichen/);
    useCatalog('', null);
    expect(t('tone_exclaim', '3')).toMatch(/^3 exclamation marks/);
  });

  it('follows the setting live', async () => {
    await saveSettings({ 'ui.language': 'fr' });
    let changes = 0;
    const controller = new AbortController();
    await followInterfaceLanguage(() => changes++, controller.signal, async (lang) => catalog(lang));
    expect(uiLanguage()).toBe('fr');
    await saveSettings({ 'ui.language': 'ja' });
    await expect.poll(() => uiLanguage()).toBe('ja');
    expect(t('composer_send_anyway')).toBe(catalog('ja').composer_send_anyway.message);
    expect(changes).toBe(1);
    await saveSettings({ 'ui.language': 'auto' });
    await expect.poll(() => uiLanguage()).toBe('en');
    controller.abort();
  });
});
