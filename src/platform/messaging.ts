/**
 * Typed messaging over runtime messages. Senders use `send*`; receivers register one listener
 * per context with `listen`, which validates payloads, checks who sent them, and rejects
 * unknown names. Failing closed: anything that does not validate gets an error, never a handler.
 */
import { browser, type Runtime } from './browser';
import {
  backgroundToContent,
  broadcast,
  contentToBackground,
  isEnvelope,
  pageToBackground,
  type BackgroundToContent,
  type BackgroundToContentResponses,
  type Broadcast,
  type ContentToBackground,
  type ContentToBackgroundResponses,
  type Envelope,
  type PageToBackground,
  type PageToBackgroundResponses,
  type RequestOf,
} from '../shared/protocol';
import type { Schema } from '../shared/validate';

type Reply<T> = T | Promise<T>;

/** Who sent a message, as far as the browser vouches for it. */
export interface SenderInfo {
  kind: 'content' | 'page';
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The URL of the tab's top-level page, when the browser tells us (host access to it). */
  tabUrl?: string;
  tabTitle?: string;
}

function envelope(name: string, payload: unknown): Envelope {
  return { parley: 1, name, payload };
}

async function request<R>(name: string, payload: unknown): Promise<R> {
  const reply = (await browser.runtime.sendMessage(envelope(name, payload))) as { ok: boolean; value?: R; error?: string } | undefined;
  if (!reply) throw new Error(`No answer to ${name}`);
  if (!reply.ok) throw new Error(reply.error ?? `${name} failed`);
  return reply.value as R;
}

export function sendToBackground<K extends keyof ContentToBackground & string>(
  name: K,
  payload: RequestOf<ContentToBackground, K>,
): Promise<ContentToBackgroundResponses[K]> {
  return request(name, payload);
}

export function sendFromPage<K extends keyof PageToBackground & string>(
  name: K,
  payload: RequestOf<PageToBackground, K>,
): Promise<PageToBackgroundResponses[K]> {
  return request(name, payload);
}

export async function sendToFrame<K extends keyof BackgroundToContent & string>(
  tabId: number,
  frameId: number,
  name: K,
  payload: RequestOf<BackgroundToContent, K>,
): Promise<BackgroundToContentResponses[K]> {
  const reply = (await browser.tabs.sendMessage(tabId, envelope(name, payload), { frameId })) as
    | { ok: boolean; value?: BackgroundToContentResponses[K]; error?: string }
    | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? `${name} failed`);
  return reply.value as BackgroundToContentResponses[K];
}

/**
 * Sends to every frame of a tab that listens (the browser delivers a message without `frameId`
 * to all frames). Resolves with the first frame's answer; frames without Parley are skipped.
 */
export async function sendToTab<K extends keyof BackgroundToContent & string>(
  tabId: number,
  name: K,
  payload: RequestOf<BackgroundToContent, K>,
): Promise<BackgroundToContentResponses[K]> {
  const reply = (await browser.tabs.sendMessage(tabId, envelope(name, payload))) as
    | { ok: boolean; value?: BackgroundToContentResponses[K]; error?: string }
    | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? `${name} failed`);
  return reply.value as BackgroundToContentResponses[K];
}

/**
 * Broadcasts travel on BroadcastChannels of the extension's own origin (no web page or content
 * script can join them), one per message name, and for a message about one tab (a `tabId` in
 * its payload) also one per name and tab. A page hears only what it listens to: twenty open
 * sidebars do not each wake for every other tab's messages and keystrokes, as they would for a
 * runtime message, which reaches every extension page.
 */
function channelName(name: string, tabId?: number): string {
  return tabId === undefined ? `parley:${name}` : `parley:${name}@tab${tabId}`;
}

/** The background's sending ends, kept open so that a post is never cut short by a close. */
const sendingEnds = new Map<string, BroadcastChannel>();
const MAX_SENDING_ENDS = 64;

function post(channel: string, message: Envelope): void {
  let end = sendingEnds.get(channel);
  if (!end) {
    if (sendingEnds.size >= MAX_SENDING_ENDS) {
      const [oldest, first] = sendingEnds.entries().next().value as [string, BroadcastChannel];
      first.close();
      sendingEnds.delete(oldest);
    }
    end = new BroadcastChannel(channel);
    sendingEnds.set(channel, end);
  }
  end.postMessage(message);
}

/** Tells the extension pages that listen for `name` (for the payload's tab, if it names one); nobody listening is fine. */
export function broadcastToPages<K extends keyof Broadcast & string>(name: K, payload: RequestOf<Broadcast, K>): void {
  const message = envelope(name, payload);
  try {
    post(channelName(name), message);
    const tabId = (payload as { tabId?: unknown }).tabId;
    if (typeof tabId === 'number') post(channelName(name, tabId), message);
  } catch {
    // A context without BroadcastChannel or an extension being unloaded: nobody to tell.
  }
}

