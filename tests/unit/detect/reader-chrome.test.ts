// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/content/detect/heuristics/read-message';
import { extractText } from '../../../src/content/detect/heuristics/text-extract';
import { isTypingIndicator } from '../../../src/content/detect/heuristics/typing';
import { statusFromText } from '../../../src/content/detect/heuristics/receipts';

function el(html: string): Element {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.firstElementChild!;
}

describe('readers skip UI chrome', () => {
  it.each([
    ['<div class="row typing">…</div>'],
    ['<div aria-label="Anna is typing"><span></span></div>'],
    ['<div><span>Agent is typing...</span></div>'],
    ['<div data-testid="typing-indicator"></div>'],
  ])('typing indicator %s reads as null', (html) => {
    expect(isTypingIndicator(el(html))).toBe(true);
    expect(readMessage(el(html))).toBeNull();
  });

  it('keeps a long message that mentions typing', () => {
    const text = 'Sorry, I was away — my colleague said someone is typing a reply for you, is that right?';
    expect(readMessage(el(`<div class="msg agent">${text}</div>`))?.text).toBe(text);
  });

  it('drops timestamps, avatar alt text, screen-reader labels and hidden nodes', () => {
    const message = el(`
      <div class="msg agent">
        <img class="avatar" alt="Photo of Kim"><span class="visually-hidden">Kim said:</span>
        <p>Your refund is on its way.</p>
        <time datetime="2026-05-01T10:00:00Z">10:00</time><span class="msg-timestamp">2 min ago</span>
        <span style="display:none">internal-id-77</span><span hidden>x</span>
      </div>`);
    expect(readMessage(message)).toMatchObject({ author: 'agent', text: 'Your refund is on its way.', time: '2026-05-01T10:00:00Z' });
  });

  it('drops receipt labels from the text but reads them as status', () => {
    const message = el('<div class="msg"><span class="b1">Thanks!</span><span class="x9">Delivered · 10:02</span></div>');
    expect(readMessage(message)).toEqual({ author: 'customer', text: 'Thanks!', status: 'sent' });
  });

  it('keeps a message that is only a receipt word', () => {
    expect(extractText(el('<div><span>Sent</span></div>'))).toBe('Sent');
  });

  it('turns <br> and blocks into line breaks', () => {
    expect(extractText(el('<div><p>One</p><p>Two<br>Three</p></div>'))).toBe('One\nTwo\nThree');
  });

  it.each([['Read', 'sent'], ['Not sent yet', 'failed'], ['Sending…', 'sending'], ['Read more', null]])('receipt %s → %s', (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });
});

describe('geometry', () => {
  function rect(left: number, width: number): () => DOMRect {
    return () => ({ left, width, right: left + width, top: 0, bottom: 10, height: 10, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
  }

  it.each([
    ['ltr', 300, 'customer'], ['ltr', 0, 'agent'], ['rtl', 300, 'agent'], ['rtl', 0, 'customer'],
  ] as const)('%s page, bubble at x=%i → %s', (dir, left, author) => {
    const log = el(`<div role="log" dir="${dir}"><div><div>Hello there</div></div></div>`);
    const row = log.firstElementChild!;
    document.documentElement.getBoundingClientRect = rect(0, 1000);
    log.getBoundingClientRect = rect(0, 400);
    row.getBoundingClientRect = rect(0, 400);
    row.firstElementChild!.getBoundingClientRect = rect(left, 100);
    try {
      expect(readMessage(row, { log })?.author).toBe(author);
    } finally {
      Reflect.deleteProperty(document.documentElement, 'getBoundingClientRect');
    }
  });

  it('ignores geometry where there is no layout (zero boxes)', () => {
    const log = el('<div role="log"><div><div>Hello there</div></div></div>');
    expect(readMessage(log.firstElementChild!, { log, fallbackAuthor: 'agent' })?.author).toBe('agent');
  });
});
