import { describe, expect, it } from 'vitest';
import { addReference, detectReferences, emptyCaseFile, normaliseCaseFile } from '../../../src/core/case';

describe('detectReferences', () => {
  it.each([
    ["I've asked Jonas to join. Your case number is CASE-20931.", ['CASE-20931']],
    ['I opened case #12345 for you.', ['12345']],
    ['Your ticket number: AB-1234', ['AB-1234']],
    ['Ihre Vorgangsnummer lautet 4711-22.', ['4711-22']],
    ['Ticketnummer: TK99812', ['TK99812']],
    ['Číslo reklamácie je RK-2024-118.', ['RK-2024-118']],
    ['Vaše číslo prípadu: 55821', ['55821']],
    ['Jūsų užklausos numeris yra LT-7781.', ['LT-7781']],
    ['お問い合わせ番号はＡＢ－１２３４です。', ['AB-1234']],
    ['受付番号：20931', ['20931']],
    ['Su número de caso es ES-4410.', ['ES-4410']],
    ['Votre numéro de dossier est FR-88231.', ['FR-88231']],
  ])('%s', (text, expected) => {
    expect(detectReferences(text)).toEqual(expected);
  });

  it.each([
    'In case you need anything else, just ask.',
    'I opened a ticket for your order yesterday.',
    'We look at it case by case.',
    'Showcase 2024 is on sale.',
  ])('finds nothing in %s', (text) => {
    expect(detectReferences(text)).toEqual([]);
  });
});

describe('case file', () => {
  it('adds a reference once', () => {
    const once = addReference(emptyCaseFile('c1'), 'CASE-1', 5);
    expect(addReference(once, 'case-1', 6)).toBe(once);
    expect(once.references).toEqual(['CASE-1']);
  });

  it('keeps only valid stored fields', () => {
    const file = normaliseCaseFile('c1', { fields: { item: 'Backpack', evil: 'x', amount: 3 }, references: ['A1', 2], ladderDone: 'no' });
    expect(file).toEqual({ conversationId: 'c1', fields: { item: 'Backpack' }, references: ['A1'], ladderDone: [], updatedAt: 0 });
  });
});
