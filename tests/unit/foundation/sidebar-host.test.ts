// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountSidebar } from '../../../src/content/mount/sidebar-host';
import { setSidebarCollapsed } from '../../../src/platform/ui-state';

const hosts: AbortController[] = [];
afterEach(() => {
  hosts.splice(0).forEach((c) => c.abort());
  document.documentElement.querySelectorAll('parley-sidebar').forEach((el) => el.remove());
});

function mount(widget = 'intercom') {
  const controller = new AbortController();
  hosts.push(controller);
  return { sidebar: mountSidebar(document, widget, controller.signal), controller };
}

const host = () => document.querySelector<HTMLElement>('parley-sidebar[data-parley="sidebar"]');
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the sidebar host', () => {
  it('mounts a host with the widget id and a closed shadow root holding the sidebar page', () => {
    mount();
    expect(host()?.getAttribute('data-parley-widget')).toBe('intercom');
    expect(host()?.shadowRoot).toBeNull();
  });

  it('is removed when its signal aborts (extension reloaded or widget gone)', () => {
    const { controller } = mount();
    controller.abort();
    expect(host()).toBeNull();
  });

  it('follows the remembered collapsed state', async () => {
    await setSidebarCollapsed(true);
    mount();
    await flush();
    expect(host()?.style.getPropertyValue('--parley-width')).toBe('44px');
    await setSidebarCollapsed(false);
    expect(host()?.style.getPropertyValue('--parley-width')).toBe('360px');
  });

  it('puts itself back when the page removes it', async () => {
    mount();
    host()!.remove();
    await flush();
    expect(host()).not.toBeNull();
  });
});
