/**
 * The background's path for a captured batch: redact what the user asked to hide (before
 * anything is hashed or stored), append, and keep the user told about storage. A write the
 * browser refuses for quota leaves the stored transcripts as they were (the write is one
 * transaction), marks the quota as reached for the popup and sidebar, and fails, so the
 * content script keeps the batch in its retry queue.
 */
import { redactText, type RedactionOptions } from '../core/transcript/redact';
import { broadcastToPages } from '../platform/messaging';
import { loadSettings } from '../platform/settings-store';
import { clearQuotaReached, isQuotaError, markQuotaReached } from '../platform/transcript-notices';
import type { Settings } from '../shared/settings-schema';
import { applyRetention } from './retention';
import { appendToConversation, type AppendInput, type AppendResult } from './transcripts';

export function redactionOf(settings: Settings): RedactionOptions {
  return { cards: settings['transcripts.redactCards'], ibans: settings['transcripts.redactIbans'], codes: settings['transcripts.redactCodes'] };
}

export function redactBatch(input: AppendInput, options: RedactionOptions): AppendInput {
  if (!options.cards && !options.ibans && !options.codes) return input;
  return { ...input, messages: input.messages.map((m) => ({ ...m, text: redactText(m.text, options) })) };
}

export async function saveCaptured(input: AppendInput, now: number): Promise<AppendResult> {
  const settings = await loadSettings();
  let result: AppendResult;
  try {
    result = await appendToConversation(redactBatch(input, redactionOf(settings)), now);
  } catch (error) {
    if (isQuotaError(error)) {
      await markQuotaReached(now);
      broadcastToPages('transcripts/quota-reached', { at: now });
    }
    throw error;
  }
  await clearQuotaReached();
  // Retention after the write: a failure to clean up must not lose the batch just stored.
  await applyRetention(settings['transcripts.retention'], now).catch(() => undefined);
  return result;
}
