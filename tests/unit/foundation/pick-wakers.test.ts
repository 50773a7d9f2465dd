import { describe, expect, it } from 'vitest';
import { pickWakerMatches } from '../../../src/core/sites/match-patterns';

describe('match patterns for frames with a pick', () => {
  it('covers each origin on every port, once, in a stable order', () => {
    expect(pickWakerMatches(['https://support.example.com', 'http://127.0.0.1:4173', 'https://support.example.com:8443', 'https://a.example'])).toEqual([
      'http://127.0.0.1/*',
      'https://a.example/*',
      'https://support.example.com/*',
    ]);
  });

  it('skips opaque, extension and malformed origins', () => {
    expect(pickWakerMatches(['null', 'chrome-extension://abc', 'file://', 'not a url', ''])).toEqual([]);
  });
});
