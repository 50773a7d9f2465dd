import { describe, expect, it } from 'vitest';
import { exportFileName, isoDate, siteSlug, uniqueFileNames } from '../../../src/core/export/file-name';

describe('file names', () => {
  it.each([
    ['https://shop.example.com', 'shop-example-com'],
    ['https://www.Shop.example:8443', 'www-shop-example'],
    ['https://xn--bcher-kva.example', 'xn-bcher-kva-example'],
    ['http://127.0.0.1:3000', '127-0-0-1'],
    ['file:', 'chat'],
    ['not a url/../..', 'not-a-url'],
    ['', 'chat'],
  ])('slugs %j as %j', (site, slug) => {
    expect(siteSlug(site)).toBe(slug);
  });

  it('names files parley-<site>-<date>.<ext>', () => {
    const t = Date.UTC(2025, 0, 5, 23, 30);
    expect(exportFileName('https://shop.example.com', t, 'json')).toBe('parley-shop-example-com-2025-01-05.json');
    expect(exportFileName('https://shop.example.com', t, 'md', 120)).toBe('parley-shop-example-com-2025-01-06.md');
    expect(isoDate(t, -24 * 60)).toBe('2025-01-04');
  });

  it('keeps names unique with -2, -3 before the extension', () => {
    expect(uniqueFileNames(['a.json', 'b.json', 'a.json', 'A.json', 'a-2.json', 'noext', 'noext'])).toEqual([
      'a.json',
      'b.json',
      'a-2.json',
      'A-3.json',
      'a-2-2.json',
      'noext',
      'noext-2',
    ]);
  });
});
