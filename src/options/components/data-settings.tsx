/**
 * Your data: export everything as one backup zip, or delete everything Parley keeps, after an
 * in-page confirmation that lists exactly what goes (counted when it opens).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { listConversations } from '../../platform/transcript-db';
import { storedInventory, wipeStorage, type StoredInventory } from '../../platform/wipe';
import { exportEverything } from '../../ui/backup/export-everything';
import { ConfirmButton } from '../../ui/confirm-button';

function WipeList({ conversations, inventory }: { conversations: number; inventory: StoredInventory | null }) {
  const items: [string, string, number | null][] = [
    ['wipe-conversations', 'optionsWipeConversations', conversations],
    ['wipe-templates', 'optionsWipeTemplates', inventory?.templates ?? null],
    ['wipe-picked', 'optionsWipePicked', inventory?.pickedSites ?? null],
    ['wipe-drafts', 'optionsWipeDrafts', inventory?.drafts ?? null],
  ];
  return (
    <ul data-parley="delete-all-list">
      {items
        .filter(([, , count]) => count !== null && count > 0)
        .map(([hook, key, count]) => (
          <li key={hook} data-parley={hook}>{t(key, String(count))}</li>
        ))}
      <li data-parley="wipe-layout">{t('optionsWipeLayout')}</li>
      <li data-parley="wipe-settings">{t('optionsWipeSettings')}</li>
      <li data-parley="wipe-synced">{t('optionsWipeSynced')}</li>
    </ul>
  );
}

export function DataSettings() {
  const [count, setCount] = useState<number | null>(null);
  const [inventory, setInventory] = useState<StoredInventory | null>(null);
  const [status, setStatus] = useState<string>('');
  const load = () => listConversations().then((r) => setCount(r.conversations.length), () => setCount(0));
  useEffect(() => void load(), []);

  const countAll = () => {
    void load();
    storedInventory().then(setInventory, () => setInventory(null));
  };
  const deleteAll = async () => {
    try {
      const { conversations } = await listConversations();
      const { deleted } = await sendFromPage('conversations/delete', { ids: conversations.map((c) => c.id) });
      await wipeStorage();
      setStatus(t('optionsDeleted', String(deleted)));
    } catch (error) {
      setStatus(t('optionsDeleteFailed', error instanceof Error ? error.message : String(error)));
    }
    await load();
  };
  const exportAll = async () => {
    try {
      setStatus(t('optionsExported', await exportEverything()));
    } catch {
      setStatus(t('optionsExportFailed'));
    }
  };

  return (
    <section aria-labelledby="data-h" data-parley="data-settings">
      <h2 id="data-h">{t('optionsDataHeading')}</h2>
      <p>{count === null ? t('popupLoading') : t('optionsSavedConversations', String(count))}</p>
      <p class="muted">{t('optionsExportHelp')}</p>
      <div class="row">
        <button type="button" data-parley="export-everything" onClick={() => void exportAll()}>
          {t('optionsExportAll')}
        </button>
        <ConfirmButton
          hook="delete-all"
          label={t('optionsDeleteAll')}
          question={t('optionsDeleteAllConfirm')}
          details={<WipeList conversations={count ?? 0} inventory={inventory} />}
          confirmLabel={t('optionsDeleteAllYes')}
          cancelLabel={t('popupCancel')}
          onAsk={countAll}
          onConfirm={deleteAll}
        />
      </div>
      <p role="status" class="muted" data-parley="data-status">{status}</p>
    </section>
  );
}
