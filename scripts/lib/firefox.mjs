// Finding (and on Debian, installing) the Firefox that runs tests/e2e/firefox.test.mjs. Only the
// stock Debian firefox-esr can be driven here (over WebDriver BiDi with puppeteer-core);
// Playwright's patched Firefox cannot be downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { isDebianRoot } from './chromium.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The Firefox path, installing Debian's firefox-esr when missing and allowed; null when there is none. */
export function ensureFirefox({ log = console.log } = {}) {
  const found = findFirefox();
  if (found || !isDebianRoot()) return found;
  log('Firefox is not installed; installing Debian\'s firefox-esr package (apt-get) for the Firefox e2e test…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  }
  return findFirefox();
}
