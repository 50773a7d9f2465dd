#!/usr/bin/env node
// `npm run package`: store-ready zips for Chrome (also Edge) and Firefox, versioned from
// package.json, in packages/. Each zip holds the built extension at its root, as the stores want.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const REQUIRED_ICONS = ['16', '32', '48', '96', '128'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function pack(target, dir) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, TARGET: target } });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}`);
  for (const size of REQUIRED_ICONS) statSync(join(dir, `icons/icon-${size}.png`));
  const entries = Object.fromEntries(files(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f)]));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join('packages', `parley-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
}

mkdirSync('packages', { recursive: true });
pack('firefox', 'dist-firefox');
pack('chrome', 'dist');
