// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Binding, WidgetAdapter } from '../../../src/content/detect/types';
import { amazonConnect, createAmazonConnectReader } from '../../../src/content/detect/adapters/amazon-connect';
import { chatwoot, readChatwootMessage } from '../../../src/content/detect/adapters/chatwoot';
import { readRocketChatMessage, rocketchat } from '../../../src/content/detect/adapters/rocketchat';
import { readZammadMessage, zammad } from '../../../src/content/detect/adapters/zammad';
import { helpscout } from '../../../src/content/detect/adapters/helpscout';
import { smartsupp } from '../../../src/content/detect/adapters/smartsupp';
import { reamaze } from '../../../src/content/detect/adapters/reamaze';
import { chatra } from '../../../src/content/detect/adapters/chatra';
import { genesys } from '../../../src/content/detect/adapters/genesys';
import { front } from '../../../src/content/detect/adapters/front';
import { kustomer } from '../../../src/content/detect/adapters/kustomer';
import { comm100 } from '../../../src/content/detect/adapters/comm100';
import { userlike } from '../../../src/content/detect/adapters/userlike';
import { trengo } from '../../../src/content/detect/adapters/trengo';
import { jivochat } from '../../../src/content/detect/adapters/jivochat';
import { gladly } from '../../../src/content/detect/adapters/gladly';
import { scanFrame } from '../../../src/content/detect/scan';

const FIXTURES = join(__dirname, '../../fixtures/widgets');

