/**
 * Meta-test for the interface strings (issue 8): every locale has exactly English's keys, the
 * same placeholders, no empty message, and no key is left unused by the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COACHING_CATEGORIES, HOSTILE_CATEGORIES } from '../../../src/core/tone/types';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const LOCALES = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'];
const read = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, Entry>;
const en = read('en');

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : /\.(ts|tsx)$/.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

/** Keys built at run time from data rather than written out: `tone_<category>`. */
const DYNAMIC = new Set([...HOSTILE_CATEGORIES, ...COACHING_CATEGORIES].map((c) => `tone_${c}`));

/** A key like `composer_cat_insult` counts as used where the code builds `` `composer_cat_${…}` ``. */
function builtFromPrefix(key: string, code: string): boolean {
  for (let i = key.indexOf('_'); i > 0; i = key.indexOf('_', i + 1)) {
    if (code.includes(`\`${key.slice(0, i + 1)}\${`)) return true;
  }
  return false;
}

function placeholderShape(entry: Entry): string {
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
  const declared = Object.entries(entry.placeholders ?? {}).map(([k, v]) => `${k.toLowerCase()}=${v.content}`).sort();
  return JSON.stringify({ used: [...new Set(used)], declared });
}

describe('locales', () => {
  it('lists exactly the seven languages', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (lang) => {
    const messages = read(lang);
    it('has every English key and no other', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });
    it('keeps every placeholder of each message', () => {
      const broken = Object.keys(en).filter((key) => messages[key] && placeholderShape(messages[key]!) !== placeholderShape(en[key]!));
      expect(broken).toEqual([]);
    });
    it('has no empty message', () => {
      expect(Object.entries(messages).filter(([, e]) => !e.message.trim()).map(([k]) => k)).toEqual([]);
    });
  });

  it('declares every placeholder a message uses (English)', () => {
    const undeclared = Object.entries(en).filter(([, e]) =>
      [...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].some((m) => !Object.keys(e.placeholders ?? {}).some((p) => p.toLowerCase() === m[1]!.toLowerCase())),
    );
    expect(undeclared.map(([k]) => k)).toEqual([]);
  });

  it('has a string for every message a tone finding can carry (categories and rule overrides)', () => {
    const overrides = ALL_PACKS.flatMap((p) => p.rules.map((r) => r.message).filter((m): m is string => m !== undefined));
    const missing = [...DYNAMIC, ...overrides].filter((key) => !en[key]);
    expect(missing).toEqual([]);
  });

  // Chrome Web Store limits (https://developer.chrome.com/docs/extensions/reference/manifest/name,
  // .../manifest/description): the name 45 characters, the description 132, in every language.
  it.each(LOCALES)('%s: the manifest name fits in 45 characters and the description in 132', (lang) => {
    const messages = read(lang);
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { name: string; description: string };
    expect([manifest.name, manifest.description]).toEqual(['__MSG_extName__', '__MSG_extDescription__']);
    expect([...messages.extName!.message].length).toBeLessThanOrEqual(45);
    expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('uses every key somewhere in the code or the manifest', () => {
    const code = sourceText('src') + readFileSync('manifest.json', 'utf8');
    const unused = Object.keys(en).filter((key) => !DYNAMIC.has(key) && !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`__MSG_${key}__`) && !code.includes(`\`${key}\``) && !builtFromPrefix(key, code));
    expect(unused).toEqual([]);
  });
});
