/** Page messages about stored transcripts (beyond listing and deleting). */
import type { Handlers } from '../../platform/messaging';
import { loadSettings } from '../../platform/settings-store';
import type { PageToBackground, PageToBackgroundResponses } from '../../shared/protocol';
import { applyRetention } from '../retention';

type TranscriptPageMessages = Pick<PageToBackground, 'transcripts/apply-retention'>;

/** Applies the user's retention period now (the options page changed it, or the worker started). */
export async function applyRetentionNow(): Promise<number> {
  const settings = await loadSettings();
  return applyRetention(settings['transcripts.retention'], Date.now(), true);
}

export const transcriptPageHandlers: Handlers<TranscriptPageMessages, Pick<PageToBackgroundResponses, 'transcripts/apply-retention'>> = {
  async 'transcripts/apply-retention'(_payload, sender) {
    if (!/\/src\/(popup|options)\/index\.html/.test(sender.url ?? '')) throw new Error('Not allowed here');
    return { deleted: await applyRetentionNow() };
  },
};
