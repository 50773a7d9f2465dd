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

/** Tells every open extension page; nobody listening is fine. */
export function broadcastToPages<K extends keyof Broadcast & string>(name: K, payload: RequestOf<Broadcast, K>): void {
  browser.runtime.sendMessage(envelope(name, payload)).catch(() => undefined);
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

/** An extension page's listener for broadcasts. */
export function listenToBroadcasts(handlers: Partial<Handlers<Broadcast, BroadcastResponses>>): () => void {
  return addListener((message, rawSender) => {
    if (!isEnvelope(message) || rawSender.id !== browser.runtime.id) return undefined;
    const handler = (handlers as AnyHandlers)[message.name];
    const schema = (broadcast as AnyMap)[message.name];
    if (!handler || !schema) return undefined;
    try {
      handler(schema(message.payload, '') as never, { kind: 'page' });
    } catch {
      // A malformed broadcast is ignored: pages only refresh on valid ones.
    }
    return undefined;
  });
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
