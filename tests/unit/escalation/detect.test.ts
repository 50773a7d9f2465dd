import { describe, expect, it } from 'vitest';
import { classifyAgentMessage, detectAgentSignal } from '../../../src/core/escalation';
import type { Lang } from '../../../src/core/tone/types';

type Row = [string, 'refusal' | 'stall' | null];

/** Should-detect and should-not-detect agent messages, per language. */
const TABLE: Record<Lang, Row[]> = {
  en: [
    ["I'm sorry about the strap. Unfortunately our policy is to inspect items first.", 'refusal'],
    ["That's not possible after 30 days.", 'refusal'],
    ['That’s not possible, I’m afraid.', 'refusal'],
    ['According to our policy, refunds take a receipt.', 'refusal'],
    ["There's nothing I can do about it.", 'refusal'],
    ["I'm unable to change the order now.", 'refusal'],
    ['Let me check that for you.', 'stall'],
    ["We'll get back to you within 3 business days.", 'stall'],
    ['Please bear with me for a moment.', 'stall'],
    ['Unfortunately it is late, but let me check.', 'refusal'],
    ['Fortunately the parcel arrived.', null],
    ["I can't see your order yet, could you send the number?", null],
    ["It's not impossible, I'll arrange it.", null],
    ['I have issued a full refund.', null],
    ['Our policies page lists all options.', null],
  ],
  de: [
    ['Leider können wir das nicht erstatten.', 'refusal'],
    ['Das ist nicht möglich.', 'refusal'],
    ['Laut unseren Richtlinien ist das ausgeschlossen.', 'refusal'],
    ['Ich prüfe das kurz für Sie.', 'stall'],
    ['Wir melden uns innerhalb von fünf Werktagen.', 'stall'],
    ['Das ist möglich, ich erstatte den Betrag.', null],
    ['Gerne tausche ich den Artikel um.', null],
  ],
  sk: [
    ['Bohužiaľ, to nie je možné.', 'refusal'],
    ['To nie je možné, je to po lehote.', 'refusal'],
    ['Preverím to a ozveme sa.', 'stall'],
    ['Je to možné, peniaze vám vrátime.', null],
    ['Ďakujeme, reklamáciu sme prijali.', null],
  ],
  lt: [
    ['Deja, pinigų grąžinti negalime.', 'refusal'],
    ['Tai neįmanoma pagal taisykles.', 'refusal'],
    ['Palaukite, patikrinsiu užsakymą.', 'stall'],
    ['Pinigus grąžinsime per savaitę.', null],
  ],
  ja: [
    ['申し訳ございませんが、返金はいたしかねます。', 'refusal'],
    ['交換はできかねます。', 'refusal'],
    ['少々お待ちください。確認いたします。', 'stall'],
    ['申し訳ございません。すぐに返金いたします。', null],
    ['ご連絡ありがとうございます。交換品を発送しました。', null],
  ],
  es: [
    ['Lamentablemente no es posible.', 'refusal'],
    ['Según nuestra política, no hay reembolso.', 'refusal'],
    ['Un momento, por favor, lo estoy revisando.', 'stall'],
    ['La aplicación no me deja pagar.', null],
    ['Es posible cambiarlo, se lo envío hoy.', null],
  ],
  fr: [
    ['Malheureusement, ce n’est pas possible.', 'refusal'],
    ["Ce n'est pas possible après 30 jours.", 'refusal'],
    ['Selon notre politique, ce produit est exclu.', 'refusal'],
    ['Veuillez patienter, je vérifie.', 'stall'],
    ['Heureusement, le colis est arrivé.', null],
    ['C’est possible, je vous rembourse.', null],
  ],
};

describe('refusal and stall detection', () => {
  for (const [lang, rows] of Object.entries(TABLE)) {
    it.each(rows)(`${lang}: %s → %s`, (message, kind) => {
      expect(detectAgentSignal(message)?.kind ?? null).toBe(kind);
      expect(classifyAgentMessage(message)).toBe(kind ?? 'none');
    });
  }

  it('returns the phrase, its language and its span in the original text', () => {
    const message = 'Hello! Unfortunately, no.';
    const hit = detectAgentSignal(message);
    expect(hit).toMatchObject({ kind: 'refusal', phrase: 'unfortunately', lang: 'en' });
    expect(message.slice(hit?.span.start, hit?.span.end)).toBe('Unfortunately');
    const fr = 'Bonjour. MALHEUREUSEMENT ce n’est pas possible.';
    const frHit = detectAgentSignal(fr);
    expect(fr.slice(frHit?.span.start, frHit?.span.end)).toBe('MALHEUREUSEMENT');
  });

  it('uses Unicode word boundaries: no hit inside a longer word', () => {
    expect(detectAgentSignal('Leiderhosen sind ausverkauft')).toBeNull();
    expect(detectAgentSignal('nežiaľ')).toBeNull();
    expect(detectAgentSignal('Dejavu')).toBeNull();
  });

  it('can be limited to the chat language (and English)', () => {
    expect(detectAgentSignal('Leider nicht.', ['en', 'fr'])).toBeNull();
    expect(detectAgentSignal('Leider nicht.', ['de'])?.kind).toBe('refusal');
  });
});
