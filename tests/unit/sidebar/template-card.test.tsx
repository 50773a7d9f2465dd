// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import browser from 'webextension-polyfill';
import { builtInTemplate, render } from '../../../src/core/templates';
import { TemplateCard } from '../../../src/sidebar/components/template-card';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => mount(null, root()));

function show(values: Record<string, string>, onFill = vi.fn(), onInserted = vi.fn()) {
  const template = builtInTemplate('en', 'thanks')!;
  act(() => mount(<TemplateCard idPrefix="t" template={template} values={values} onFill={onFill} onInserted={onInserted} />, root()));
  return { onFill, onInserted, text: () => root().querySelector('[data-parley="template-text"]')!.textContent };
}

const click = (hook: string) => act(() => (root().querySelector(`[data-parley="${hook}"]`) as HTMLButtonElement).click());

describe('TemplateCard', () => {
  it('asks for a missing field inline, never shows braces, and refuses to insert until it is filled', async () => {
    const { onFill, text } = show({});
    expect(text()).not.toMatch(/[{}]/);
    const input = root().querySelector<HTMLInputElement>('[data-parley="template-missing"][data-field="agentName"]')!;
    expect(input).not.toBeNull();
    click('template-insert');
    expect(browser.runtime.sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ name: 'composer/insert' }));
    expect(document.activeElement).toBe(input);
    input.value = 'Mia';
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onFill).toHaveBeenCalledWith('agentName', 'Mia');
  });

  it('inserts the filled text through the composer-insert message', async () => {
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({ ok: true, value: { inserted: true } });
    const { onInserted, text } = show({ agentName: 'Mia' });
    const filled = render(builtInTemplate('en', 'thanks')!, { agentName: 'Mia' }).text;
    expect(text()).toBe(filled);
    expect(filled).toMatch(/\bMia\b/);
    click('template-insert');
    await act(async () => new Promise((ok) => setTimeout(ok, 0)));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ parley: 1, name: 'composer/insert', payload: { text: filled, mode: 'insert' } });
    expect(onInserted).toHaveBeenCalled();
  });
});
