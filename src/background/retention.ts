/**
 * Retention without the `alarms` permission: the background applies the user's period after a
 * write, at most every few hours. Conversations only grow through writes, so nothing outlives
 * its period by more than that gap plus the time until the next chat.
 */
import { deleteInactiveSince, lastRetentionRun, recordRetentionRun } from '../platform/transcript-retention';
import type { RetentionPeriod } from '../shared/settings-schema';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

const DAYS: Record<RetentionPeriod, number> = { forever: Infinity, '30d': 30, '90d': 90, '365d': 365 };

/** Conversations last active before this time (epoch ms) are deleted; null keeps everything. */
export function retentionCutoff(period: RetentionPeriod, now: number): number | null {
  const days = DAYS[period];
  return Number.isFinite(days) ? now - days * DAY_MS : null;
}

/** Deletes expired conversations unless retention ran recently or is off; returns how many. */
export async function applyRetention(period: RetentionPeriod, now: number, force = false): Promise<number> {
  const cutoff = retentionCutoff(period, now);
  if (cutoff === null) return 0;
  if (!force && now - (await lastRetentionRun()) < RETENTION_EVERY_MS) return 0;
  const deleted = await deleteInactiveSince(cutoff);
  await recordRetentionRun(now);
  return deleted;
}
