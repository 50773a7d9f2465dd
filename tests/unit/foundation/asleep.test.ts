// @vitest-environment happy-dom
/**
 * The content script in a frame without a chat touches no extension API (binding one costs every
 * frame of every page time): only a chat found in the frame, or the background's wake, does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as Record<string | symbol, unknown>;
const realChrome = g.chrome;

/** Replaces the extension API by one that records whether anything reached for it. */
function watchApi(): { touched: () => string[] } {
  const touched: string[] = [];
  const api = realChrome as Record<string, unknown>;
  g.chrome = new Proxy(api, {
    get(target, key) {
      touched.push(String(key));
      return target[key as string];
    },
  });
  return { touched: () => touched };
}

async function freshContentScript(html: string) {
  vi.resetModules();
  delete g[Symbol.for('parley.content.loaded') as unknown as string];
  document.documentElement.innerHTML = html;
  const { startSentinel } = await import('../../../src/content/sentinel');
  const { stage } = await import('../../../src/content/stage-direct');
  startSentinel(window, document, stage);
  document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
  await new Promise((ok) => setTimeout(ok, 50));
}

afterEach(() => {
  g.chrome = realChrome;
  const wake = g[Symbol.for('parley.wake') as unknown as string];
  if (typeof wake === 'function') delete g[Symbol.for('parley.wake') as unknown as string];
});

describe('a content script asleep', () => {
  it('reaches for no extension API in a page without a chat', async () => {
    const api = watchApi();
    await freshContentScript('<head></head><body><form role="search"><input type="search"><button>Go</button></form><p>Shop</p></body>');
    expect(api.touched()).toEqual([]);
    expect(typeof g[Symbol.for('parley.wake') as unknown as string]).toBe('function');
  });

  it('wakes when a chat is in the page, and tells the background', async () => {
    const api = watchApi();
    await freshContentScript(`<body><div id="lpChat"><div class="lp_chat_line_wrapper lp_agent"><div class="lp_title_text">Agent</div>
      <span class="lp_chat_line">Hello, how can I help?</span></div><textarea class="lpview_form_textarea"></textarea><button class="lp_send_button">Send</button></div></body>`);
    await vi.waitFor(() => expect(api.touched()).toContain('runtime'));
  });

  it('wakes on the background\'s call and resolves once it listens', async () => {
    const api = watchApi();
    await freshContentScript('<body><p>Nothing here</p></body>');
    expect(api.touched()).toEqual([]);
    const wake = g[Symbol.for('parley.wake') as unknown as string] as () => Promise<boolean>;
    await expect(wake()).resolves.toBe(true);
    expect(api.touched()).toContain('runtime');
  });
});
