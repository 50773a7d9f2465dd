import { describe, expect, it } from 'vitest';
import { builtInTemplates, placeholdersOf, render, searchTemplates, TEMPLATE_IDS, TEMPLATE_PACKS } from '../../../src/core/templates';
import { LANGS } from '../../../src/core/tone/types';

describe('built-in templates', () => {
  const english = TEMPLATE_PACKS.en;
  it.each(LANGS)('%s has every id with the same placeholders as English', (lang) => {
    const pack = TEMPLATE_PACKS[lang];
    for (const id of TEMPLATE_IDS) {
      expect(pack[id].title.length, `${lang}/${id}`).toBeGreaterThan(1);
      expect(placeholdersOf(pack[id].body).sort(), `${lang}/${id}`).toEqual(placeholdersOf(english[id].body).sort());
    }
  });

  it('fills placeholders and never leaves braces', () => {
    const [ask] = builtInTemplates('en');
    expect(render(ask!, { outcomeWanted: 'a replacement strap' })).toEqual({
      text: "I understand. I'm hoping for a replacement strap. What would you do in my situation?",
      missing: [],
    });
    const empty = render(ask!, { outcomeWanted: '  ' });
    expect(empty.missing).toEqual(['outcomeWanted']);
    expect(empty.text).not.toMatch(/[{}]/);
  });

  it('drops braces a value or a user template brings in', () => {
    expect(render({ body: 'Hi {agentName} {' }, { agentName: '{Mia}' })).toEqual({ text: 'Hi Mia ', missing: [] });
  });

  it('reports each missing placeholder once, in order', () => {
    expect(render({ body: '{a} {b} {a}' }, {}).missing).toEqual(['a', 'b']);
  });

  it('searches titles and bodies without case or accents', () => {
    const fr = builtInTemplates('fr');
    expect(searchTemplates(fr, 'RESPONSABLE').map((t) => t.id)).toEqual(['supervisor']);
    expect(searchTemplates(fr, 'reclamations').map((t) => t.id)).toContain('executive');
    expect(searchTemplates(fr, '')).toHaveLength(TEMPLATE_IDS.length);
  });
});
