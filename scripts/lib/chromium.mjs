// Finding (and on Debian, installing) the Chromium that runs Parley, and launching it with the
// built extension loaded. Shared by `npm start`, the e2e tests and the benchmarks. Playwright's
// own browser downloads cannot work here, so we always pass an executable path.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Chromium builds, which load an unpacked extension from the command line. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
/** Branded Google Chrome: only versions before 137 honour --load-extension. */
const BRANDED_CHROME = ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
/**
 * The first branded Chrome that ignores --load-extension (Chrome 137 release notes,
 * https://support.google.com/chrome/a/answer/10314655#137); Chromium and Chrome for Testing keep it.
 */
export const BRANDED_CHROME_WITHOUT_LOAD_EXTENSION = 137;

const WHAT_TO_DO =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`) ' +
  'or Chrome for Testing (`npx @puppeteer/browsers install chrome@stable`) and set CHROMIUM_PATH to its executable if it is not found by itself; ' +
  'or run `npm run build` and load dist/ by hand: chrome://extensions → Developer mode → Load unpacked → dist/.';

/**
 * Why this browser cannot have Parley loaded from the command line, or null when it can: branded
 * Google Chrome 137 and later ignore --load-extension (Chromium and Chrome for Testing do not).
 * `version` is what `<browser> --version` prints.
 */
export function loadExtensionProblem(path, version) {
  const branded = /^Google Chrome (\d+)\./.exec(version.trim());
  if (!branded || Number(branded[1]) < BRANDED_CHROME_WITHOUT_LOAD_EXTENSION) return null;
  return (
    `${path} is ${version.trim()}: Google Chrome ${BRANDED_CHROME_WITHOUT_LOAD_EXTENSION} and later ignore --load-extension, ` +
    `so Parley cannot be loaded into it from the command line. ${WHAT_TO_DO}`
  );
}

/**
 * The browser to run Parley in: CHROMIUM_PATH, else the first Chromium found, else a branded
 * Chrome old enough to load extensions from the command line. A newer branded Chrome is refused
 * with what to do instead (it would otherwise start and never show Parley's service worker).
 * `exists` and `versionOf` are the file system and `--version` (replaceable in tests).
 */
export function chooseBrowser({ env = process.env, exists = existsSync, versionOf = chromiumVersion } = {}) {
  const check = (path) => {
    const problem = loadExtensionProblem(path, versionOf(path));
    if (problem) throw new Error(problem);
    return path;
  };
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.`);
    return check(env.CHROMIUM_PATH);
  }
  const chromium = CHROMIUM.find((p) => exists(p));
  if (chromium) return chromium;
  const chrome = BRANDED_CHROME.find((p) => exists(p));
  return chrome ? check(chrome) : null;
}

/** A Chromium (or usable Chrome) already installed, or null; throws for a Chrome that cannot load Parley. */
export function findChromium() {
  return chooseBrowser();
}

export function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

function installDebianChromium(log) {
  log('Chromium is not installed; installing Debian\'s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

/**
 * The browser path; installs Debian's chromium when no Chromium is there and that is allowed
 * (even if a branded Chrome is, since newer ones cannot load Parley), else explains what to install.
 */
export function ensureChromium({ log = console.log } = {}) {
  let problem = null;
  try {
    const found = findChromium();
    if (found) return found;
  } catch (error) {
    if (process.env.CHROMIUM_PATH) throw error;
    problem = error;
  }
  if (isDebianRoot()) {
    installDebianChromium(log);
    const installed = CHROMIUM.find((p) => existsSync(p));
    if (installed) return installed;
  }
  if (problem) throw problem;
  throw new Error(`No Chromium found. ${WHAT_TO_DO}`);
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
  try {
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch (error) {
    await context.close().catch(() => undefined);
    throw new Error(`Parley's service worker did not start in ${executablePath} within 15 s (${chromiumVersion(executablePath) || 'version unknown'}); is ${dist} a build (npm run build)? ${WHAT_TO_DO}`, { cause: error });
  }
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
