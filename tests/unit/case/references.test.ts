import { describe, expect, it } from 'vitest';
import { detectReferences, findReferences } from '../../../src/core/case';
import type { Lang } from '../../../src/core/tone/types';

/** Agent messages and the references in them, per language; [] means "nothing to offer". */
const CASES: Record<Lang, [string, string[]][]> = {
  en: [
    ['Your case number is CASE-20931.', ['CASE-20931']],
    ['I have opened case #12345 for you.', ['12345']],
    ['Ticket number: AB-1234', ['AB-1234']],
    ['Please quote reference 5521-XY when you write to us.', ['5521-XY']],
    ['Your reference no. is 77-ABC-9 and your claim number is 55512.', ['77-ABC-9', '55512']],
    ['In case you need us, call 0800 123 4567.', []],
    ['The refund of $49.99 will arrive by 12/05/2024.', []],
    ['Case by case we decide within 14 days.', []],
    ['Your ticket for 2024-05-12 is confirmed.', []],
    ['Reference: 12.05.2024', []],
    ['Ticket 49.99 € refunded.', []],
    ['Case number: +1 800 555 1234', []],
    ['With reference to your order 12345, the parcel left today.', []],
  ],
  de: [
    ['Ihre Vorgangsnummer lautet 4711-22.', ['4711-22']],
    ['Ticketnummer: TK-998877', ['TK-998877']],
    ['Aktenzeichen: 2024-000123', ['2024-000123']],
    ['Das Ticket kostet 49,90 €.', []],
    ['Der Vorgang ist abgeschlossen, Sie erreichen uns unter 030 1234567.', []],
  ],
  sk: [
    ['Číslo reklamácie je RK-2024-118.', ['RK-2024-118']],
    ['Vaše číslo prípadu: 884213', ['884213']],
    ['Číslo prípadu vám pošleme e-mailom do 15.06.2024.', []],
  ],
  lt: [
    ['Jūsų užklausos numeris yra 84512.', ['84512']],
    ['Bylos nr. 2-345-678/2024', ['2-345-678/2024']],
    ['Užklausos numeris bus išsiųstas, skambinkite +370 612 34567.', []],
  ],
  ja: [
    ['お問い合わせ番号は１２３４５６です。', ['123456']],
    ['受付番号：A-1234', ['A-1234']],
    ['受付番号は後ほどメールでお送りします。料金は4,980円です。', []],
  ],
  es: [
    ['Su número de caso es 45873.', ['45873']],
    ['Número de incidencia: INC-20931', ['INC-20931']],
    ['Número de referencia: 12/05/2024', []],
    ['Con referencia a su pedido 12345, ya ha salido.', []],
  ],
  fr: [
    ['Votre numéro de dossier est le 778812.', ['778812']],
    ['Numéro de ticket : TCK-5521', ['TCK-5521']],
    ['Votre dossier est en cours, appelez le 01 23 45 67 89.', []],
    ['En référence à votre commande 12345, le colis est parti.', []],
  ],
};

describe('reference numbers in agent messages', () => {
  for (const [lang, rows] of Object.entries(CASES)) {
    it.each(rows)(`${lang}: %s → %j`, (message, expected) => {
      expect(detectReferences(message)).toEqual(expected);
    });
  }

  it('returns spans into the original message, also after full-width normalisation', () => {
    const message = 'お問い合わせ番号は１２３４５６です。';
    const [hit] = findReferences(message);
    expect(hit).toMatchObject({ reference: '123456', lang: 'ja' });
    expect(message.slice(hit?.start, hit?.end)).toBe('１２３４５６');
    const en = 'Thanks! Your case number is CASE-20931.';
    const [m] = findReferences(en);
    expect(en.slice(m?.start, m?.end)).toBe('CASE-20931');
  });

  it('offers each reference once, and can be limited to some languages', () => {
    expect(detectReferences('Case 55123. Again: case #55123.')).toEqual(['55123']);
    expect(detectReferences('Vorgangsnummer 4711-22', ['en'])).toEqual([]);
  });
});
