import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../../src/core/tone/index';
import { detectLanguage as detectWithoutRules } from '../../../src/core/tone/language';
import { ALL_PACKS } from '../../../src/core/tone/packs/index';
import type { Lang } from '../../../src/core/tone/types';

/**
 * The fallback detector must tell the seven pack languages apart on short chat messages, with
 * no hint: Spanish and French in particular against each other and against English, Slovak and
 * Lithuanian (shared function words like "si", "mi", "ma", "no", shared accented letters).
 */
const SHORT: Record<Lang, string[]> = {
  en: [
    'Where is my parcel?',
    'Thanks, that worked.',
    'Can I change the delivery date?',
    'The app keeps crashing on login.',
    'I was charged twice for one order.',
    'No, the address is still wrong.',
    'Please cancel my subscription today.',
    'Is the blue model back in stock?',
  ],
  de: [
    'Wo ist mein Paket?',
    'Danke, das hat geklappt.',
    'Kann ich den Liefertermin ändern?',
    'Die App stürzt beim Anmelden ab.',
    'Mir wurde zweimal abgebucht.',
    'Nein, die Adresse stimmt immer noch nicht.',
    'Bitte kündigen Sie mein Abo heute.',
    'Ist das blaue Modell wieder lieferbar?',
  ],
  sk: [
    'Kde je môj balík?',
    'Ďakujem, už to funguje.',
    'Môžem zmeniť dátum doručenia?',
    'Aplikácia mi stále padá.',
    'Strhli ste mi peniaze dvakrát.',
    'Nie, adresa je stále zlá.',
    'Prosím, zrušte mi predplatné.',
    'Ak to zajtra nepríde, ozvem sa znova.',
  ],
  ja: [
    '荷物はどこですか？',
    'ありがとうございます、直りました。',
    '配達日を変更できますか？',
    'アプリがログイン時に落ちます。',
    '二重に請求されました。',
    'いいえ、住所がまだ違います。',
    '今日で解約をお願いします。',
    '青いモデルは再入荷しますか？',
  ],
  lt: [
    'Kur mano siuntinys?',
    'Ačiū, jau veikia.',
    'Ar galiu pakeisti pristatymo datą?',
    'Programėlė vis užstringa prisijungiant.',
    'Nuskaičiavote pinigus du kartus.',
    'Ne, adresas vis dar neteisingas.',
    'Prašau atšaukti mano prenumeratą.',
    'Ar mėlynas modelis vėl bus prekyboje?',
  ],
  es: [
    '¿Dónde está mi paquete?',
    'Gracias, ya funciona.',
    '¿Puedo cambiar la fecha de entrega?',
    'La aplicación se cierra al entrar.',
    'Me habéis cobrado dos veces.',
    'No, la dirección sigue mal.',
    'Por favor, cancelad mi suscripción hoy.',
    'Si no llega mañana, os vuelvo a escribir.',
    'Mi pedido no ha llegado todavía.',
    'Vale, perfecto.',
  ],
  fr: [
    'Où est mon colis ?',
    'Merci, ça marche.',
    'Puis-je changer la date de livraison ?',
    "L'application plante à la connexion.",
    "Vous m'avez débité deux fois.",
    "Non, l'adresse est toujours fausse.",
    'Merci de résilier mon abonnement.',
    "Si ça n'arrive pas demain, je vous réécris.",
    "Ma commande n'est toujours pas arrivée.",
    "D'accord, parfait.",
  ],
};

describe('detectLanguage on short messages', () => {
  for (const [lang, sentences] of Object.entries(SHORT) as [Lang, string[]][]) {
    it.each(sentences)(`detects ${lang}: %s`, (sentence) => {
      expect(detectLanguage(sentence)).toBe(lang);
    });
  }

  it.each([
    ['Du Idiot!!', 'de'],
    ['Du bist so dumm.', 'de'],
    ['Kannst du mir sagen, wo ich die Rechnung finde?', 'de'],
    ['Ty idiot!!', 'sk'],
    ['si uplne blby ci co? kde su moje peniaze', 'sk'],
    ['dakujem za nic', 'sk'],
    ['este to olutujete', 'sk'],
    ['aciu uz nieka', 'lt'],
    ['jus visi melagiai', 'lt'],
    ['¿Cuándo vas a enviarlo?', 'es'],
    ['Thanks Amazon', 'en'],
    // Only words with an inner apostrophe speak for French here, typed as ASCII and typographic.
    ["c'est, j'ai", 'fr'],
    ['c’est, j’ai', 'fr'],
  ] as const)('detects informal and diacritic-less chat: %s', (sentence, lang) => {
    expect(detectLanguage(sentence)).toBe(lang);
  });

  it('tells Spanish from French when only those two are enabled', () => {
    expect(detectLanguage('Quiero devolver el abrigo.', ['es', 'fr'])).toBe('es');
    expect(detectLanguage('Je veux retourner le manteau.', ['es', 'fr'])).toBe('fr');
  });

  it('falls back to the hint, then English, when nothing speaks for any language', () => {
    expect(detectLanguage('OK 12345', undefined, 'fr')).toBe('fr');
    expect(detectLanguage('OK 12345')).toBe('en');
  });
});

describe('language detection without the rule packs (core/tone/language.ts)', () => {
  it('answers as the engine does on every labelled message and pack example', () => {
    const texts = ALL_PACKS.flatMap((p) => [
      ...p.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]),
      ...(JSON.parse(readFileSync(join(__dirname, '../../tone-eval', `${p.lang}.json`), 'utf8')) as { text: string }[]).map((m) => m.text),
    ]);
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(detectWithoutRules(text), text).toBe(detectLanguage(text));
    expect(detectWithoutRules('Guten Tag, wo bleibt mein Paket?', ['de', 'en'], 'en')).toBe('de');
  });
});
