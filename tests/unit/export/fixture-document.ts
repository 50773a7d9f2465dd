import { buildExportDocument } from '../../../src/core/export/build-document';
import type { ExportDocument } from '../../../src/core/export/model';
import { sampleConversation } from '../../fixtures/transcripts/sample';

export const EXPORTED_AT = Date.UTC(2025, 0, 6, 8, 0, 0);

/** The sample conversation as an export document, with a case file attached. */
export async function fixtureDocument(): Promise<ExportDocument> {
  return buildExportDocument([await sampleConversation()], EXPORTED_AT, {
    caseFileOf: (id) => (id === 'case-1' ? { orderNumber: '4711', whatHappened: 'Parcel <lost>' } : undefined),
  });
}
