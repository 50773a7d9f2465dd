// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, calmDraft } from '../../../src/core/tone/index';
import { showWarning } from '../../../src/content/composer/warning';

let current: { close(): void } | undefined;
const DRAFT = 'This is RIDICULOUS!!! You people are useless.';

function open(draft = DRAFT) {
  document.body.innerHTML = '<textarea></textarea>';
  const composer = document.querySelector('textarea')!;
  const findings = analyze(draft, { lang: 'en' }).findings.filter((f) => f.family === 'hostile');
  const calm = calmDraft(draft, findings, 'en');
  const actions = { edit: vi.fn(), useSuggestion: vi.fn(), sendAnyway: vi.fn(), dismiss: vi.fn() };
  const warning = showWarning(composer, draft, findings, calm, actions);
  current = warning;
  const host = document.querySelector('parley-composer-panel')!;
  const panel = host.shadowRoot!.querySelector<HTMLElement>('[data-parley="tone-warning"]')!;
  return { warning, panel, findings, actions, calm };
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

  it('shows the whole calmer draft, exactly as Use suggestion inserts it, with the changes marked', () => {
    const draft = 'You people are useless idiots!!! My order 4411 arrived broken and I want a refund by Friday.';
    const { panel, calm } = open(draft);
    const shown = panel.querySelector('[data-parley="suggestion-text"]')!;
    expect(shown.textContent).toBe(calm!.text);
    expect(shown.textContent).toContain('My order 4411 arrived broken and I want a refund by Friday.');
    expect([...shown.querySelectorAll('ins')].map((i) => i.textContent!.trim())).toEqual([calm!.parts.find((p) => p.changed)!.text.trim()]);
    expect(panel.querySelector('[data-parley="use-suggestion"]')).not.toBeNull();
  });

  it('is a modal alertdialog: aria-modal matches the Tab trap', () => {
    const { panel } = open();
    expect(panel.getAttribute('role')).toBe('alertdialog');
    expect(panel.getAttribute('aria-modal')).toBe('true');
    const buttons = [...panel.querySelectorAll('button')];
    buttons.at(-1)!.focus();
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect((panel.getRootNode() as ShadowRoot).activeElement).toBe(buttons[0]);
  });

  it('offers no Use suggestion when there is nothing to rewrite', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const warning = showWarning(document.querySelector('textarea')!, 'x', [], null, { edit: vi.fn(), useSuggestion: vi.fn(), sendAnyway: vi.fn(), dismiss: vi.fn() });
    current = warning;
    const panel = document.querySelector('parley-composer-panel')!.shadowRoot!;
    expect(panel.querySelector('[data-parley="use-suggestion"]')).toBeNull();
    expect(panel.querySelector('[data-parley="suggestion"]')).toBeNull();
  });

  it('keeps the actions outside the scrolling part, and the draft is text, never markup', () => {
    const { panel } = open('You idiots!! <img src=x onerror=alert(1)>');
    expect(panel.querySelector('.body [data-parley="send-anyway"]')).toBeNull();
    expect(panel.querySelector('.actions [data-parley="send-anyway"]')).not.toBeNull();
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('.draft')!.textContent).toContain('<img src=x');
  });
});
