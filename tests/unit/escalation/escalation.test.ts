import { describe, expect, it } from 'vitest';
import { classifyAgentMessage, nextStep, proposeAfter } from '../../../src/core/escalation';

describe('classifyAgentMessage', () => {
  it.each([
    "I'm sorry about the strap. Unfortunately our policy is to inspect items before we replace them.",
    "That's not possible after 30 days.",
    'Das ist leider nicht möglich.',
    'Bohužiaľ, to nie je možné.',
    '申し訳ございませんが、返品はお受けいたしかねます。',
    'Deja, to padaryti negalime.',
    'Lamentablemente no podemos reembolsarle.',
    "Malheureusement, ce n'est pas possible.",
  ])('refusal: %s', (text) => {
    expect(classifyAgentMessage(text)).toBe('refusal');
  });

  it.each([
    'Thanks for the details. Let me check that for you.',
    'Wir melden uns in 3 Werktagen.',
    '少々お待ちください。',
    'Veuillez patienter, je vérifie.',
  ])('stall: %s', (text) => {
    expect(classifyAgentMessage(text)).toBe('stall');
  });

  it.each([
    "Thanks, I've found order NW-48213.",
    'Refunds usually take a week; would you like a label?',
    'Die Leiderhöhe ist egal.',
    'Our policyholder portal is open.',
  ])('neither: %s', (text) => {
    expect(classifyAgentMessage(text)).toBe('none');
  });
});

describe('ladder', () => {
  it('proposes "What would you do" first after a refusal, then climbs', () => {
    expect(proposeAfter('refusal', [])).toEqual({ signal: 'refusal', step: 'ask', template: 'whatWouldYouDo' });
    expect(proposeAfter('refusal', ['ask'])?.step).toBe('terms');
    expect(nextStep(['ask', 'terms', 'supervisor', 'dispute', 'executive'])).toBe('executive');
  });

  it('asks for a timeline after a stall and proposes nothing otherwise', () => {
    expect(proposeAfter('stall', [])).toEqual({ signal: 'stall', step: null, template: 'timeline' });
    expect(proposeAfter('none', [])).toBeNull();
  });
});
