import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addReference, CASE_FIELDS, CASE_TEXT_FIELDS, emptyCaseFile, markLadderStep, normaliseCaseFile, placeholderValues, removeReference, setCaseField,
} from '../../../src/core/case';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;

describe('case file fields', () => {
  it('describes every field once, with a label key present in the locales', () => {
    expect(CASE_FIELDS.map((f) => f.id)).toEqual([...CASE_TEXT_FIELDS, 'references']);
    for (const field of CASE_FIELDS) expect(en, field.id).toHaveProperty(field.labelKey);
  });
});

describe('normaliseCaseFile', () => {
  it('turns anything that is not a record into an empty case file', () => {
    for (const junk of [undefined, null, 5, 'x', [], true]) expect(normaliseCaseFile('c1', junk)).toEqual(emptyCaseFile('c1'));
  });

  it('keeps valid values and drops wrong types and unknown fields', () => {
    const stored = {
      conversationId: 'other', fields: { item: 'Kettle', amount: 49, orderNumber: ['x'], hack: 'y', agentName: '   ' },
      references: ['A-1', 7, null, 'a-1', ' B-2 '], ladderDone: ['ask', 3, '<script>', 'ask'], updatedAt: 'yesterday',
    };
    expect(normaliseCaseFile('c1', stored)).toEqual({ conversationId: 'c1', fields: { item: 'Kettle' }, references: ['A-1', 'B-2'], ladderDone: ['ask'], updatedAt: 0 });
  });

  it('caps sizes: long fields are cut, long lists shortened', () => {
    const file = normaliseCaseFile('c1', { fields: { whatHappened: 'x'.repeat(10_000), item: 'y'.repeat(1000) }, references: Array.from({ length: 80 }, (_, i) => `R-${i}`) });
    expect(file.fields.whatHappened).toHaveLength(4000);
    expect(file.fields.item).toHaveLength(200);
    expect(file.references).toHaveLength(50);
    expect(file.references.at(-1)).toBe('R-79');
  });

  it('accepts a currency only as a three-letter code', () => {
    expect(normaliseCaseFile('c', { fields: { currency: 'eur' } }).fields.currency).toBe('EUR');
    expect(normaliseCaseFile('c', { fields: { currency: '€' } }).fields.currency).toBeUndefined();
  });

  it('removes control characters but keeps line breaks', () => {
    expect(normaliseCaseFile('c', { fields: { whatHappened: 'a\u0000b\nc' } }).fields.whatHappened).toBe('ab\nc');
  });
});

describe('case file changes', () => {
  const file = emptyCaseFile('c1');

  it('sets and clears a field, stamping the time passed in', () => {
    const set = setCaseField(file, 'item', 'Kettle', 10);
    expect(set).toMatchObject({ fields: { item: 'Kettle' }, updatedAt: 10 });
    expect(setCaseField(set, 'item', ' ', 11).fields).toEqual({});
  });

  it('adds a reference once, comparing without case, spaces or #', () => {
    const one = addReference(file, 'CASE-20931', 5);
    expect(addReference(one, ' case-20931', 6)).toBe(one);
    expect(addReference(one, '#CASE-20931', 6)).toBe(one);
    expect(removeReference(one, 'case-20931', 7).references).toEqual([]);
    expect(placeholderValues(addReference(one, 'B-2', 8)).reference).toBe('B-2');
  });

  it('marks ladder steps done and undone', () => {
    const done = markLadderStep(markLadderStep(file, 'ask', true, 1), 'ask', true, 2);
    expect(done.ladderDone).toEqual(['ask']);
    expect(markLadderStep(done, 'ask', false, 3).ladderDone).toEqual([]);
  });
});
