import { afterEach, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import browser from 'webextension-polyfill';

vi.mock('webextension-polyfill');
// src/platform/browser.ts reaches the API through globalThis.chrome (or browser), as in Chrome.
(globalThis as { chrome?: unknown }).chrome = browser;

afterEach(async () => {
  const db = await import('../../src/platform/transcript-db');
  await db.closeTranscriptDb();
  globalThis.indexedDB = new IDBFactory();
});
