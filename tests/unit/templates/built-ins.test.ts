/**
 * Meta-test over the built-in templates: every language has every id, the same placeholders,
 * only case-file placeholders, short texts, and nothing the tone check would hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABEL_KEYS, TEMPLATE_CATALOG, TEMPLATE_CATEGORIES, TEMPLATE_IDS, TEMPLATE_PACKS, builtInTemplate, builtInTemplates, placeholdersOf, render, searchTemplates } from '../../../src/core/templates';
import { PLACEHOLDER_NAMES } from '../../../src/core/templates/placeholders';
import { analyze } from '../../../src/core/tone';
import { LANGS } from '../../../src/core/tone/types';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const sample = {
  orderNumber: 'NW-48213', item: 'Trailhead 45', purchaseDate: '2026-11-02', amount: '49.90', currency: 'EUR',
  whatHappened: 'The strap came loose', alreadyTried: 'I sent photos', outcomeWanted: 'a replacement', agentName: 'Mia', followUpDate: '2026-11-20',
};

describe('built-in templates', () => {
  it.each(LANGS)('%s has exactly the template ids, each with a title and a body', (lang) => {
    expect(Object.keys(TEMPLATE_PACKS[lang]).sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const id of TEMPLATE_IDS) {
      expect(TEMPLATE_PACKS[lang][id].title.trim(), `${lang}/${id}`).not.toBe('');
      expect(TEMPLATE_PACKS[lang][id].body.trim(), `${lang}/${id}`).not.toBe('');
    }
  });

  it.each(TEMPLATE_IDS)('%s has the same placeholder set in every language', (id) => {
    const sets = LANGS.map((lang) => [...placeholdersOf(TEMPLATE_PACKS[lang][id].body)].sort().join(','));
    expect(new Set(sets).size).toBe(1);
  });

  it('uses only case-file fields as placeholders, and no stray braces', () => {
    for (const lang of LANGS) {
      for (const t of builtInTemplates(lang)) {
        for (const name of placeholdersOf(t.body)) expect(PLACEHOLDER_NAMES, `${lang}/${t.id}`).toContain(name);
        expect(t.body.replace(/\{[A-Za-z]+\}/g, ''), `${lang}/${t.id}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('keeps texts chat-sized with at most one exclamation mark (advice habits 2 and 4)', () => {
    for (const lang of LANGS) {
      for (const t of builtInTemplates(lang)) {
        expect(t.body.length, `${lang}/${t.id}`).toBeLessThanOrEqual(220);
        expect(t.title.length, `${lang}/${t.id}`).toBeLessThanOrEqual(60);
        expect((t.body.match(/[!！]/g) ?? []).length, `${lang}/${t.id}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('offers "What would you do in my situation?" in several phrasings in every language', () => {
    for (const lang of LANGS) {
      const asks = builtInTemplates(lang).filter((t) => t.category === 'ask');
      expect(asks.length, lang).toBeGreaterThanOrEqual(3);
      expect(asks[0]?.id).toBe('whatWouldYouDo');
    }
  });

  // The first analysis compiles every tone pack, which takes a few seconds on a slow machine.
  it.each(LANGS)('%s is never flagged as hostile by the tone check, filled or not (firm escalation is the advice)', (lang) => {
    for (const t of builtInTemplates(lang)) {
      for (const text of [render(t, sample).text, render(t, {}).text]) {
        const hostile = analyze(text, { lang }).findings.filter((f) => f.family === 'hostile');
        expect(hostile.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), `${lang}/${t.id}: ${text}`).toEqual([]);
      }
    }
  }, 30_000);

  it('gives every template a category whose label key exists', () => {
    for (const id of TEMPLATE_IDS) expect(TEMPLATE_CATEGORIES).toContain(TEMPLATE_CATALOG[id].category);
    for (const key of Object.values(CATEGORY_LABEL_KEYS)) expect(en).toHaveProperty(key);
  });

  it('looks templates up by language and id', () => {
    expect(builtInTemplate('de', 'supervisor')).toMatchObject({ id: 'supervisor', lang: 'de', category: 'escalate', step: 'supervisor' });
    expect(builtInTemplate('de', 'nope')).toBeUndefined();
  });

  it('finds templates by words in the title or body, ignoring case and accents', () => {
    expect(searchTemplates(builtInTemplates('en'), 'supervisor').map((t) => t.id)).toEqual(['supervisor']);
    expect(searchTemplates(builtInTemplates('fr'), 'GARANTIE').map((t) => t.id)).toContain('citeTerms');
    expect(searchTemplates(builtInTemplates('sk'), 'nadriadeny').map((t) => t.id)).toEqual(['supervisor']);
    expect(searchTemplates(builtInTemplates('en'), '  ')).toHaveLength(TEMPLATE_IDS.length);
  });
});
