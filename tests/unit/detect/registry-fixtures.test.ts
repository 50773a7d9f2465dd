// @vitest-environment happy-dom
/**
 * Meta-test (style.md item 15): every registered adapter has a fixture under
 * tests/fixtures/widgets/<id>/, recognises it, binds it, and reads exactly the expected messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Binding, WidgetAdapter } from '../../../src/content/detect/types';
import { adapterById, adapters } from '../../../src/content/detect/registry';
import { allRoots, fixtureHtml, hasFixture, loadIntoDocument, readExpected } from './fixture-loader';

function bindAnywhere(adapter: WidgetAdapter, doc: Document): Binding | null {
  for (const root of allRoots(doc)) {
    const binding = adapter.bind(root);
    if (binding) {
      return binding;
    }
  }
  return null;
}

function fakeLocation(url: string): Location {
  return new URL(url) as unknown as Location;
}

afterEach(() => {
  window.name = '';
});

describe('adapter registry', () => {
  it('lists unique ids, generic last, and finds adapters by id', () => {
    const ids = adapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
    expect(adapterById('generic')?.id).toBe('generic');
    expect(adapterById('no-such-widget')).toBeUndefined();
  });
});

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('fixture for %s', (_id, adapter) => {
  it('exists', () => {
    expect(hasFixture(adapter), `tests/fixtures/widgets/${adapter.id}/expected.json is missing`).toBe(true);
  });

  /** expected.json may give the frame's `url` (host-matched frames) or `frameName`. */
  it.runIf(hasFixture(adapter))('is recognised by matches()', () => {
    const expected = readExpected(adapter);
    window.name = expected.frameName ?? '';
    const doc = loadIntoDocument(fixtureHtml(adapter));
    const host = expected.embeddedIn ? new DOMParser().parseFromString(expected.embeddedIn, 'text/html').querySelector('iframe') : null;
    Object.defineProperty(window, 'frameElement', { value: host, configurable: true });
    try {
      expect(adapter.matches(doc, fakeLocation(expected.url ?? 'http://127.0.0.1:4173/'))).toBe(true);
    } finally {
      Object.defineProperty(window, 'frameElement', { value: null, configurable: true });
    }
  });

  /** expected.json says `"sendButton": false` for widgets without a send control right now. */
  it.runIf(hasFixture(adapter))('is bound and read as expected', () => {
    const expected = readExpected(adapter);
    expect(expected.adapter).toBe(adapter.id);
    const doc = loadIntoDocument(fixtureHtml(adapter));
    const binding = bindAnywhere(adapter, doc);
    expect(binding, `${adapter.id} did not bind its fixture`).not.toBeNull();
    expect(binding!.widget).toBe(adapter.id);
    const read = binding!.messages().map((el) => binding!.read(el)).filter((m) => m !== null);
    expect(read.map(({ author, text }) => ({ author, text }))).toEqual(expected.messages);
    expect(binding!.composer(), 'composer').not.toBeNull();
    if (expected.sendButton !== false) {
      expect(binding!.sendButton(), 'send button').not.toBeNull();
    }
  });
});
