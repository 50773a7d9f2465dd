// @vitest-environment happy-dom
/**
 * A large top-level page is looked at only through the markers of widgets that render in the
 * page: each must be a selector querySelector answers without walking the page (one id, class or
 * tag), and the marker must be enough to find the vendor's fixture on such a page.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../src/content/detect/registry';
import { scanFrame } from '../../../src/content/detect/scan';
import { GENERIC_ID } from '../../../src/content/detect/generic';
import { IN_PAGE_MARKERS } from '../../../src/content/detect/markers';
import { fixtureHtml, loadIntoDocument } from './fixture-loader';

const inPage = adapters.filter((a) => a.frame === 'top' && a.id !== GENERIC_ID);
const SIMPLE = /^(?:[#.][A-Za-z_][\w-]*|[a-z][a-z0-9-]*)$/;

describe('markers of widgets that render in the page', () => {
  it('are declared by every such adapter', () => {
    expect(inPage.length).toBeGreaterThan(5);
    for (const adapter of inPage) expect(adapter.markers?.length, adapter.id).toBeGreaterThan(0);
  });

  it("are all in the content script sentinel's list, and nothing else is", () => {
    expect([...IN_PAGE_MARKERS].sort()).toEqual(inPage.flatMap((a) => a.markers ?? []).sort());
  });

  it('are single ids, classes or tags, never lists or compound selectors', () => {
    for (const adapter of inPage) for (const marker of adapter.markers ?? []) expect(marker, adapter.id).toMatch(SIMPLE);
  });

  it.each(inPage.map((a) => [a.id, a] as const))('find %s on a large page without a full look', (_id, adapter) => {
    const doc = loadIntoDocument(fixtureHtml(adapter));
    const location = new URL('https://shop.example/') as unknown as Location;
    const found = scanFrame(doc, location, adapters, { full: false, near: [] });
    expect(found.binding?.widget ?? (found.pending ? 'pending' : null)).toBe(adapter.id);
  });

  it('leave a large page without any marker alone', () => {
    const doc = loadIntoDocument(`<main>${'<article><p>text</p><input type="search"></article>'.repeat(50)}</main>`);
    const found = scanFrame(doc, new URL('https://shop.example/') as unknown as Location, adapters, { full: false, near: [] });
    expect(found).toEqual({ binding: null, pending: false });
  });
});
