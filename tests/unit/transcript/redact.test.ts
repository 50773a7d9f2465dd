import { describe, expect, it } from 'vitest';
import { DEFAULT_REDACTION, findSensitive, redactText } from '../../../src/core/transcript/redact';
import { passesLuhn } from '../../../src/core/transcript/redaction/luhn';
import { passesIbanCheck } from '../../../src/core/transcript/redaction/iban';

const ALL = { cards: true, ibans: true, codes: true };

describe('Luhn and mod-97 checks', () => {
  it.each(['4242424242424242', '378282246310005', '5555555555554444', '6011111111111117', '79927398713'])('%s passes Luhn', (n) =>
    expect(passesLuhn(n)).toBe(true),
  );
  it.each(['4242424242424241', '1234567890123456', ''])('%s fails Luhn', (n) => expect(passesLuhn(n)).toBe(false));
  it('checks IBANs with mod 97', () => {
    expect(passesIbanCheck('DE89370400440532013000')).toBe(true);
    expect(passesIbanCheck('GB82WEST12345698765432')).toBe(true);
    expect(passesIbanCheck('DE89370400440532013001')).toBe(false);
  });
});

describe('card numbers (on by default)', () => {
  it.each([
    ['My card is 4242 4242 4242 4242, exp 12/25', 'My card is [card •••• 4242], exp 12/25'],
    ['4242-4242-4242-4242', '[card •••• 4242]'],
    ['card:4242424242424242.', 'card:[card •••• 4242].'],
    ['Amex 3782 822463 10005 please', 'Amex [card •••• 0005] please'],
    ['card 5555 5555 5555 4444 123 (CVC)', 'card [card •••• 4444] 123 (CVC)'],
    ['CVC then card: 123 4242 4242 4242 4242', 'CVC then card: 123 [card •••• 4242]'],
    ['two: 4242424242424242 and 6011 1111 1111 1117', 'two: [card •••• 4242] and [card •••• 1117]'],
  ])('redacts %j', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    'Order 1234 5678 9012 3456 shipped',
    'order number 4242424242424241',
    'tracking 1Z999AA10123456784',
    'call +49 30 1234 5678 9',
    'reference 0000 0000 0000 0000',
    'id 42424242424242424242424242',
    'short 4242 4242 42',
    'invoice 4242424242424242X',
  ])('leaves %j alone', (input) => {
    expect(redactText(input)).toBe(input);
  });

  it('does nothing with every option off', () => {
    expect(redactText('4242 4242 4242 4242', { cards: false, ibans: false, codes: false })).toBe('4242 4242 4242 4242');
  });

  it('stays fast on a hostile run of digit groups', () => {
    const text = '1 '.repeat(100_000) + 'x';
    const start = performance.now();
    redactText(text, ALL);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('IBANs (opt-in)', () => {
  it.each([
    ['IBAN: DE89 3704 0044 0532 0130 00 THANKS', 'IBAN: [IBAN DE•• … 3000] THANKS'],
    ['pay to DE89370400440532013000.', 'pay to [IBAN DE•• … 3000].'],
    ['GB82 WEST 1234 5698 7654 32', '[IBAN GB•• … 5432]'],
    ['SK31 1200 0000 1987 4263 7541', '[IBAN SK•• … 7541]'],
    ['lt: LT12 1000 0111 0100 1000', 'lt: [IBAN LT•• … 1000]'],
    ['fr FR14 2004 1010 0505 0001 3M02 606', 'fr [IBAN FR•• … 2606]'],
  ])('redacts %j', (input, output) => {
    expect(redactText(input, ALL)).toBe(output);
  });

  it.each([
    'DE89 3704 0044 0532 0130 01',
    'GB82 WEST 1234 5698 7654 33',
    'DE89 3704 0044 0532 0130',
    'XX89 3704 0044 0532 0130 00',
    'AB12 is a part number',
  ])('leaves %j alone', (input) => {
    expect(redactText(input, ALL)).toBe(input);
  });

  it('is off by default, but IBAN digits never pass for a card number', () => {
    expect(DEFAULT_REDACTION).toEqual({ cards: true, ibans: false, codes: false });
    const text = 'IBAN DE89 3704 0044 0532 0130 00';
    expect(redactText(text)).toBe(text);
    expect(findSensitive(text, { cards: true, ibans: false, codes: false })).toEqual([]);
  });
});

describe('one-time codes (opt-in), seven languages', () => {
  it.each([
    ['en', 'Your verification code is 123456.', 'Your verification code is [code].'],
    ['en', 'The PIN is 1234 and order #5678', 'The PIN is [code] and order #5678'],
    ['en', 'OTP: 839 201', 'OTP: [code]'],
    ['en', '123456 is your code', '[code] is your code'],
    ['de', '482913 ist Ihr Bestätigungscode', '[code] ist Ihr Bestätigungscode'],
    ['de', 'Ihre TAN lautet 99172634', 'Ihre TAN lautet [code]'],
    ['sk', 'Váš overovací kód je 5521.', 'Váš overovací kód je [code].'],
    ['ja', '認証コードは１２３４５６です', '認証コードは[code]です'],
    ['ja', '暗証番号：4321', '暗証番号：[code]'],
    ['lt', 'Jūsų patvirtinimo kodas: 7781', 'Jūsų patvirtinimo kodas: [code]'],
    ['es', 'Tu código de verificación es 123 456', 'Tu código de verificación es [code]'],
    ['fr', 'Votre code de vérification : 99881234', 'Votre code de vérification : [code]'],
  ])('%s: redacts %j', (_lang, input, output) => {
    expect(redactText(input, ALL)).toBe(output);
  });

  it.each([
    'Order 123456 has shipped',
    'zip code 10115 please',
    'error code 5003',
    'code postal 75001',
    'código postal 28013',
    'I paid 1234 euros for a code review',
    'Your verification code expired at 12:30',
    'QRコード 123456',
    'code 123456789 is too long',
    'The code is 12.345 today',
    'The code is abc1234',
  ])('leaves %j alone', (input) => {
    expect(redactText(input, ALL)).toBe(input);
  });

  it('needs the keyword on the same line', () => {
    expect(redactText('Your code is below\n123456', ALL)).toBe('Your code is below\n123456');
  });

  it('is off by default', () => {
    expect(redactText('Your verification code is 123456.')).toBe('Your verification code is 123456.');
  });
});

describe('findSensitive', () => {
  it('returns ordered, non-overlapping spans with their masks', () => {
    const text = 'code 1234, card 4242 4242 4242 4242, IBAN DE89370400440532013000';
    expect(findSensitive(text, ALL).map((s) => [s.kind, text.slice(s.start, s.end), s.mask])).toEqual([
      ['code', '1234', '[code]'],
      ['card', '4242 4242 4242 4242', '[card •••• 4242]'],
      ['iban', 'DE89370400440532013000', '[IBAN DE•• … 3000]'],
    ]);
  });
});
