// @vitest-environment happy-dom
/**
 * Fuzzing every adapter (issue 9): each vendor fixture is loaded, then mangled at random — nodes
 * removed, moved and duplicated, attributes and classes replaced with hostile values, text set to
 * huge, bidirectional, NUL-laden or markup-looking strings — and after each round the frame is
 * scanned, bound and read. Nothing may throw, and what is read must be plain strings.
 */
import { describe, expect, it } from 'vitest';
import { scanFrame } from '../../../src/content/detect/scan';
import { adapters } from '../../../src/content/detect/registry';
import { allRoots, fixtureHtml, hasFixture, loadIntoDocument } from '../detect/fixture-loader';
import { pick, rng } from './random';


const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '\u202e\u0645\u0631\u062d\u0628\u0627 RTL \u202c',
  'x\u0000y\u0000z',
  '\ud800 lone surrogate \udfff',
  'e\u0301\u0301\u0301 combining',
  '🤬😡🖕'.repeat(50),
  'A'.repeat(200_000),
  '',
  '   \n\t  ',
];
const HOSTILE_ATTR = ['', ' ', '"><svg/onload=1>', 'me agent user operator', '__proto__', 'constructor', '-1', 'NaN', 'x'.repeat(5000)];
const ATTRS = ['class', 'id', 'role', 'aria-live', 'data-id', 'data-author', 'data-status', 'hidden', 'aria-hidden', 'contenteditable', 'dir', 'style'];

function mangle(doc: Document, r: () => number): void {
  const roots = allRoots(doc);
  const elements = roots.flatMap((root) => Array.from(root.querySelectorAll('*'))).filter((el) => el !== doc.documentElement && el !== doc.body && el !== doc.head);
  if (elements.length === 0) return;
  for (let i = 0; i < 6; i++) {
    const el = pick(r, elements);
    try {
      mutate(doc, el, elements, r);
    } catch {
      // The DOM refused this change (e.g. moving a node into its own child): try another.
    }
  }
}

function mutate(doc: Document, el: Element, elements: Element[], r: () => number): void {
  switch (Math.floor(r() * 6)) {
    case 0:
      return el.remove();
    case 1:
      return el.setAttribute(pick(r, ATTRS), pick(r, HOSTILE_ATTR));
    case 2:
      el.textContent = pick(r, HOSTILE_TEXT);
      return;
    case 3:
      return pick(r, elements).append(el.cloneNode(true));
    case 4:
      return pick(r, elements).prepend(el);
    default:
      return el.append(doc.createTextNode(pick(r, HOSTILE_TEXT)));
  }
}

const withFixtures = adapters.filter(hasFixture);

describe.each(withFixtures.map((a) => [a.id, a] as const))('fuzzing %s', (_id, adapter) => {
  it('never throws and reads only strings, over 25 mangled variants', () => {
    const html = fixtureHtml(adapter);
    for (let seed = 1; seed <= 25; seed++) {
      const r = rng(seed * 7919 + adapter.id.length);
      const doc = loadIntoDocument(html);
      mangle(doc, r);
      const location = new URL('https://example.test/widget') as unknown as Location;
      const run = () => {
        const { binding } = scanFrame(doc, location, [adapter], { full: true });
        for (const root of allRoots(doc)) adapter.bind(root);
        if (!binding) return;
        binding.composer();
        binding.sendButton();
        for (const el of binding.messages()) {
          const message = binding.read(el);
          if (message) {
            expect(typeof message.text).toBe('string');
            expect(['agent', 'customer', 'system']).toContain(message.author);
          }
        }
      };
      expect(run, `seed ${seed}`).not.toThrow();
    }
  });
});
