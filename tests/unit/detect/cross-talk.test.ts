// @vitest-environment happy-dom
/**
 * Cross-talk: every fixture document (each vendor's host page and, where there is one, its widget
 * frame, with the frame's URL, window name and embedding element from expected.json), offered to
 * every other vendor adapter alone, is neither recognised (`matches`) nor bound by it. A vendor
 * whose markers also fit another vendor's frame labels that chat wrongly whenever it comes first
 * in the registry, so registry order must never be what keeps the labels right. There are no
 * intentional exceptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WidgetAdapter } from '../../../src/content/detect/types';
import { freshchat } from '../../../src/content/detect/adapters/freshchat';
import { gorgias } from '../../../src/content/detect/adapters/gorgias';
import { livechat } from '../../../src/content/detect/adapters/livechat';
import { zendeskMessaging } from '../../../src/content/detect/adapters/zendesk-messaging';
import { generic, GENERIC_ID } from '../../../src/content/detect/generic';
import { adapters } from '../../../src/content/detect/registry';
import { allRoots, FIXTURES, loadIntoDocument, type Expected } from './fixture-loader';

/** One document as the content script of its frame would see it. */
interface Offer {
  html: string;
  url: string;
  frameName?: string;
  /** Markup holding the embedding iframe (same-origin frames only). */
  embeddedIn?: string;
}

interface FixtureDocument extends Offer {
  label: string;
  owner: string;
}

function documentsOf(dir: string): FixtureDocument[] {
  const expected = JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8')) as Expected;
  const docs: FixtureDocument[] = [];
  const index = join(FIXTURES, dir, 'index.html');
  if (existsSync(index)) {
    docs.push({ label: `${dir}/index.html`, owner: expected.adapter, html: readFileSync(index, 'utf8'), url: 'http://127.0.0.1:4173/' });
  }
  const frame = join(FIXTURES, dir, 'frame.html');
  if (existsSync(frame)) {
    docs.push({
      label: `${dir}/frame.html`,
      owner: expected.adapter,
      html: readFileSync(frame, 'utf8'),
      url: expected.url ?? `http://localhost:4174/widgets/${dir}/frame.html`,
      ...(expected.frameName ? { frameName: expected.frameName } : {}),
      ...(expected.embeddedIn ? { embeddedIn: expected.embeddedIn } : {}),
    });
  }
  return docs;
}

const DOCUMENTS = readdirSync(FIXTURES)
  .filter((dir) => existsSync(join(FIXTURES, dir, 'expected.json')))
  .flatMap(documentsOf);

/** Loads the document into the test window and sets the frame's name and embedding element. */
function present(offer: Offer): { doc: Document; location: Location } {
  window.name = offer.frameName ?? '';
  const doc = loadIntoDocument(offer.html);
  const host = offer.embeddedIn ? new DOMParser().parseFromString(offer.embeddedIn, 'text/html').querySelector('iframe') : null;
  Object.defineProperty(window, 'frameElement', { value: host, configurable: true });
  return { doc, location: new URL(offer.url) as unknown as Location };
}

function recognises(adapter: WidgetAdapter, offer: Offer): boolean {
  const { doc, location } = present(offer);
  return adapter.matches(doc, location);
}

/** What the scanner acts on: the frame looks like the adapter's home and it binds there. */
function claims(adapter: WidgetAdapter, offer: Offer): boolean {
  const { doc, location } = present(offer);
  return adapter.matches(doc, location) && allRoots(doc).some((root) => adapter.bind(root) !== null);
}

afterEach(() => {
  window.name = '';
  Object.defineProperty(window, 'frameElement', { value: null, configurable: true });
});

const VENDORS = adapters.filter((adapter) => adapter.id !== GENERIC_ID);

describe.each(DOCUMENTS.map((fixture) => [fixture.label, fixture] as const))('%s', (_label, fixture) => {
  it('is recognised and bound by no other vendor adapter', () => {
    // Loaded once; matches() and bind() are pure reads, so every adapter sees the same document.
    const { doc, location } = present(fixture);
    const roots = allRoots(doc);
    const others = VENDORS.filter((adapter) => adapter.id !== fixture.owner);
    expect(others.filter((adapter) => adapter.matches(doc, location)).map((a) => a.id), 'recognised by').toEqual([]);
    expect(others.filter((adapter) => roots.some((root) => adapter.bind(root) !== null) && adapter.matches(doc, location)).map((a) => a.id), 'bound by').toEqual([]);
  });
});

function fixture(dir: string, file: string): string {
  return readFileSync(join(FIXTURES, dir, file), 'utf8');
}

describe('generic markers need a second, vendor-specific signal', () => {
  it('a frame named "chat-widget" is LiveChat only when served from LiveChat', () => {
    const html = fixture('livechat', 'frame.html');
    const elsewhere = { html, frameName: 'chat-widget', url: 'https://cdn.openwidget.com/embed/frame.html' };
    expect(recognises(livechat, elsewhere)).toBe(false);
    // Still a chat: the generic adapter reads it under its own name.
    expect(claims(generic, elsewhere)).toBe(true);
    expect(recognises(livechat, { ...elsewhere, url: 'https://secure.livechatinc.com/customer/action/open_chat?license_id=1' })).toBe(true);
  });

  it('a frame with the id "chat-window" is Gorgias only inside the Gorgias container', () => {
    const html = fixture('gorgias', 'frame.html');
    const frame = '<iframe id="chat-window" name="chat-window"></iframe>';
    const url = 'about:blank';
    expect(recognises(gorgias, { html, url, frameName: 'chat-window', embeddedIn: `<div id="support-bot">${frame}</div>` })).toBe(false);
    expect(recognises(gorgias, { html, url, frameName: 'chat-window', embeddedIn: `<div id="gorgias-chat-container">${frame}</div>` })).toBe(true);
  });

  it("Freshchat's message classes count only inside Freshchat's chat window", () => {
    const html = fixture('freshchat', 'frame.html');
    const url = 'https://chat.example.com/widget';
    expect(recognises(freshchat, { html, url })).toBe(true);
    const plain = html.replace('class="fc-conversation-view"', 'class="view"').replace('class="h-conv-chat"', 'class="scroller"');
    expect(recognises(freshchat, { html: plain, url })).toBe(false);
  });

  it('Zendesk Messaging before its first message: the Garden composer beside the log, in any language', () => {
    const html = fixture('zendesk-messaging', 'frame.html')
      .replace(/<div role="log"([^>]*)>[\s\S]*?<div class="sc-9jjr8t-0/, '<div role="log"$1></div>\n    <div class="sc-9jjr8t-0')
      .replaceAll('Type a message', 'Nachricht eingeben');
    const url = 'about:srcdoc';
    expect(html).not.toContain('data-testid="participant-bubble"');
    expect(recognises(zendeskMessaging, { html, url })).toBe(true);
    expect(recognises(zendeskMessaging, { html: html.replace(/ data-garden-id="forms.textarea"/, ''), url })).toBe(false);
  });
});
