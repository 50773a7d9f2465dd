/**
 * An in-memory WebExtension API (installed as globalThis.chrome by tests/unit/setup.ts) for unit tests (vi.mock('webextension-polyfill') picks it up).
 * runtime messages reach the listeners registered through runtime.onMessage, with a sender the
 * test chooses (`setSender`); storage areas are maps with onChanged events; i18n reads the
 * English locale file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: vi.fn((l: Listener) => void listeners.add(l)),
    removeListener: vi.fn((l: Listener) => void listeners.delete(l)),
    hasListener: (l: Listener) => listeners.has(l),
    listeners,
  };
}

const EXTENSION_ORIGIN = 'chrome-extension://parleytestid/';
const en = JSON.parse(readFileSync(resolve(__dirname, '../public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../manifest.json'), 'utf8')) as {
  version: string;
  commands?: Record<string, { description?: string; suggested_key?: { default?: string } }>;
};

function getMessage(key: string, subs?: string | string[]): string {
  const entry = en[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\w+)\$/g, (m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? m;
    return content.replace(/\$(\d)/g, (_x, n: string) => list[Number(n) - 1] ?? '');
  });
}

const onChanged = event();
function area(name: string) {
  let data: Record<string, unknown> = {};
  return {
    get: vi.fn(async (keys?: string | string[] | null) => {
      if (keys == null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      for (const l of onChanged.listeners) (l as (c: unknown, a: string) => void)(changes, name);
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    }),
    clear: vi.fn(async () => {
      data = {};
    }),
    getBytesInUse: vi.fn(async () => JSON.stringify(data).length),
  };
}

/** Content scripts registered at run time, by id (scripting.registerContentScripts). */
const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();

let sender: Record<string, unknown> = { id: 'parleytestid', url: `${EXTENSION_ORIGIN}src/popup/index.html` };

const onMessage = event();
/** Delivers like the browser: a listener answers by returning a promise, or via sendResponse after returning true. */
async function deliver(message: unknown, from: Record<string, unknown>) {
  for (const l of onMessage.listeners) {
    let respond: (value: unknown) => void = () => {};
    const viaCallback = new Promise((resolve) => (respond = resolve));
    const reply = (l as (m: unknown, s: unknown, r: (v: unknown) => void) => unknown)(message, from, respond);
    if (reply === true) return viaCallback;
    if (reply !== undefined) return reply;
  }
  return undefined;
}

const browser = {
  runtime: {
    id: 'parleytestid',
    getURL: (path: string) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`,
    sendMessage: vi.fn((message: unknown) => deliver(message, sender)),
    onMessage,
    onInstalled: event(),
    getManifest: () => manifest,
    openOptionsPage: vi.fn(async () => undefined),
  },
  /** The manifest's commands with their suggested keys, as a fresh install reports them. */
  commands: {
    getAll: vi.fn(async () =>
      Object.entries(manifest.commands ?? {}).map(([name, c]) => ({ name, description: c.description, shortcut: c.suggested_key?.default ?? '' })),
    ),
  },
  tabs: {
    sendMessage: vi.fn(async () => ({ ok: true, value: { ok: true } })),
    onRemoved: event(),
    query: vi.fn(async () => []),
  },
  storage: { local: area('local'), session: area('session'), sync: area('sync'), onChanged },
  scripting: {
    executeScript: vi.fn(async () => [{ frameId: 0, result: true }]),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches?: string[]; js?: string[] }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, structuredClone(s));
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? [...registered.keys()]) registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => [...registered.values()].filter((s) => !ids || ids.includes(s.id))),
  },
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: () => 'en' },
  /** Test helpers (not part of the WebExtension API). */
  __test: {
    setSender(next: Record<string, unknown>) {
      sender = next;
    },
    deliver,
    EXTENSION_ORIGIN,
  },
};

export default browser;
