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

  const conversation = (site: string, startedAt: string) => ({ site, startedAt });
  const exportedAt = '2025-03-10T09:00:00.000Z';

  it('names one conversation parley-<site>-<start date>.<ext>, whenever it is exported', () => {
    const one = { exportedAt, conversations: [conversation('https://shop.example.com', '2025-01-05T23:30:00.000Z')] };
    expect(exportFileName(one, 'json')).toBe('parley-shop-example-com-2025-01-05.json');
    // The date is the user's: 23:30 UTC is already the 6th two hours east of UTC.
    expect(exportFileName(one, 'md', 120)).toBe('parley-shop-example-com-2025-01-06.md');
    expect(isoDate(Date.UTC(2025, 0, 5, 23, 30), -24 * 60)).toBe('2025-01-04');
  });

  it('names several conversations (or none) parley-all-<export date>.<ext>', () => {
    const two = { exportedAt, conversations: [conversation('https://a.example', '2025-01-05T10:00:00.000Z'), conversation('https://a.example', '2025-02-01T10:00:00.000Z')] };
    expect(exportFileName(two, 'zip')).toBe('parley-all-2025-03-10.zip');
    expect(exportFileName({ exportedAt, conversations: [] }, 'csv')).toBe('parley-all-2025-03-10.csv');
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
