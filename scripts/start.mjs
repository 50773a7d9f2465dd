#!/usr/bin/env node
// `npm start`: builds Parley, serves the demo shop (and its cross-origin chat widget) on
// loopback, and opens Chromium with Parley loaded on it. With a display the browser is headed and
// stays open until you close it; without one it runs headless, takes a screenshot of the demo
// with the chat open and prints where it saved it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemo } from '../demo/server.mjs';
import { ensureChromium, hasDisplay, launchWithParley } from './lib/chromium.mjs';

const browserPath = ensureChromium();
console.log(`Browser: ${browserPath}`);
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const demo = await startDemo({ shopPort: Number(process.env.DEMO_PORT ?? 5180), widgetPort: Number(process.env.DEMO_WIDGET_PORT ?? 5181) });
console.log(`Demo shop: ${demo.shopUrl}  (chat widget served from ${demo.widgetUrl})`);

const headless = !hasDisplay();
const { context } = await launchWithParley({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${demo.shopUrl}?chat=1`);

if (headless) {
  await page.locator('parley-sidebar').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(1_500);
  mkdirSync('artifacts', { recursive: true });
  const shot = resolve('artifacts/start.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless. Screenshot of Parley on the demo: ${shot}`);
  console.log('To try it by hand, run `npm start` in a desktop session, or load dist/ unpacked in Chrome/Edge (see README).');
  await context.close();
  await demo.close();
} else {
  console.log('Chromium is open with Parley loaded. Close the browser window to stop.');
  context.on('close', () => void demo.close().then(() => process.exit(0)));
}
