#!/usr/bin/env node
// `npm run bench`: builds, runs every benchmark in bench/ (each prints JSON lines, one figure
// each), and prints one table with the targets next to the figures. `--write` also records the
// table in docs/performance.md with the machine it was taken on. Benchmarks run one after
// another so they do not compete for the CPU.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';
import { chromiumVersion, findChromium } from './lib/chromium.mjs';

const write = process.argv.includes('--write');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });

const files = readdirSync('bench')
  .filter((f) => /\.(mjs|ts)$/.test(f) && f !== 'lib.mjs')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
let failedRuns = 0;
for (const file of files) {
  process.stderr.write(`▶ bench/${file}\n`);
  const cmd = file.endsWith('.ts') ? ['npx', ['tsx', `bench/${file}`]] : ['node', [`bench/${file}`]];
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) failedRuns += 1;
  for (const line of (r.stdout ?? '').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      rows.push(JSON.parse(line));
    } catch {
      // Not a figure.
    }
  }
}

const fmt = (n) => (typeof n === 'number' ? (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(3).replace(/\.?0+$/, '')) : '');
const figure = (r) => (r.p95 !== undefined ? `p50 ${fmt(r.p50)} / p95 ${fmt(r.p95)} ${r.unit}` : `${fmt(r.value)} ${r.unit ?? ''}`.trim());
const verdict = (r) => (r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED');
const table = [
  ['area', 'figure', 'result', 'target', 'vs peers / note'],
  ...rows.map((r) => [`${r.bench}: ${r.name}`, figure(r), verdict(r), r.target ?? '', [r.peer && `${r.peer}${r.ratio !== undefined ? ` (×${fmt(r.ratio)})` : ''}`, r.note].filter(Boolean).join('; ')]),
];
const widths = table[0].map((_, i) => Math.min(70, Math.max(...table.map((row) => String(row[i]).length))));
for (const row of table) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
const missed = rows.filter((r) => r.ok === false).length;
console.log(`\n${rows.length} figures, ${missed} missed their target${failedRuns ? `, ${failedRuns} benchmark run(s) failed` : ''}.`);

if (write) {
  const browser = findChromium();
  const machine = `${type()} ${release()}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${browser ? `, ${chromiumVersion(browser)}` : ''}`;
  const md = [
    '# Performance',
    '',
    `Taken with \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}, on: ${machine}.`,
    'Peers run in the same process on the same inputs; ratios are Parley ÷ peer (below 1 means Parley is faster).',
    '',
    '| ' + table[0].join(' | ') + ' |',
    '|' + table[0].map(() => ' --- ').join('|') + '|',
    ...table.slice(1).map((row) => '| ' + row.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ') + ' |'),
    '',
  ].join('\n');
  // What follows the table by hand (reading notes, the misses explained) is kept across runs.
  const previous = existsSync('docs/performance.md') ? readFileSync('docs/performance.md', 'utf8') : '';
  const notes = previous.indexOf('\n## Notes');
  writeFileSync('docs/performance.md', notes >= 0 ? `${md}${previous.slice(notes + 1)}` : md);
  console.log('Wrote docs/performance.md');
}
process.exit(failedRuns > 0 ? 1 : 0);
