// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '../../../src/content/detect/generic';
import { recentSends } from '../../../src/content/detect/heuristics/recent-sends';

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
      <div class="chat"><div role="feed"><div class="msg">Hi</div><div class="msg">Yo</div></div>
      <form><div contenteditable="true" role="textbox" aria-label="Message"></div><button type="submit">➤</button></form></div>`);
    expect(generic.bind(doc)?.sendButton()?.localName).toBe('button');
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
