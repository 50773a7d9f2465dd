// @vitest-environment happy-dom
/**
 * The content script's first stage evaluates the rest only when there may be a chat: a large page
 * without an in-page widget's marker stays with the sentinel until something changes near the
 * top, the user focuses a field, or the background wakes the frame.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSentinel, type Handover, type Stage } from '../../../src/content/sentinel';

const g = globalThis as Record<symbol, unknown>;
const LOADED = Symbol.for('parley.content.loaded');
const WAKE = Symbol.for('parley.wake');

function largePage(extra = ''): void {
  document.body.innerHTML = `${'<article><h2>Item</h2><p>Lorem <b>ipsum</b></p><ul><li>a</li><li>b</li></ul></article>'.repeat(500)}${extra}`;
}

function fakeStage() {
  const started: Handover[] = [];
  const wake = vi.fn(async () => true);
  const stage: Stage = {
    startParley: (_win, _doc, handover) => {
      if (handover) started.push(handover);
      return { wake };
    },
  };
  return { load: vi.fn(() => stage), started, wake };
}

beforeEach(() => {
  delete g[LOADED];
  delete g[WAKE];
});
afterEach(() => {
  delete g[LOADED];
  delete g[WAKE];
  document.body.innerHTML = '';
});

describe('the content script sentinel', () => {
  it('leaves a large page without a widget marker alone', async () => {
    largePage('<form role="search"><input type="search"></form>');
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(stage.load).not.toHaveBeenCalled();
    expect(typeof g[WAKE]).toBe('function');
  });

  it('starts the rest on a large page with an in-page widget marker', () => {
    largePage('<div class="crisp-client"></div>');
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    expect(stage.load).toHaveBeenCalledTimes(1);
    expect(stage.started[0]?.wake).toBe(false);
  });

  it('starts the rest on a small page, where a full look is cheap', () => {
    document.body.innerHTML = '<main><p>Chat with us</p></main>';
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    expect(stage.load).toHaveBeenCalledTimes(1);
  });

  it('starts the rest near a container added to <body>, once', async () => {
    largePage();
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    const added = document.createElement('div');
    document.body.append(added);
    document.body.append(document.createElement('section'));
    await vi.waitFor(() => expect(stage.load).toHaveBeenCalledTimes(1));
    expect(stage.started[0]?.near).toContain(added);
  });

  it('starts the rest near the field the user focuses', () => {
    largePage('<textarea id="draft"></textarea>');
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    const field = document.getElementById('draft') as HTMLTextAreaElement;
    field.focus();
    expect(stage.started[0]?.near).toEqual([field]);
  });

  it("wakes at the background's call, and at start on a site with a pick", async () => {
    largePage();
    const stage = fakeStage();
    startSentinel(window, document, stage.load);
    await expect((g[WAKE] as () => Promise<boolean>)()).resolves.toBe(true);
    expect(stage.started[0]?.wake).toBe(true);
    expect(stage.wake).toHaveBeenCalled();

    delete g[LOADED];
    g[WAKE] = 'picked';
    const picked = fakeStage();
    startSentinel(window, document, picked.load);
    expect(picked.started[0]?.wake).toBe(true);
  });

  it('runs once per frame', () => {
    document.body.innerHTML = '<p>small</p>';
    const first = fakeStage();
    const second = fakeStage();
    startSentinel(window, document, first.load);
    startSentinel(window, document, second.load);
    expect(first.load).toHaveBeenCalledTimes(1);
    expect(second.load).not.toHaveBeenCalled();
  });
});
