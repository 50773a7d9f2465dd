import { describe, expect, it } from 'vitest';
import { emptyCaseFile, setCaseField, type CaseFile } from '../../../src/core/case';
import { builtInTemplate, builtInTemplates, MISSING_MARK, render, segments } from '../../../src/core/templates';
import { LANGS, type Lang } from '../../../src/core/tone/types';

function caseFile(fields: CaseFile['fields']): CaseFile {
  return { ...emptyCaseFile('c1'), fields };
}
const tpl = (lang: Lang, id: string) => {
  const t = builtInTemplate(lang, id);
  if (!t) throw new Error(`${lang}/${id}`);
  return t;
};

describe('render', () => {
  it('fills placeholders from the case file', () => {
    const file = caseFile({ outcomeWanted: 'a replacement strap' });
    expect(render(tpl('en', 'whatWouldYouDo'), file)).toEqual({ text: "I understand. I'm hoping for a replacement strap. What would you do in my situation?", missing: [] });
  });

  it('reports missing fields in order, once, and never leaks braces', () => {
    const r = render(tpl('en', 'summary'), caseFile({ item: 'a kettle' }));
    expect(r.missing).toEqual(['orderNumber', 'purchaseDate', 'amount', 'whatHappened', 'outcomeWanted']);
    expect(r.text).not.toMatch(/[{}]/);
    expect(r.text).toContain(MISSING_MARK);
    expect(render({ body: '{item} and {item}' }, {}).missing).toEqual(['item']);
  });

  it('shows {markers} only when a preview asks for them', () => {
    expect(render(tpl('en', 'thanks'), {}, {}, { markers: true }).text).toBe('Thank you for your help, {agentName}. Have a good day!');
    expect(render(tpl('en', 'thanks'), {}).text).toBe(`Thank you for your help, ${MISSING_MARK}. Have a good day!`);
  });

  it('lets values typed inline override the case file, and accepts plain values', () => {
    const file = caseFile({ agentName: 'Jonas' });
    expect(render(tpl('en', 'thanks'), file, { agentName: 'Mia' }).text).toBe('Thank you for your help, Mia. Have a good day!');
    expect(render(tpl('en', 'thanks'), file, { agentName: '  ' }).text).toContain('Jonas');
    expect(render(tpl('en', 'thanks'), { agentName: 'Mia' }).text).toContain('Mia');
  });

  it('keeps braces and line breaks in values out of the chat text', () => {
    const r = render({ body: 'Note: {whatHappened}', lang: 'en' }, { whatHappened: 'It broke {twice}\n\nthen stopped' });
    expect(r.text).toBe('Note: It broke twice then stopped.');
  });

  it('drops stray braces of a malformed body', () => {
    expect(render({ body: 'Hello {agent name} {} {{item}}' }, { item: 'x' }).text).toBe('Hello agent name  x');
  });

  it('formats ISO dates and amounts with a currency in the template language', () => {
    const file = caseFile({ purchaseDate: '2026-11-02', amount: '49.9', currency: 'EUR' });
    expect(render({ body: '{purchaseDate} {amount}', lang: 'en' }, file).text).toBe('November 2, 2026 €49.90');
    expect(render({ body: '{purchaseDate} {amount}', lang: 'de' }, file).text).toBe('2. November 2026 49,90\u00a0€');
    expect(render({ body: '{purchaseDate}', lang: 'ja' }, file).text).toBe('2026年11月2日');
    expect(render({ body: '{purchaseDate}', lang: 'sk' }, file).text).toBe('2. novembra 2026');
  });

  it('keeps free-text dates and amounts as typed', () => {
    expect(render({ body: '{purchaseDate}' }, { purchaseDate: 'last Tuesday' }).text).toBe('last Tuesday');
    expect(render({ body: '{purchaseDate}' }, { purchaseDate: '2026-02-31' }).text).toBe('2026-02-31');
    expect(render({ body: '{amount}' }, { amount: '$49.90' }).text).toBe('$49.90');
    expect(render({ body: '{amount}' }, { amount: 'about 50', currency: 'USD' }).text).toBe('about 50 USD');
    expect(render({ body: '{amount}', lang: 'fr' }, { amount: '1 299,00', currency: 'EUR' }).text).toBe('1\u202f299,00\u00a0€');
  });

  it('ends a paragraph field with the language full stop', () => {
    expect(render({ body: '{whatHappened}', lang: 'ja' }, { whatHappened: '壊れました' }).text).toBe('壊れました。');
    expect(render({ body: '{whatHappened}', lang: 'en' }, { whatHappened: 'It broke!' }).text).toBe('It broke!');
  });

  it('fills every template in every language completely from a full case file', () => {
    let file = emptyCaseFile('c1');
    for (const [k, v] of Object.entries({ orderNumber: '1', item: 'x', purchaseDate: '2026-01-01', amount: '5', currency: 'EUR', whatHappened: 'y', alreadyTried: 'z', outcomeWanted: 'w', agentName: 'A', followUpDate: '2026-02-01' })) {
      file = setCaseField(file, k as keyof CaseFile['fields'], v, 1);
    }
    for (const lang of LANGS) {
      for (const t of builtInTemplates(lang)) {
        const r = render(t, file);
        expect(r.missing, `${lang}/${t.id}`).toEqual([]);
        expect(r.text, `${lang}/${t.id}`).not.toMatch(/[{}…]/);
      }
    }
  });
});

describe('segments', () => {
  it('splits a body into literal text and slots with their values', () => {
    expect(segments({ body: 'Thanks, {agentName}. Order {orderNumber}' }, { agentName: 'Mia' })).toEqual([
      { kind: 'text', text: 'Thanks, ' },
      { kind: 'slot', name: 'agentName', value: 'Mia' },
      { kind: 'text', text: '. Order ' },
      { kind: 'slot', name: 'orderNumber', value: null },
    ]);
  });

  it('joins back into the rendered text when every slot is filled', () => {
    const t = tpl('de', 'summary');
    const values = { orderNumber: '1', item: 'x', purchaseDate: 'gestern', amount: '5 €', whatHappened: 'Kaputt.', outcomeWanted: 'Ersatz' };
    const joined = segments(t, values).map((s) => (s.kind === 'text' ? s.text : s.value)).join('');
    expect(joined).toBe(render(t, values).text);
  });
});
