// Finding (and on Debian, installing) the Chromium that runs Parley, and launching it with the
// built extension loaded. Shared by `npm start`, the e2e tests and the benchmarks. Playwright's
// own browser downloads cannot work here, so we always pass an executable path.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/** The browser path; installs Debian's chromium when missing and allowed, else explains what to install. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  if (isDebianRoot()) {
    log('Chromium is not installed; installing Debian\'s chromium package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'elsewhere: Google Chrome or Chromium from your package manager) or set CHROMIUM_PATH to its executable.',
  );
}

export function hasDisplay() {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** A persistent context with Parley loaded from `dist`, plus the extension's id and worker. */
export async function launchWithParley({ dist = resolve('dist'), headless = true, userDataDir = '', args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = ensureChromium({ log: () => {} });
  const extensionArgs = [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: [...(headless ? ['--headless=new'] : []), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', ...QUIET_FLAGS, ...extensionArgs, ...args],
    viewport: { width: 1280, height: 800 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** The same browser without any extension: the baseline for cost measurements. */
export async function launchPlain({ headless = true, args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = ensureChromium({ log: () => {} });
  return chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: [...(headless ? ['--headless=new'] : []), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', ...QUIET_FLAGS, ...args],
    viewport: { width: 1280, height: 800 },
  });
}

export function chromiumVersion(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').trim();
}
