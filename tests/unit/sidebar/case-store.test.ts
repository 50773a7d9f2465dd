import { afterEach, describe, expect, it } from 'vitest';
import { addReference, emptyCaseFile } from '../../../src/core/case';
import { closeCaseStore, getCaseFile, saveCaseFile } from '../../../src/platform/case-store';
import { chatLanguage } from '../../../src/sidebar/chat-language';
import type { MessageRecord } from '../../../src/shared/transcript-types';

afterEach(closeCaseStore);

describe('case store', () => {
  it('returns an empty case file for a new conversation and keeps what was saved', async () => {
    expect(await getCaseFile('c1')).toEqual(emptyCaseFile('c1'));
    const file = addReference({ ...emptyCaseFile('c1'), fields: { item: 'Backpack' } }, 'CASE-20931', 10);
    await saveCaseFile(file);
    expect(await getCaseFile('c1')).toEqual(file);
    expect(await getCaseFile('c2')).toEqual(emptyCaseFile('c2'));
  });
});

const agent = (text: string, seq = 0): MessageRecord => ({ conversationId: 'c', seq, key: String(seq), author: 'agent', text, at: 0, hash: '' });

describe('chatLanguage', () => {
  it('follows the agent, not the interface', () => {
    expect(chatLanguage([agent('Guten Tag, wie kann ich Ihnen helfen? Leider ist das nicht möglich.')], 'en-US')).toBe('de');
    expect(chatLanguage([agent('お問い合わせありがとうございます。')], 'fr')).toBe('ja');
  });

  it('uses the interface language before the agent wrote, English when Parley does not speak it', () => {
    expect(chatLanguage([], 'sk')).toBe('sk');
    expect(chatLanguage([], 'pt-BR')).toBe('en');
  });
});
