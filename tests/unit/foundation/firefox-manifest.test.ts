/**
 * The Firefox build's manifest (scripts/firefox-manifest.ts, used by vite.config.ts when
 * TARGET=firefox) and the icon checks `npm run package` makes before zipping a build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest } from '../../../scripts/firefox-manifest';
// @ts-expect-error -- a plain .mjs build script without type declarations.
import { iconProblems, pngSize } from '../../../scripts/lib/package-checks.mjs';

type Manifest = Parameters<typeof firefoxManifest>[0];
const chrome = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest & Record<string, unknown>;

interface FirefoxManifest {
  browser_specific_settings: { gecko: { id: string } };
  content_scripts: { match_origin_as_fallback?: boolean }[];
  icons: Record<string, string>;
  [key: string]: unknown;
}

describe('the Firefox manifest', () => {
  const firefox = firefoxManifest(chrome) as FirefoxManifest;

  it('runs the background as event-page scripts, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('has a gecko id, Firefox 142 or later, and declares that no data is collected', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'parley@parley.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
  });

  it('drops what Firefox does not know and keeps the rest of the Chrome manifest', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['src/sidebar/index.html'], matches: ['<all_urls>'] }]);
    // Firefox 128+ reads match_origin_as_fallback: chats in blob: and sandboxed frames are reached.
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.content_scripts[0]?.match_origin_as_fallback).toBe(true);
    for (const key of ['name', 'description', 'version', 'default_locale', 'permissions', 'commands', 'action', 'options_ui']) expect(firefox[key]).toEqual(chrome[key]);
  });

  it('declares the 48 and 96 pixel icons AMO asks for', () => {
    expect(Object.keys(firefox.icons)).toEqual(expect.arrayContaining(['48', '96']));
  });
});

describe('package icon checks', () => {
  it('reads a PNG size and refuses what is not a PNG', () => {
    expect(pngSize(readFileSync('public/icons/icon-96.png'))).toEqual({ width: 96, height: 96 });
    expect(pngSize(new TextEncoder().encode('not a png, but long enough to read'))).toBeNull();
  });

  it('finds every declared icon of the manifest at its size', () => {
    expect(iconProblems('public', chrome)).toEqual([]);
  });

  it('names a missing size, a missing file and an icon of the wrong size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-icons-'));
    try {
      mkdirSync(join(dir, 'icons'));
      for (const size of [16, 32, 48, 128]) copyFileSync(`public/icons/icon-${size}.png`, join(dir, `icons/icon-${size}.png`));
      writeFileSync(join(dir, 'icons/icon-32.png'), readFileSync('public/icons/icon-48.png'));
      const manifest = { ...chrome, icons: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png', '48': 'icons/icon-48.png', '128': 'icons/icon-128.png', '256': 'icons/icon-256.png' } };
      expect(iconProblems(dir, manifest)).toEqual([
        'manifest icons: no 96×96 icon declared (the stores ask for 16, 32, 48, 96, 128)',
        'icons 32: icons/icon-32.png is 48×48, not 32×32',
        `icons 256: icons/icon-256.png is not in ${dir}`,
        'action.default_icon 32: icons/icon-32.png is 48×48, not 32×32',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
