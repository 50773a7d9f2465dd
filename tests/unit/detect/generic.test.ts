// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generic } from '../../../src/content/detect/generic';
import { recentSends } from '../../../src/content/detect/heuristics/recent-sends';
import { scanFrame } from '../../../src/content/detect/scan';
import { FIXTURES, loadIntoDocument } from './fixture-loader';

function page(html: string, dir?: string): Document {
  document.documentElement.removeAttribute('dir');
  if (dir) {
    document.documentElement.setAttribute('dir', dir);
  }
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document;
}

const CHAT = `
  <div class="widget">
    <ul role="log">
      <li class="row agent">Hello, how can I help?</li>
      <li class="row me">Where is my parcel?</li>
    </ul>
    <textarea placeholder="Write a message"></textarea>
    <button aria-label="Send">➤</button>
  </div>`;

afterEach(() => recentSends.clear());

describe('generic adapter: detection', () => {
  it('binds a plain role=log chat with a composer and a send button', () => {
    const binding = generic.bind(page(CHAT));
    expect(binding).not.toBeNull();
    const read = binding!.messages().map((el) => binding!.read(el));
    expect(read).toEqual([
      { author: 'agent', text: 'Hello, how can I help?' },
      { author: 'customer', text: 'Where is my parcel?' },
    ]);
    expect(binding!.composer()?.localName).toBe('textarea');
    expect(binding!.sendButton()?.getAttribute('aria-label')).toBe('Send');
  });

  it('binds a contenteditable composer in a role=feed with an unlabelled form submit', () => {
    const doc = page(`
      <div class="chat"><div role="feed"><div class="msg agent">Hi</div><div class="msg me">Yo</div></div>
      <form><div contenteditable="true" role="textbox" aria-label="Message"></div><button type="submit">➤</button></form></div>`);
    expect(generic.bind(doc)?.sendButton()?.localName).toBe('button');
  });

  it('takes a role=feed list as a chat only once both sides wrote, or beside a role=log live region', () => {
    const feed = (rows: string, extra = '') => `
      <div class="chat">${extra}<div role="feed">${rows}</div>
      <form><textarea placeholder="Type a message"></textarea><button type="submit">➤</button></form></div>`;
    expect(generic.bind(page(feed('<div class="msg">Hi</div><div class="msg">Any news?</div>')))).toBeNull();
    expect(generic.bind(page(feed('<div class="msg">Hi</div><div class="msg">Any news?</div>', '<div role="log" class="sr-only"></div>')))).not.toBeNull();
    recentSends.note('Any news?');
    expect(generic.bind(page(feed('<div class="msg">Hi</div><div class="msg">Any news?</div>')))).not.toBeNull();
  });

  it.each([
    ['type=text name=email', '<input type="text" name="email">'],
    ['autocomplete=email', '<input type="text" name="f2" autocomplete="email">'],
    ['a name holding "mail"', '<input type="text" name="your-mail">'],
    ['an id holding "Email"', '<input type="text" id="contactEmail">'],
    ['a label saying E-Mail', '<label for="x">Ihre E-Mail</label><input type="text" id="x">'],
    ['type=tel', '<input type="tel" name="f3">'],
    ['a phone field', '<input type="text" name="phone">'],
    ['a subject field', '<input type="text" name="subject">'],
    ['a name field', '<input type="text" name="name" placeholder="Your name">'],
    ['a div-built form with an e-mail field', '<div class="row"><input type="text" placeholder="E-mail address"></div>'],
  ])('ignores a contact form with %s', (_label, field) => {
    const form = field.includes('div-built')
      ? ''
      : `<form>${field}<textarea placeholder="Type your message"></textarea><button type="submit">Send</button></form>`;
    const divForm = `${field}<textarea placeholder="Type your message"></textarea><button aria-label="Send">Send</button>`;
    const doc = page(`<div class="help"><div aria-live="polite"><p>We reply within a day.</p><p>Call us 9–17.</p></div>
      ${form || divForm}</div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('still binds a chat whose e-mail prompt sits inside the conversation', () => {
    const doc = page(CHAT.replace('</ul>', '<li class="row agent">Get replies by mail: <input type="email" name="email"></li></ul>'));
    expect(generic.bind(doc)).not.toBeNull();
  });

  it.each([['Post'], ['Publish'], ['Subscribe'], ['Veröffentlichen']])('ignores a reply box whose button says %s', (label) => {
    const doc = page(`<div class="thread"><ul aria-live="polite"><li>Great tips</li><li>Thanks!</li></ul>
      <div class="box"><textarea placeholder="Write a reply"></textarea><button type="button">${label}</button></div></div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('ignores a site search box', () => {
    const doc = page(`
      <form role="search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
      <div aria-live="polite">3 results</div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('ignores a search results region even with a text input', () => {
    const doc = page(`
      <div class="finder"><div aria-live="polite"><p>Result one</p><p>Result two</p></div>
      <input type="text" placeholder="Search the docs"><button>Go</button></div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('ignores a comment form under a comment feed', () => {
    const doc = page(`
      <section id="comments"><ol role="feed"><li class="comment">Nice post</li><li class="comment">Thanks</li></ol>
      <form id="commentform"><textarea name="comment" placeholder="Leave a reply"></textarea>
      <button type="submit">Post Comment</button></form></section>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('ignores a newsletter form next to a live region', () => {
    const doc = page(`
      <div class="signup"><div aria-live="polite"><p>Get 10% off</p><p>Weekly deals</p></div>
      <form><input type="email" placeholder="Your e-mail"><textarea placeholder="Tell us what you like"></textarea>
      <button type="submit">Subscribe</button></form></div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it.each([
    ['display:none', 'style="display:none"'],
    ['hidden', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
  ])('ignores a pre-chat form hidden by %s', (_label, attr) => {
    const doc = page(`<div class="prechat" ${attr}>${CHAT}</div>`);
    expect(generic.bind(doc)).toBeNull();
  });

  it('ignores a pre-chat form hidden by opacity:0 on an ancestor', () => {
    expect(generic.bind(page(`<div class="prechat" style="opacity:0">${CHAT}</div>`))).toBeNull();
    expect(generic.bind(page(`<div class="prechat" style="opacity:0.01">${CHAT}</div>`))).not.toBeNull();
  });

  it('asks the browser whether the widget is rendered, with opacity and visibility checks', () => {
    const doc = page(CHAT);
    withFakeLayout(() => {
      expect(generic.bind(doc)).not.toBeNull();
      const textarea = doc.querySelector('textarea') as HTMLTextAreaElement & { checkVisibility: (o: object) => boolean };
      const check = vi.fn(() => false);
      textarea.checkVisibility = check;
      expect(generic.bind(doc)).toBeNull();
      expect(check).toHaveBeenCalledWith({ opacityProperty: true, visibilityProperty: true });
    });
  });

  it('ignores a zero-size widget when the page has layout', () => {
    const doc = page(`<div class="offline">${CHAT}</div>`);
    const rect = (width: number) => () => ({ width, height: width, left: 0, right: width, top: 0, bottom: width, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    doc.documentElement.getBoundingClientRect = rect(1000);
    const textarea = doc.querySelector('textarea')!;
    textarea.getBoundingClientRect = rect(0);
    try {
      expect(generic.bind(doc)).toBeNull();
    } finally {
      Reflect.deleteProperty(doc.documentElement, 'getBoundingClientRect');
    }
  });
});

/**
 * A stand-in for layout under happy-dom: the viewport is 1024×768 and every element is a
 * 300×40 box at x = 10 plus the inline `left` of its positioned ancestors, so a widget parked at
 * `left: -10000px` lies off-screen and everything else on it.
 */
function withFakeLayout(run: () => void): void {
  const proto = Element.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function fakeRect(this: Element): DOMRect {
    if (this === this.ownerDocument.documentElement) {
      return { left: 0, top: 0, right: 1024, bottom: 768, width: 1024, height: 768, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    }
    let left = 10;
    for (let el = this.parentElement; el; el = el.parentElement) {
      left += Number.parseFloat(el.style?.left ?? '') || 0;
    }
    left += Number.parseFloat((this as HTMLElement).style?.left ?? '') || 0;
    return { left, top: 100, right: left + 300, bottom: 140, width: 300, height: 40, x: left, y: 100, toJSON: () => ({}) } as DOMRect;
  };
  try {
    run();
  } finally {
    proto.getBoundingClientRect = original;
  }
}

const NOT_CHATS = join(FIXTURES, 'generic', 'not-chats');

describe('pages that are not chats (tests/fixtures/widgets/generic/not-chats)', () => {
  const files = readdirSync(NOT_CHATS).filter((file) => file.endsWith('.html'));

  it('has the audited cases', () => {
    expect(files.sort()).toEqual(['comment-section.html', 'contact-form.html', 'prechat-offscreen.html', 'prechat-opacity.html', 'product-qa.html']);
  });

  /** Off-screen placement shows only in layout, which happy-dom does not compute. */
  const needsLayout = new Set(['prechat-offscreen.html']);

  it.each(files)('%s is bound by no adapter', (file) => {
    const doc = loadIntoDocument(readFileSync(join(NOT_CHATS, file), 'utf8'));
    const location = new URL('http://127.0.0.1:4173/') as unknown as Location;
    if (!needsLayout.has(file)) {
      expect(scanFrame(doc, location).binding).toBeNull();
    }
    withFakeLayout(() => expect(scanFrame(doc, location).binding).toBeNull());
  });

  it('the fake layout alone rejects nothing: the generic fixture still binds under it', () => {
    const doc = loadIntoDocument(readFileSync(join(FIXTURES, 'generic', 'index.html'), 'utf8'));
    withFakeLayout(() => expect(scanFrame(doc, new URL('http://127.0.0.1:4173/') as unknown as Location).binding?.widget).toBe('generic'));
  });
});

describe('generic adapter: authors', () => {
  it.each([
    ['me', 'customer'], ['mine', 'customer'], ['own', 'customer'], ['outgoing', 'customer'],
    ['from-user', 'customer'], ['visitor', 'customer'], ['customer', 'customer'], ['msg-sent', 'customer'],
    ['right', 'customer'], ['agent', 'agent'], ['operator', 'agent'], ['bot', 'agent'],
    ['incoming', 'agent'], ['admin', 'agent'], ['support', 'agent'], ['received', 'agent'],
    ['left', 'agent'], ['system', 'system'],
  ])('class token %s → %s', (cls, author) => {
    const binding = generic.bind(page(CHAT.replace('row agent', `row ${cls}`)))!;
    expect(binding.read(binding.messages()[0]!)?.author).toBe(author);
  });

  it('takes data-direction and nested bubble classes', () => {
    const binding = generic.bind(page(CHAT
      .replace('<li class="row agent">Hello, how can I help?</li>', '<li data-direction="outgoing">Hi</li>')
      .replace('<li class="row me">Where is my parcel?</li>', '<li><div class="bubble bubble--operator">Hey</div></li>')))!;
    expect(binding.messages().map((el) => binding.read(el)?.author)).toEqual(['customer', 'agent']);
  });

  it('uses receipts, avatars and the just-sent text when classes say nothing', () => {
    const binding = generic.bind(page(`
      <div><div role="log">
        <div><img class="avatar" alt="Sam">Welcome</div>
        <div>Order 12<span class="receipt">Seen</span></div>
        <div>Thanks a lot</div>
      </div><textarea aria-label="Type a message"></textarea><button title="Send">›</button></div>`))!;
    recentSends.note('Thanks a lot');
    expect(binding.messages().map((el) => binding.read(el))).toEqual([
      { author: 'agent', text: 'Welcome' },
      { author: 'customer', text: 'Order 12', status: 'sent' },
      { author: 'customer', text: 'Thanks a lot' },
    ]);
  });
});
