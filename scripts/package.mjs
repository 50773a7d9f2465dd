#!/usr/bin/env node
// `npm run package`: store-ready zips for Chrome (also Edge) and Firefox, versioned from
// package.json, in packages/, plus the source archive AMO asks for when a bundle is minified.
// Each extension zip holds the built extension at its root, as the stores want, after checking
// that every icon the manifest declares is there at its declared size. Zips of earlier versions
// are removed, so packages/ holds only what to upload.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { iconProblems } from './lib/package-checks.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'packages';

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
  const problems = iconProblems(dir, manifest);
  if (problems.length > 0) throw new Error(`${dir}: icons are not store-ready:\n  ${problems.join('\n  ')}`);
  const entries = Object.fromEntries(files(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f)]));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join(OUT, `parley-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
}

/** The committed source (git archive of HEAD) for AMO's review: the bundles are minified. */
function packSource() {
  const out = join(OUT, `parley-source-${version}.zip`);
  execFileSync('git', ['archive', '--format=zip', `--prefix=parley-source-${version}/`, '-o', out, 'HEAD'], { stdio: 'inherit' });
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty) console.warn(`${out}: WARNING: uncommitted changes are not in the source archive (it is HEAD); commit them and package again before uploading.`);
  console.log(`${out}: the source at HEAD (${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}); build with \`npm ci && npm run build:firefox\``);
}

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) if (/^parley-.*\.zip$/.test(name)) rmSync(join(OUT, name));
pack('firefox', 'dist-firefox');
pack('chrome', 'dist');
packSource();
