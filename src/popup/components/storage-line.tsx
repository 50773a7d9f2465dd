import { t } from '../../platform/i18n';
import type { StorageUse } from '../../platform/storage-estimate';
import { formatBytes } from '../../ui/format-bytes';

export function StorageLine({ use, locale }: { use: StorageUse | null; locale: string }) {
  if (!use) return null;
  return (
    <p class="muted" data-parley="storage-used">
      {t('popupStorageUsed', formatBytes(use.usage, locale))}
    </p>
  );
}
