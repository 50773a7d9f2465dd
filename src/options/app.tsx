import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { sendFromPage } from '../platform/messaging';
import { listConversations } from '../platform/transcript-db';
import { ConfirmButton } from '../ui/confirm-button';
import { TranscriptSettings } from './components/transcript-settings';

export function App() {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<string>('');

  const load = () => listConversations().then((r) => setCount(r.conversations.length), () => setCount(0));
  useEffect(() => void load(), []);

  const deleteAll = async () => {
    const { conversations } = await listConversations();
    const { deleted } = await sendFromPage('conversations/delete', { ids: conversations.map((c) => c.id) });
    setStatus(t('optionsDeleted', String(deleted)));
    await load();
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="data-h">
        <h2 id="data-h">{t('optionsDataHeading')}</h2>
        <p>{count === null ? t('popupLoading') : t('optionsSavedConversations', String(count))}</p>
        <ConfirmButton
          hook="delete-all"
          label={t('optionsDeleteAll')}
          question={t('optionsDeleteAllConfirm')}
          confirmLabel={t('popupConfirmDelete')}
          cancelLabel={t('popupCancel')}
          disabled={!count}
          onConfirm={deleteAll}
        />
        <p role="status" class="muted">{status}</p>
      </section>
      <TranscriptSettings />
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
