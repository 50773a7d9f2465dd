// @vitest-environment happy-dom
/**
 * The templates manager (shared by the sidebar and the options page): why templates are kept on
 * this device, a refused import that changes nothing, and a template with a problem not saved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act } from 'preact/test-utils';
import type { Template } from '../../../src/core/templates';
import type { UserTemplatesApi } from '../../../src/ui/templates/use-user-templates';
import { UserTemplatesDialog } from '../../../src/ui/templates/user-templates-dialog';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => mount(null, root()));

const mine: Template[] = [{ id: 'user:a', lang: 'en', title: 'Photo', body: 'I attached a photo of {item}.' }];

function show(storage: UserTemplatesApi['storage'] = { area: 'sync' }) {
  const api: UserTemplatesApi = { templates: mine, storage, save: vi.fn(async () => undefined) };
  act(() => mount(<UserTemplatesDialog api={api} initialLang="en" onClose={() => undefined} />, root()));
  return api;
}

const $ = (selector: string) => root().querySelector<HTMLElement>(selector);

async function chooseFile(text: string) {
  const input = $('[data-parley="user-templates-import"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'parley-templates.json', { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('templates manager', () => {
  it('says why the templates are kept on this device, and says nothing while they sync', () => {
    show({ area: 'local', reason: 'item' });
    expect($('[data-parley="user-templates-local"]')?.textContent).toMatch(/^One template is too long to sync .* Shorten it to sync them again\.$/);
    show({ area: 'sync' });
    expect($('[data-parley="user-templates-local"]')).toBeNull();
  });

  it('refuses a malformed file with a clear message and saves nothing', async () => {
    const api = show();
    await chooseFile(JSON.stringify({ format: 'parley-templates', version: 1, templates: [{ lang: 'en', title: 'Boss', body: 'Hi {boss}' }] }));
    expect($('[data-parley="user-templates-refused"]')?.textContent).toBe(
      'Nothing was imported: template 1 in the file has a problem. Unknown placeholder {boss}. Use a case-file field such as {item} or {amount}.',
    );
    expect(api.save).not.toHaveBeenCalled();
  });

  it('imports a good file and saves the merged list', async () => {
    const api = show();
    await chooseFile(JSON.stringify({ format: 'parley-templates', version: 1, templates: [mine[0], { id: 'user:b', lang: 'de', title: 'Danke', body: 'Vielen Dank, {agentName}.' }] }));
    expect(api.save).toHaveBeenCalledWith([...mine, { id: 'user:b', lang: 'de', title: 'Danke', body: 'Vielen Dank, {agentName}.' }]);
    expect($('[data-parley="user-templates-status"]')?.textContent).toBe('Imported: 1 (1 already there)');
  });

  it('does not save a template with a stray brace, and says what is wrong', () => {
    const api = show();
    act(() => $('[data-parley="user-template-new"]')!.click());
    const title = $('#ut-title') as HTMLInputElement;
    const body = $('#ut-body') as HTMLTextAreaElement;
    act(() => {
      title.value = 'Refund';
      title.dispatchEvent(new Event('input', { bubbles: true }));
      body.value = 'Please refund {amount';
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => ($('[data-parley="user-template-form"]') as HTMLFormElement).requestSubmit());
    expect($('[data-parley="user-template-problems"]')?.textContent).toBe('Use braces only around a case-file field, such as {orderNumber}.');
    expect(api.save).not.toHaveBeenCalled();
  });
});
