/**
 * Import and export of the user's templates as a `parley-templates` file (version 1, read and
 * written by core/templates/templates-file.ts), and the notice shown while they cannot sync.
 * An import is validated whole: a malformed file, or one bad template in it, is refused with a
 * message naming the problem, and nothing changes.
 */
import { importTemplatesFile, serializeTemplatesFile, type Template, type UiMessage } from '../../core/templates';
import { downloadBlob } from '../../platform/download';
import { t } from '../../platform/i18n';
import type { TemplateStorage } from '../../platform/user-templates';

export const TEMPLATES_FILE_NAME = 'parley-templates.json';

const say = (message: UiMessage) => t(message.key, message.params);

export type TemplatesImport = { ok: true; templates: Template[]; text: string } | { ok: false; text: string };

/** Reads a templates file against the current list: the list to save and what to tell the user, or why the file is refused. */
export function readTemplatesFile(fileText: string, existing: readonly Template[], newId: () => string = () => crypto.randomUUID()): TemplatesImport {
  const result = importTemplatesFile(fileText, existing, newId);
  if (!result.ok) return { ok: false, text: result.detail ? `${say(result.error)} ${say(result.detail)}` : say(result.error) };
  const text = result.skipped > 0 ? t('sidebarImportedSkipped', [String(result.added), String(result.skipped)]) : t('sidebarImported', String(result.added));
  return { ok: true, templates: result.templates, text };
}

export function downloadTemplatesFile(templates: readonly Template[]): void {
  downloadBlob(serializeTemplatesFile(templates), TEMPLATES_FILE_NAME, 'application/json');
}

const LOCAL_REASON_KEYS = { item: 'templatesLocal_item', total: 'templatesLocal_total', refused: 'templatesLocal_refused' } as const;

/** Why the templates are on this device only, or null while they sync. */
export function localNotice(storage: TemplateStorage): string | null {
  return storage.area === 'local' ? t(LOCAL_REASON_KEYS[storage.reason]) : null;
}
