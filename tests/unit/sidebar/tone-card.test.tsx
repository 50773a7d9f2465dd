// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import { ToneCard } from '../../../src/sidebar/components/tone-card';
import type { DraftTone } from '../../../src/sidebar/hooks/use-draft-tone';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => mount(null, root()));

const finding = { rule: 'en/insult-names', category: 'insult', family: 'hostile', severity: 'strong', start: 11, end: 17, phrase: 'idiots', messageKey: 'tone_insult' } as const;
const tone = (phase: DraftTone['phase']): DraftTone => ({ tabId: 1, at: 1, widget: 'generic', phase, lang: 'en', length: 20, findings: [{ ...finding }] });
const status = () => root().querySelector('[data-parley="tone-status"]')!.textContent;

describe('ToneCard', () => {
  it('says the message has not been sent while the send is held', () => {
    act(() => mount(<ToneCard tone={tone('held')} />, root()));
    expect(status()).toMatch(/^Held: your message has not been sent\./);
    expect(root().querySelectorAll('[data-parley="tone-finding"]').length).toBe(1);
  });

  it('counts the findings while the user types', () => {
    act(() => mount(<ToneCard tone={tone('typing')} />, root()));
    expect(status()).toBe('Worth a second look: 1');
    expect(status()).not.toMatch(/Held/);
  });
});
