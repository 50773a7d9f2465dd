import { afterEach, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';

vi.mock('webextension-polyfill');

afterEach(async () => {
  const db = await import('../../src/platform/transcript-db');
  await db.closeTranscriptDb();
  globalThis.indexedDB = new IDBFactory();
});
