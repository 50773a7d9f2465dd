#!/usr/bin/env node
// `npm test`: every check, in order: typecheck, lint, unit tests (vitest), build, Chromium (installed
// with apt-get on Debian when missing), and the end-to-end tests in real Chromium. Ends with one
// line `N passed, N failed` over unit and e2e tests (a failed typecheck or lint counts as a
// failure too) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const only = process.argv[2]; // optional: 'unit' or 'e2e'
let passed = 0;
let failed = 0;
const notes = [];

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  return r;
}

function check(label, cmd, args) {
  const r = run(label, cmd, args);
  if (r.status !== 0) {
    failed += 1;
    notes.push(`${label} failed`);
  }
  return r.status === 0;
}

if (!only || only === 'static') {
  check('typecheck', 'npx', ['tsc', '--noEmit']);
  check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
}

if (!only || only === 'static') {
  // The Firefox build must pass Mozilla's linter with zero errors (warnings are printed).
  check('Firefox build + web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']);
}

if (!only || only === 'unit') {
  rmSync('.ci-unit.json', { force: true });
  run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.ci-unit.json']);
  try {
    const report = JSON.parse(readFileSync('.ci-unit.json', 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) {
      failed += report.numFailedTestSuites;
      notes.push(`${report.numFailedTestSuites} unit test file(s) failed to load`);
    }
  } catch {
    failed += 1;
    notes.push('vitest produced no report');
  }
}

if (!only || only === 'e2e') {
  const built = check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  const browser = check('chromium', 'node', ['scripts/ensure-chromium.mjs']);
  run('firefox', 'node', ['scripts/ensure-firefox.mjs']);
  if (built && browser) {
    const r = run('end-to-end tests (Chromium, and Firefox for the content script)', 'node', ['--test', '--test-concurrency=1', '--test-timeout=180000', '--test-reporter=tap', 'tests/e2e/'], { capture: true });
    const out = r.stdout ?? '';
    const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
    const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
    const skipped = Number(/^# skipped (\d+)/m.exec(out)?.[1] ?? 0);
    if (skipped > 0) notes.push(`${skipped} e2e test(s) skipped: ${[...new Set(out.match(/# SKIP .*/g) ?? [])].join('; ')}`);
    passed += pass;
    failed += fail;
    if (r.status !== 0 && fail === 0) {
      failed += 1;
      notes.push('the e2e runner exited with an error');
    }
  }
}

for (const note of notes) console.log(`note: ${note}`);
if (passed === 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
