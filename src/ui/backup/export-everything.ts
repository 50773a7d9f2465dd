/** "Export everything" (options page): one zip with all Parley keeps (src/core/backup/backup.ts). */
import { backupFileName, buildBackup } from '../../core/backup/backup';
import { serializeTemplatesFile } from '../../core/templates';
import { buildExportDocument } from '../../core/export/build-document';
import { json } from '../../core/export/formats/json';
import { listCaseFiles } from '../../platform/case-store';
import { downloadBlob } from '../../platform/download';
import { loadSettings } from '../../platform/settings-store';
import { loadUserTemplates } from '../../platform/user-templates';
import { SETTINGS_VERSION } from '../../shared/settings-schema';
import { loadForExport } from '../export/load-for-export';

/** The backup's bytes and file name, as of `now`. */
export async function buildEverything(now: number, utcOffsetMinutes: number): Promise<{ bytes: Uint8Array; name: string }> {
  const [{ conversations, caseFiles }, files, templates, settings] = await Promise.all([loadForExport(null), listCaseFiles(), loadUserTemplates(), loadSettings()]);
  const transcripts = json.serialize(buildExportDocument(conversations, now, { caseFileOf: (id) => caseFiles.get(id) }));
  const bytes = buildBackup(
    { transcripts, caseFiles: files, templates: serializeTemplatesFile(templates.templates), settings: { ...settings }, settingsVersion: SETTINGS_VERSION },
    now,
    utcOffsetMinutes,
  );
  return { bytes, name: backupFileName(now, utcOffsetMinutes) };
}

/** Downloads the backup; resolves to its file name. */
export async function exportEverything(now = Date.now()): Promise<string> {
  const { bytes, name } = await buildEverything(now, -new Date(now).getTimezoneOffset());
  downloadBlob(bytes as Uint8Array<ArrayBuffer>, name, 'application/zip');
  return name;
}
