// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classTokens, hasClassToken } from '../../../src/content/detect/heuristics/class-tokens';

describe('classTokens', () => {
  it('splits class lists into lower-case words, camel case and separators alike', () => {
    const el = document.createElement('div');
    el.className = 'intercom-comment-container-user  chatMessage--fromUser__a1 sc-bdVaJa';
    expect([...classTokens(el)].sort()).toEqual(['a1', 'bd', 'chat', 'comment', 'container', 'from', 'intercom', 'message', 'sc', 'user', 'va', 'ja'].sort());
  });

  it('follows a class list that changes, though readings are remembered by class list', () => {
    const el = document.createElement('div');
    el.className = 'message message--agent';
    expect(hasClassToken(el, new Set(['agent']))).toBe(true);
    el.className = 'message message--user';
    expect(hasClassToken(el, new Set(['agent']))).toBe(false);
    expect(hasClassToken(el, new Set(['user']))).toBe(true);
    // Another element with the same list reads the same, and an SVG element's class attribute counts.
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'message message--user');
    expect([...classTokens(svg)]).toEqual([...classTokens(el)]);
  });

  it('stays correct past the number of class lists it remembers', () => {
    const el = document.createElement('div');
    for (let i = 0; i < 5_000; i++) {
      el.className = `row-${i} typing-indicator`;
      expect(classTokens(el).has(String(i)), `row-${i}`).toBe(true);
    }
  });
});
