#!/usr/bin/env node
// Makes sure a Chromium is there for the e2e tests (installs Debian's package as root).
import { ensureChromium, chromiumVersion } from './lib/chromium.mjs';

try {
  const path = ensureChromium();
  console.log(`Chromium: ${path} (${chromiumVersion(path) || 'version unknown'})`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
