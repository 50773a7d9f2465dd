/**
 * Restoring the rest of an "export everything" backup, after its conversations: case files (for
 * conversations that exist, unless the one here changed later), the user's templates (merged:
 * ids already present are skipped) and the settings.
 */
import { restoreCaseFiles } from '../../platform/case-store';
import { importSettings } from '../../platform/settings-store';
import { loadUserTemplates, saveUserTemplates } from '../../platform/user-templates';
import { importTemplatesFile } from '../../core/templates';
import type { BackupContents } from './read-backup';

export interface ExtrasRestored {
  caseFiles: number;
  templates: number;
  settings: boolean;
}

export async function restoreExtras(contents: BackupContents): Promise<ExtrasRestored> {
  const caseFiles = contents.caseFiles.length > 0 ? await restoreCaseFiles(contents.caseFiles) : 0;
  let templates = 0;
  if (contents.templates.length > 0) {
    let list = (await loadUserTemplates()).templates;
    for (const text of contents.templates) {
      // Each file was checked when the backup was read (read-backup.ts refuses the whole backup
      // otherwise); merging with the stored list can still only add what passes the checks.
      const result = importTemplatesFile(text, list, () => crypto.randomUUID());
      if (!result.ok) continue;
      list = result.templates;
      templates += result.added;
    }
    if (templates > 0) await saveUserTemplates(list);
  }
  if (contents.settings) await importSettings(contents.settings.settings, contents.settings.version);
  return { caseFiles, templates, settings: contents.settings !== null };
}
