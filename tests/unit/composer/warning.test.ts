// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/tone/index';
import { showWarning } from '../../../src/content/composer/warning';

let current: { close(): void } | undefined;
const DRAFT = 'This is RIDICULOUS!!! You people are useless.';

function open(draft = DRAFT) {
  document.body.innerHTML = '<textarea></textarea>';
  const composer = document.querySelector('textarea')!;
  const findings = analyze(draft, { lang: 'en' }).findings.filter((f) => f.family === 'hostile');
  const actions = { edit: vi.fn(), useSuggestion: vi.fn(), sendAnyway: vi.fn(), dismiss: vi.fn() };
  const warning = showWarning(composer, draft, findings, true, actions);
  current = warning;
  const host = document.querySelector('parley-composer-panel')!;
  const panel = host.shadowRoot!.querySelector<HTMLElement>('[data-parley="tone-warning"]')!;
  return { warning, panel, findings, actions };
}

afterEach(() => {
  current?.close();
  document.body.innerHTML = '';
});

describe('the tone warning', () => {
  it('shows the draft once with every flagged phrase marked', () => {
    const { panel } = open();
    const draft = panel.querySelector('.draft')!;
    expect(draft.textContent).toBe(DRAFT);
    const marks = [...draft.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join('|')).toContain('!!!');
    expect(marks.some((m) => m!.includes('useless'))).toBe(true);
  });

  it('explains each finding in words, not just its category name', () => {
    const { panel, findings } = open();
    const items = [...panel.querySelectorAll('[data-parley="tone-finding"]')];
    expect(items.length).toBe(findings.length);
    const exclaim = items.find((li) => li.getAttribute('data-parley-category') === 'exclaim')!;
    expect(exclaim.querySelector('.why')!.textContent).toMatch(/3 exclamation marks read as shouting/);
    for (const li of items) expect(li.querySelector('.why')!.textContent!.length).toBeGreaterThan(30);
  });

  it('shows a punctuation-only replacement next to what it replaces', () => {
    const { panel } = open();
    const exclaim = panel.querySelector('[data-parley-category="exclaim"] .calmer')!;
    expect(exclaim.textContent).toContain('!!! → .');
  });

  it('keeps the actions outside the scrolling part, and the draft is text, never markup', () => {
    const { panel } = open('You idiots!! <img src=x onerror=alert(1)>');
    expect(panel.querySelector('.body [data-parley="send-anyway"]')).toBeNull();
    expect(panel.querySelector('.actions [data-parley="send-anyway"]')).not.toBeNull();
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('.draft')!.textContent).toContain('<img src=x');
  });
});
