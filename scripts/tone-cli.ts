/**
 * The tone engine on the command line: `npm run --silent tone -- [--lang xx]`.
 * Reads JSON lines `{"id": …, "text": …, "lang"?: …}` on stdin and writes one JSON line per input:
 * `{"id": …, "lang": …, "findings": [{"rule", "category", "severity", "start", "end", "message",
 * "suggestions"}]}` with messages rendered in English. A line that is not such an object gets
 * `{"id"?: …, "error": …}` and the CLI carries on. `--lang` is the language hint for every line
 * that has none. Offsets are UTF-16 code units, as in JavaScript strings.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, renderMessage, type Lang } from '../src/core/tone/index';
import { LANGS } from '../src/core/tone/types';
import type { MessageCatalog } from '../src/core/i18n/format';

const catalog = JSON.parse(readFileSync(new URL('../public/_locales/en/messages.json', import.meta.url), 'utf8')) as MessageCatalog;
const byLowerKey = new Map(Object.entries(catalog).map(([k, v]) => [k.toLowerCase(), v]));
const lookup = (key: string) => byLowerKey.get(key.toLowerCase());

const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

function parseArgs(argv: string[]): { lang?: Lang } {
  const i = argv.indexOf('--lang');
  if (i < 0) return {};
  const value = argv[i + 1];
  if (!isLang(value)) {
    process.stderr.write(`--lang must be one of ${LANGS.join(', ')}\n`);
    process.exit(2);
  }
  return { lang: value };
}

function answer(line: string, defaultLang: Lang | undefined): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'not a JSON line' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: 'expected an object {"id", "text", "lang"?}' };
  const { id, text, lang } = input as Record<string, unknown>;
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  if (lang !== undefined && !isLang(lang)) return { id, error: `"lang" must be one of ${LANGS.join(', ')}` };
  const analysis = analyze(text, { lang: lang ?? defaultLang });
  return {
    id,
    lang: analysis.lang,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: renderMessage(f.message, lookup),
      suggestions: f.suggestions,
    })),
  };
}

const { lang } = parseArgs(process.argv.slice(2));
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(answer(line, lang))}\n`);
}
