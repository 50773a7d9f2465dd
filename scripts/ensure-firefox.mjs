#!/usr/bin/env node
// Makes sure a Firefox is there for tests/e2e/firefox.test.mjs (installs Debian's firefox-esr as
// root). Without one that test is skipped, and `npm test` says so.
import { ensureFirefox } from './lib/firefox.mjs';

try {
  const path = ensureFirefox();
  console.log(path ? `Firefox: ${path}` : 'Firefox: none (the Firefox e2e test will be skipped)');
} catch (error) {
  console.error(`Firefox could not be installed: ${error.message}`);
}
