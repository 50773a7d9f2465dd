/**
 * Which browser `npm start`, the e2e tests and the benchmarks run Parley in
 * (scripts/lib/chromium.mjs): Chromium first; branded Google Chrome 137 and later ignore
 * --load-extension, so one is refused at once with what to do instead of a 15-second timeout.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations.
import { chooseBrowser, loadExtensionProblem } from '../../../scripts/lib/chromium.mjs';

const VERSIONS: Record<string, string> = {
  '/usr/bin/chromium': 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)',
  '/usr/bin/google-chrome': 'Google Chrome 138.0.7204.49 ',
  '/opt/old/chrome': 'Google Chrome 136.0.7103.113',
  '/opt/cft/chrome': 'Google Chrome for Testing 140.0.7339.80',
};

function choose(installed: string[], env: Record<string, string> = {}): string | null {
  return chooseBrowser({ env, exists: (path: string) => installed.includes(path) || Object.values(env).includes(path), versionOf: (path: string) => VERSIONS[path] ?? '' });
}

describe('choosing the browser', () => {
  it('prefers Chromium over a branded Chrome', () => {
    expect(choose(['/usr/bin/google-chrome', '/usr/bin/chromium'])).toBe('/usr/bin/chromium');
  });

  it('refuses a branded Chrome 137+ and says exactly what to do', () => {
    expect(() => choose(['/usr/bin/google-chrome'])).toThrow(
      /^\/usr\/bin\/google-chrome is Google Chrome 138\.0\.7204\.49: Google Chrome 137 and later ignore --load-extension/,
    );
    const message = (() => {
      try {
        choose(['/usr/bin/google-chrome']);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('npx @puppeteer/browsers install chrome@stable');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('Load unpacked → dist/');
  });

  it('refuses CHROMIUM_PATH pointing at a branded Chrome 137+, and takes Chrome for Testing or an older Chrome', () => {
    expect(() => choose([], { CHROMIUM_PATH: '/usr/bin/google-chrome' })).toThrow(/ignore --load-extension/);
    expect(choose([], { CHROMIUM_PATH: '/opt/cft/chrome' })).toBe('/opt/cft/chrome');
    expect(loadExtensionProblem('/opt/old/chrome', VERSIONS['/opt/old/chrome'])).toBeNull();
    expect(loadExtensionProblem('/usr/bin/chromium', VERSIONS['/usr/bin/chromium'])).toBeNull();
  });

  it('finds nothing when no browser is installed', () => {
    expect(choose([])).toBeNull();
  });
});