export type Handlers<M, R extends { [K in keyof M]: unknown }> = {
  [K in keyof M]: (payload: RequestOf<M, K>, sender: SenderInfo) => Reply<R[K]>;
};

function classify(sender: Runtime.MessageSender): SenderInfo | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('');
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'page', tabId: sender.tab?.id, url };
  if (sender.tab?.id === undefined || typeof sender.frameId !== 'number') return null;
  return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId, url, tabUrl: sender.tab.url, tabTitle: sender.tab.title };
}

type AnyMap = Record<string, Schema<unknown>>;
type AnyHandlers = Record<string, (payload: never, sender: SenderInfo) => unknown>;

function dispatch(schemas: AnyMap, handlers: AnyHandlers, name: string, payload: unknown, sender: SenderInfo) {
  const schema = schemas[name];
  const handler = handlers[name];
  if (!schema || !handler) return Promise.resolve({ ok: false, error: `Unknown message ${name}` });
  return Promise.resolve()
    .then(() => handler(schema(payload, '') as never, sender))
    .then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
}

/**
 * The background's single listener: content-script messages only from a tab's frame, page
 * messages only from the extension's own pages. Register it synchronously at top level.
 */
export function listenInBackground(
  content: Handlers<ContentToBackground, ContentToBackgroundResponses>,
  pages: Handlers<PageToBackground, PageToBackgroundResponses>,
): void {
  addListener((message, rawSender) => {
    if (!isEnvelope(message)) return undefined;
    const sender = classify(rawSender);
    if (!sender) return Promise.resolve({ ok: false, error: 'Sender not allowed' });
    if (message.name in broadcast) return undefined;
    if (sender.kind === 'content') {
      return dispatch(contentToBackground, content as unknown as AnyHandlers, message.name, message.payload, sender);
    }
    return dispatch(pageToBackground, pages as unknown as AnyHandlers, message.name, message.payload, sender);
  });
}

/** A content script's listener for background commands. Only the background can reach it. */
export function listenInContent(handlers: Handlers<BackgroundToContent, BackgroundToContentResponses>): () => void {
  return addListener((message, rawSender) => {
    if (!isEnvelope(message) || rawSender.id !== browser.runtime.id || rawSender.tab) return undefined;
    return dispatch(backgroundToContent, handlers as unknown as AnyHandlers, message.name, message.payload, {
      kind: 'page',
    });
  });
}

/**
 * An extension page's listener for broadcasts: every one of `handlers`' names, or, with `tabId`,
 * only those about that tab. Payloads are validated like any message; a malformed one is ignored.
 */
export function listenToBroadcasts(handlers: Partial<Handlers<Broadcast, BroadcastResponses>>, scope: { tabId?: number } = {}): () => void {
  const channels: BroadcastChannel[] = [];
  for (const name of Object.keys(handlers)) {
    const handler = (handlers as AnyHandlers)[name];
    const schema = (broadcast as AnyMap)[name];
    if (!handler || !schema) continue;
    let channel: BroadcastChannel;
    try {
      channel = new BroadcastChannel(channelName(name, scope.tabId));
    } catch {
      continue;
    }
    channel.onmessage = (event: MessageEvent) => {
      const message: unknown = event.data;
      if (!isEnvelope(message) || message.name !== name) return;
      try {
        handler(schema(message.payload, '') as never, { kind: 'page' });
      } catch {
        // A malformed broadcast is ignored: pages only refresh on valid ones.
      }
    };
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) channel.close();
  };
}

type BroadcastResponses = { [K in keyof Broadcast]: void };

type Answer = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Registers a runtime.onMessage listener that answers asynchronously the portable way: through
 * sendResponse, returning true to keep the channel open (Chrome before 146 ignores a returned
 * promise). Returns a function that removes it; removing after the extension was reloaded is a
 * no-op instead of an error.
 */
function addListener(answer: Answer): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
  type ListenerEvent = { addListener(l: typeof listener): void; removeListener(l: typeof listener): void };
  let event: ListenerEvent;
  try {
    event = browser.runtime.onMessage as unknown as ListenerEvent;
    event.addListener(listener);
  } catch {
    // A page of an extension that was just reloaded or removed: nothing to listen to.
    return () => undefined;
  }
  return () => {
    try {
      event.removeListener(listener);
    } catch {
      // The extension context is gone; so is the listener.
    }
  };
}
