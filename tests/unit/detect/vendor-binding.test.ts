// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { intercom } from '../../../src/content/detect/adapters/intercom';

/**
 * An Intercom messenger frame after a redesign: no legacy `intercom-conversation-part` class is
 * left, only hashed `intercom-xxxxx` classes, so the adapter's row selector matches nothing.
 */
const HASHED_FRAME = `
  <div class="intercom-1ktfbh0">
    <div class="intercom-9z2xkk"><h2>Northwind Bikes</h2></div>
    <div class="intercom-11h1ld4" role="log" aria-live="polite">
      <div class="intercom-1r7pkxh"><img class="intercom-avatar" src="data:," alt="Lena"><div class="intercom-q8ozd1">Hi there, what can we help with?</div></div>
      <div class="intercom-7mt2zs"><div class="intercom-q8ozd1">My battery will not charge past 80%.</div><span class="intercom-3xo0a9">Seen</span></div>
    </div>
    <div class="intercom-1fp8xuq">
      <textarea name="message" aria-label="Write a reply…"></textarea>
      <button class="intercom-composer-send-button" aria-label="Send" type="button">Send</button>
    </div>
  </div>`;

describe('vendor bindings', () => {
  it('read the rows with the generic heuristics when the vendor row selector matches nothing', () => {
    document.body.innerHTML = HASHED_FRAME;
    const binding = intercom.bind(document);
    expect(binding).not.toBeNull();
    const read = binding!.messages().map((el) => binding!.read(el));
    expect(read.map((m) => m?.text)).toEqual(['Hi there, what can we help with?', 'My battery will not charge past 80%.']);
    expect(read.map((m) => m?.author)).toEqual(['agent', 'customer']);
  });

  it('keep the vendor rows when the selector matches', () => {
    document.body.innerHTML = `
      <div class="intercom-messenger">
        <div class="intercom-conversation-parts">
          <div class="intercom-conversation-part"><div class="intercom-comment-container-admin">Hello</div></div>
          <span class="intercom-unread-divider">1 new</span>
        </div>
        <textarea name="message"></textarea><button class="intercom-composer-send-button">Send</button>
      </div>`;
    const binding = intercom.bind(document)!;
    expect(binding.messages().map((el) => el.textContent)).toEqual(['Hello']);
  });
});
