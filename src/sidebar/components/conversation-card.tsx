import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { SidebarContext } from '../../shared/protocol';
import { hostOf } from '../../ui/format';
import { SitePause } from '../../ui/site-pause';
import { useQuotaReached } from '../../ui/use-quota-reached';
import { exportConversationJson } from '../export-conversation';

export function ConversationCard({ context }: { context: SidebarContext | null }) {
  const [status, setStatus] = useState('');
  // Re-read after every stored batch: a write that succeeds clears the notice.
  const quotaReached = useQuotaReached(context?.conversation?.headHash);
  if (!context) return <p class="muted">{t('sidebarLoading')}</p>;
  const { widget, conversation } = context;
  const exportNow = () => {
    if (!conversation) return;
    exportConversationJson(conversation.id).then(
      (done) => setStatus(done ? t('sidebarExported') : t('sidebarExportFailed')),
      () => setStatus(t('sidebarExportFailed')),
    );
  };
  return (
    <section class="card" aria-labelledby="conv-title">
      <h2 id="conv-title">{t('sidebarConversation')}</h2>
      {quotaReached && <p role="alert" class="notice" data-parley="quota-notice">{t('sidebarQuotaReached')}</p>}
      <p class="muted" data-parley="sidebar-widget">
        {widget ? t('sidebarWidgetDetected', widget) : t('sidebarNoWidget')}
      </p>
      <p data-parley="sidebar-count" aria-live="polite">
        {conversation
          ? t('sidebarSavedCount', [String(conversation.messageCount), hostOf(conversation.site)])
          : t('sidebarNothingSaved')}
      </p>
      {conversation && (
        <div class="row">
          <button type="button" data-parley="export-conversation" onClick={exportNow}>
            {t('sidebarExportJson')}
          </button>
          <span class="muted" role="status">{status}</span>
        </div>
      )}
      <SitePause help={t('sitePauseHelp')} />
    </section>
  );
}
