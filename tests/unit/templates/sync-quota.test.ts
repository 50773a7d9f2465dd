import { describe, expect, it } from 'vitest';
import { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, planSyncStorage, syncItemBytes, type Template } from '../../../src/core/templates';

const t = (i: number, body: string): Template => ({ id: `user:${i}`, lang: 'ja', title: `t${i}`, body });

describe('storage.sync size estimate', () => {
  it('counts key plus JSON in UTF-8 bytes', () => {
    expect(syncItemBytes('k', 'é')).toBe(1 + 4);
    expect(syncItemBytes('k', ['日本'])).toBe(1 + 10);
  });

  it('keeps a small list in one sync item', () => {
    const plan = planSyncStorage([t(1, 'hello')]);
    expect(plan).toMatchObject({ area: 'sync', items: [{ key: 'templates.user.0' }] });
  });

  it('spreads a list over several items, each within the per-item quota', () => {
    const list = Array.from({ length: 40 }, (_, i) => t(i, 'あ'.repeat(600)));
    const plan = planSyncStorage(list);
    expect(plan.area).toBe('sync');
    if (plan.area !== 'sync') return;
    expect(plan.items.length).toBeGreaterThan(1);
    expect(plan.items.flatMap((item) => item.templates)).toEqual(list);
    for (const item of plan.items) expect(item.bytes).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
  });

  it('falls back to local storage when one template alone is over the item quota', () => {
    expect(planSyncStorage([t(1, 'あ'.repeat(3000))])).toMatchObject({ area: 'local', reason: 'item' });
  });

  it('falls back to local storage when the total is over the quota, counting other synced data', () => {
    const list = Array.from({ length: 60 }, (_, i) => t(i, 'あ'.repeat(600)));
    expect(planSyncStorage(list)).toMatchObject({ area: 'local', reason: 'total' });
    const small = [t(1, 'x')];
    expect(planSyncStorage(small, { reservedBytes: QUOTA_BYTES - 10 })).toMatchObject({ area: 'local', reason: 'total' });
  });
});
