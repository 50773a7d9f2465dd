/** A refused backup, in the user's language: what is wrong and, for a tampered file, which message. */
import type { ImportProblem } from '../../core/export/import';
import { t } from '../../platform/i18n';
import { formatDateTime, hostOf } from '../../ui/format';
import type { BackupProblem } from './read-backup';

function tamperedMessage(p: Extract<ImportProblem, { code: 'tampered' }>, locale: string): string {
  const site = hostOf(p.site);
  const position = String(p.position);
  if (p.at === undefined) return t('importTamperedMissing', [position, site]);
  const time = formatDateTime(Date.parse(p.at), locale);
  // The core reports an added message as "was added"; anything else with a time was altered.
  return t(p.detail.includes('was added') ? 'importTamperedAdded' : 'importTampered', [position, time, site]);
}

function importMessage(p: ImportProblem, locale: string): string {
  switch (p.code) {
    case 'too-large':
      return t('importTooLarge');
    case 'not-json':
      return t('importNotJson');
    case 'wrong-format':
      return t('importWrongFormat');
    case 'unsupported-version':
      return typeof p.version === 'number' && p.version > 1 ? t('importNewerVersion') : t('importUnknownVersion');
    case 'invalid':
      return t('importInvalid', p.path);
    case 'tampered':
      return tamperedMessage(p, locale);
  }
}

export function backupProblemMessage(problem: BackupProblem, locale: string): string {
  if (problem.code === 'zip-unreadable') return t('importZipUnreadable');
  if (problem.code === 'zip-without-json') return t('importZipWithoutJson');
  const message =
    problem.code === 'templates'
      ? [problem.message, problem.detail].filter((m) => m !== undefined).map((m) => t(m.key, m.params)).join(' ')
      : importMessage(problem.problem, locale);
  return problem.file ? t('importInZipFile', [problem.file, message]) : message;
}