/** Parses a vendor fixture: the widget frame's document for widget-frame adapters. */
function fixture(adapter: WidgetAdapter): Document {
  const file = adapter.frame === 'widget-frame' ? 'frame.html' : 'index.html';
  return parse(readFileSync(join(FIXTURES, adapter.id, file), 'utf8'));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function el(html: string): Element {
  const doc = parse(`<body>${html}</body>`);
  const first = doc.body.firstElementChild;
  if (!first) {
    throw new Error('empty fragment');
  }
  return first;
}

function bound(adapter: WidgetAdapter, doc = fixture(adapter)): Binding {
  const binding = adapter.bind(doc);
  if (!binding) {
    throw new Error(`${adapter.id} did not bind its fixture`);
  }
  return binding;
}

function transcript(binding: Binding): { author: string; text: string }[] {
  return binding.messages().flatMap((m) => {
    const read = binding.read(m);
    return read ? [{ author: read.author, text: read.text }] : [];
  });
}

function expected(adapter: WidgetAdapter): { author: string; text: string }[] {
  const data = JSON.parse(readFileSync(join(FIXTURES, adapter.id, 'expected.json'), 'utf8')) as {
    adapter: string;
    messages: { author: string; text: string }[];
  };
  expect(data.adapter).toBe(adapter.id);
  return data.messages;
}

const ADAPTERS: WidgetAdapter[] = [
  zammad, chatwoot, rocketchat, amazonConnect, helpscout, smartsupp, reamaze, chatra, genesys, front,
  kustomer, comm100, userlike, trengo, jivochat, gladly,
];

describe.each(ADAPTERS)('$id fixture', (adapter) => {
  it('binds and reads the expected transcript', () => {
    const binding = bound(adapter);
    expect(binding.widget).toBe(adapter.id);
    expect(transcript(binding)).toEqual(expected(adapter));
  });

  it('finds a composer', () => {
    expect(bound(adapter).composer()).not.toBeNull();
  });

  it('returns null on an empty document instead of throwing', () => {
    expect(adapter.bind(parse('<body><textarea></textarea></body>'))).toBeNull();
  });
});

describe('zammad reader', () => {
  it('keeps the message id and skips the typing row', () => {
    const msg = el('<div class="zammad-chat-message zammad-chat-message--agent" data-message-id="9"><span class="zammad-chat-message-body">Hi</span></div>');
    expect(readZammadMessage(msg)).toEqual({ author: 'agent', text: 'Hi', id: '9' });
    const typing = el('<div class="zammad-chat-message zammad-chat-message--typing zammad-chat-message--agent"><span class="zammad-chat-message-body">…</span></div>');
    expect(readZammadMessage(typing)).toBeNull();
  });

  it('finds the send button and the contenteditable composer', () => {
    const binding = bound(zammad);
    expect(binding.sendButton()?.className).toContain('zammad-chat-send');
    expect(binding.composer()?.className).toContain('zammad-chat-input');
  });
});

describe('chatwoot reader', () => {
  it('maps in-progress and failed customer bubbles to statuses', () => {
    const statuses = bound(chatwoot).messages().map((m) => readChatwootMessage(m)?.status);
    expect(statuses).toEqual([undefined, 'sent', 'failed', undefined, 'sending']);
  });

  it('reads the agent name only from the agent row', () => {
    const first = bound(chatwoot).messages()[0];
    expect(first && readChatwootMessage(first)?.name).toBe('Priya');
  });

  it('has a send button only while the input is non-empty', () => {
    const doc = fixture(chatwoot);
    const binding = bound(chatwoot, doc);
    expect(binding.sendButton()).toBeNull();
    const button = doc.createElement('button');
    button.className = 'send-button';
    button.type = 'submit';
    doc.querySelector('.chat-message--input')?.append(button);
    expect(binding.sendButton()).toBe(button);
  });

  it('recognises the widget frame by path and token', () => {
    const loc = { pathname: '/widget', search: '?website_token=abc' } as Location;
    expect(chatwoot.matches(parse('<body></body>'), loc)).toBe(true);
    const other = { pathname: '/pricing', search: '' } as Location;
    expect(chatwoot.matches(parse('<body><textarea></textarea></body>'), other)).toBe(false);
  });
});

describe('rocketchat reader', () => {
  it('uses the container id as message id and the datetime as time', () => {
    const [, agent] = bound(rocketchat).messages();
    expect(agent && readRocketChatMessage(agent)).toMatchObject({
      author: 'agent',
      id: 'Q8nJcT4rM2aE',
      time: '2026-05-13T10:02:11.000Z',
      name: 'marta.k',
    });
  });

  it('picks the labelled send action', () => {
    expect(bound(rocketchat).sendButton()?.getAttribute('aria-label')).toBe('Send');
  });
});

describe('amazon-connect reader', () => {
  it('learns the customer name from a receipt and marks sending messages', () => {
    const binding = bound(amazonConnect);
    const read = binding.messages().map((m) => binding.read(m));
    expect(read[2]).toMatchObject({ author: 'customer', name: 'Jordan', status: 'sent', time: '10:03 AM' });
    expect(read[4]).toMatchObject({ author: 'customer', status: 'sending' });
    expect(read[1]).toMatchObject({ author: 'agent', name: 'Sam' });
  });

  it('falls back to the widget default name "Customer"', () => {
    const read = createAmazonConnectReader(null);
    const row = el('<div><div data-testid="main-message"><div data-testid="message-header"><div>Customer</div><div>9:00</div></div><div data-testid="message-body">Hi</div></div></div>');
    expect(read(row)?.author).toBe('customer');
  });

  it('finds the send control by test id', () => {
    expect(bound(amazonConnect).sendButton()?.getAttribute('aria-label')).toBe('Send Message');
  });
});

/**
 * A widget-frame document whose embedding iframe is `frameHtml` (the iframe element itself or a
 * container holding it). happy-dom does not load frames, so `defaultView.frameElement` is stubbed
 * the way a same-origin about:blank frame exposes it.
 */
function frameDoc(frameHtml: string, body = ''): Document {
  const host = el(frameHtml);
  const frame = host.localName === 'iframe' ? host : host.querySelector('iframe');
  const doc = parse(`<body>${body}</body>`);
  Object.defineProperty(doc, 'defaultView', { value: { frameElement: frame } });
  return doc;
}

const AT = (hostname: string, pathname = '/'): Location => ({ hostname, pathname, search: '' }) as Location;

describe('frame recognition', () => {
  it('matches vendor hosts and rejects look-alikes', () => {
    const blank = parse('<body></body>');
    expect(chatra.matches(blank, AT('chat.chatra.io'))).toBe(true);
    expect(chatra.matches(blank, AT('chatra.io.evil.example'))).toBe(false);
    expect(genesys.matches(blank, AT('apps.mypurecloud.de'))).toBe(true);
    expect(genesys.matches(blank, AT('apps.usw2.pure.cloud'))).toBe(true);
    expect(genesys.matches(blank, AT('apps.pure.cloud.example'))).toBe(false);
    expect(front.matches(blank, AT('chat-assets.frontapp.com'))).toBe(true);
    expect(rocketchat.matches(blank, AT('chat.example.org', '/livechat'))).toBe(true);
    expect(rocketchat.matches(blank, AT('chat.example.org', '/home'))).toBe(false);
  });

  it('recognises same-origin frames by their embedding iframe', () => {
    const smart = frameDoc('<iframe id="chat-application-iframe" title="Smartsupp"></iframe>');
    const beacon = frameDoc('<div id="beacon-container"><div class="BeaconContainer"><iframe></iframe></div></div>');
    const fab = frameDoc('<div id="beacon-container"><div class="BeaconFabButtonFrame"><iframe></iframe></div></div>');
    const stray = frameDoc('<iframe id="something-else"></iframe>');
    expect(smartsupp.matches(smart, AT(''))).toBe(true);
    expect(helpscout.matches(beacon, AT(''))).toBe(true);
    expect(helpscout.matches(stray, AT(''))).toBe(false);
    expect(smartsupp.matches(stray, AT(''))).toBe(false);
    expect(helpscout.matches(fab, AT(''))).toBe(false);
    expect(comm100.matches(frameDoc('<div id="comm100-container"><iframe title="Chat Window"></iframe></div>'), AT(''))).toBe(true);
    expect(comm100.matches(frameDoc('<div id="comm100-container"><iframe title="Chat Invitation"></iframe></div>'), AT(''))).toBe(false);
    expect(trengo.matches(frameDoc('<div id="trengo-web-widget"><iframe class="trengo-vue-iframe"></iframe></div>'), AT(''))).toBe(true);
    expect(reamaze.matches(frameDoc('<iframe id="ReamazeWidgetFrame"></iframe>'), AT(''))).toBe(true);
    expect(reamaze.matches(frameDoc('<iframe class="chat reamaze-frame"></iframe>'), AT(''))).toBe(true);
    expect(reamaze.matches(stray, AT(''))).toBe(false);
  });

  it('recognises frames served from the vendors\' own hosts (hostname only, any path)', () => {
    const blank = parse('<body></body>');
    expect(genesys.matches(blank, AT('apps.mypurecloud.com', '/messenger/messenger.html'))).toBe(true);
    expect(kustomer.matches(blank, AT('cdn.kustomerapp.com', '/widgets/kustomer/frame.html'))).toBe(true);
    expect(kustomer.matches(blank, AT('kustomerapp.com.example'))).toBe(false);
    expect(comm100.matches(blank, AT('chatserver.comm100.com', '/ChatWindow.aspx'))).toBe(true);
    expect(comm100.matches(blank, AT('chatserver5.comm100.io'))).toBe(true);
    expect(comm100.matches(blank, AT('comm100.com.example'))).toBe(false);
  });

  it('recognises same-origin srcdoc and script-filled frames by frame or in-frame root', () => {
    expect(front.matches(frameDoc('<iframe id="front-chat-iframe" title="Front Chat"></iframe>'), AT(''))).toBe(true);
    expect(front.matches(parse('<body><div id="front-chat-container"></div></body>'), AT(''))).toBe(true);
    expect(front.matches(frameDoc('<iframe id="other-chat"></iframe>'), AT(''))).toBe(false);
    expect(trengo.matches(frameDoc('<div class="TrengoWidgetPanel__iframe"><iframe></iframe></div>'), AT(''))).toBe(true);
    const titledPanel = '<div><span class="panel-title-heading">Chat</span><i class="material-icons">close</i></div>';
    expect(trengo.matches(parse(`<body>${titledPanel}</body>`), AT(''))).toBe(true);
    expect(trengo.matches(parse('<body><span class="panel-title-heading">Chat</span></body>'), AT(''))).toBe(false);
  });

  it('needs emotion classes besides the generic "Messenger" title for Userlike', () => {
    expect(userlike.matches(frameDoc('<iframe title="Messenger"></iframe>'), AT(''))).toBe(false);
    const styled = frameDoc('<iframe title="Messenger"></iframe>', '<div class="frame-8f2k1a"></div>');
    expect(userlike.matches(styled, AT(''))).toBe(true);
  });

  it('recognises Userlike by its composer placeholder only together with emotion classes', () => {
    expect(userlike.matches(parse('<body><input placeholder="Your message"></body>'), AT(''))).toBe(false);
    const styled = parse('<body><div class="frame-8f2k1a"><input class="frame-9k2la0" placeholder="Ihre Nachricht"></div></body>');
    expect(userlike.matches(styled, AT(''))).toBe(true);
  });

  it('recognises inline widgets only by their own roots', () => {
    expect(jivochat.matches(fixture(jivochat), AT('shop.example'))).toBe(true);
    expect(gladly.matches(fixture(gladly), AT('shop.example'))).toBe(true);
    expect(zammad.matches(fixture(zammad), AT('shop.example'))).toBe(true);
    expect(gladly.matches(fixture(jivochat), AT('shop.example'))).toBe(false);
  });

  it('does not bind the page around an inline widget', () => {
    const page = parse('<body><div role="log"><div class="message agent">Hi</div><div class="message user">Yo</div></div><textarea placeholder="Type a message"></textarea><button aria-label="Send">Send</button><jdiv class="globalClass_x"></jdiv></body>');
    expect(jivochat.bind(page)).toBeNull();
  });
});

/**
 * The whole registry, in order, over each vendor's frame: the vendor must win over adapters that
 * also match in-frame markers (freshchat's `.agent-message`, zendesk-messaging's role=log plus
 * "Type a message" textarea), which the Genesys, Help Scout, Trengo and Gladly fixtures contain.
 */
describe('registry order', () => {
  const FRAMES: { id: string; adapter: WidgetAdapter; location: Location; embedding?: string }[] = [
    { id: 'genesys', adapter: genesys, location: AT('apps.mypurecloud.com', '/messenger/messenger.html') },
    { id: 'kustomer', adapter: kustomer, location: AT('cdn.kustomerapp.com', '/chat-web/') },
    { id: 'comm100', adapter: comm100, location: AT('chatserver.comm100.com', '/ChatWindow.aspx') },
    { id: 'front', adapter: front, location: AT('') },
    {
      id: 'helpscout',
      adapter: helpscout,
      location: AT(''),
      embedding: '<div id="beacon-container"><div class="BeaconContainer"><iframe></iframe></div></div>',
    },
    { id: 'trengo', adapter: trengo, location: AT(''), embedding: '<div class="TrengoWidgetPanel__iframe"><iframe></iframe></div>' },
    { id: 'userlike', adapter: userlike, location: AT(''), embedding: '<iframe title="Messenger"></iframe>' },
  ];

  it.each(FRAMES)('binds the $id frame with its own adapter', ({ adapter, location, embedding }) => {
    const doc = fixture(adapter);
    if (embedding) {
      const host = el(embedding);
      const frame = host.localName === 'iframe' ? host : host.querySelector('iframe');
      Object.defineProperty(doc, 'defaultView', { value: { frameElement: frame } });
    }
    expect(scanFrame(doc, location, undefined, { full: true }).binding?.widget).toBe(adapter.id);
  });

  it('binds the Gladly page with Gladly', () => {
    expect(scanFrame(fixture(gladly), AT('shop.example'), undefined, { full: true }).binding?.widget).toBe('gladly');
  });
});

describe('hostile DOM', () => {
  it('reads nothing rather than throwing on detached, empty or odd rows', () => {
    const odd = el('<div class="zammad-chat-message"><span class="zammad-chat-message-body"></span></div>');
    expect(readZammadMessage(odd)).toBeNull();
    expect(readRocketChatMessage(el('<li class="message-container__x"></li>'))).toBeNull();
    expect(readChatwootMessage(el('<div class="user-message-wrap"></div>'))).toBeNull();
    expect(createAmazonConnectReader(null)(el('<div></div>'))).toBeNull();
  });
});
