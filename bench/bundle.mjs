// Bundle sizes against budgets: what each context loads (raw and gzip), from the built dist/.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { report } from './lib.mjs';

const DIST = 'dist';
const BUDGETS = {
  'content script': { gzip: 45 * 1024 },
  sidebar: { gzip: 60 * 1024 },
  popup: { gzip: 60 * 1024 },
};

/** The JS and CSS an HTML page of the build loads (its module script and what that imports). */
function pageAssets(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) files.add(m[1]);
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const path = join(DIST, file);
    if (!existsSync(path)) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\(["']\.\/([^"']+\.js)["']\)/g)) {
      const dep = join(dirname(file), m[1] ?? m[2]);
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...files].map((f) => join(DIST, f)).filter(existsSync);
}

function measure(name, files) {
  const buffers = files.map((f) => readFileSync(f));
  const raw = buffers.reduce((a, b) => a + b.length, 0);
  const gzip = buffers.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
  const budget = BUDGETS[name].gzip;
  report({ bench: 'bundle', name: `${name} (${files.length} files)`, value: Math.round(gzip / 102.4) / 10, unit: 'KiB gzip', target: `≤ ${budget / 1024} KiB gzip`, ok: gzip <= budget, note: `${Math.round(raw / 102.4) / 10} KiB raw` });
}

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
measure('content script', [join(DIST, 'src/content/index.js')]);
// The awake stage: a file of its own, injected only into a frame where a chat was found.
{
  const awake = readFileSync(join(DIST, 'src/content/awake.js'));
  report({ bench: 'bundle', name: 'content script, awake stage (1 file, injected where a chat is found)', value: Math.round(gzipSync(awake, { level: 9 }).length / 102.4) / 10, unit: 'KiB gzip', note: `${Math.round(awake.length / 102.4) / 10} KiB raw; not loaded in frames without a chat` });
}
measure('sidebar', pageAssets(join(DIST, 'src/sidebar/index.html')));
measure('popup', pageAssets(join(DIST, 'src/popup/index.html')));

// What each tone pack adds to the content script: an engine with all seven packs, bundled and
// minified with esbuild, against the same engine without that one pack (gzip difference).
const { build } = await import('esbuild');
const LANGS = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'];
async function engineSize(langs) {
  const imports = langs.map((l) => `import { pack as ${l} } from './src/core/tone/packs/${l}/index';`).join('\n');
  const result = await build({
    stdin: { contents: `${imports}\nimport { createAnalyzer } from './src/core/tone/engine';\nexport const engine = createAnalyzer([${langs.join(', ')}]);`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'iife', target: 'es2022',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const all = await engineSize(LANGS);
report({ bench: 'bundle', name: 'tone engine with all seven packs', value: Math.round(all / 102.4) / 10, unit: 'KiB gzip', note: 'part of the awake stage' });
for (const lang of LANGS) {
  const without = await engineSize(LANGS.filter((l) => l !== lang));
  report({ bench: 'bundle', name: `tone pack ${lang} adds`, value: Math.round((all - without) / 102.4) / 10, unit: 'KiB gzip', note: 'in the awake stage, which loads where a chat is found' });
}
