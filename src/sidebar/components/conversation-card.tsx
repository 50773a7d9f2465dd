import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { PICKED_WIDGET, type SidebarContext } from '../../shared/protocol';
import { exportOne } from '../../ui/export/run-export';
import { hostOf } from '../../ui/format';
import { SitePause } from '../../ui/site-pause';
import { useQuotaReached } from '../../ui/use-quota-reached';

export function ConversationCard({ context }: { context: SidebarContext | null }) {
  const [status, setStatus] = useState('');
  // Re-read after every stored batch: a write that succeeds clears the notice.
  const quotaReached = useQuotaReached(context?.conversation?.headHash);
  if (!context) return <p class="muted">{t('sidebarLoading')}</p>;
  const { widget, conversation } = context;
  const exportNow = () => {
    if (!conversation) return;
    exportOne('json', conversation.id).then(
      () => setStatus(t('sidebarExported')),
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
      {widget === PICKED_WIDGET && <ForgetPick />}
      <SitePause help={t('sitePauseHelp')} />
    </section>
  );
}

/**
 * For a chat area the user picked by hand: undo a wrong pick. The frame forgets it for this site
 * and stops reading it; the sidebar then goes away unless Parley recognises a chat on its own.
 */
function ForgetPick() {
  const [status, setStatus] = useState('');
  const forget = () => {
    sendFromPage('picker/forget', {}).then(
      ({ forgotten }) => setStatus(forgotten ? t('sidebarPickForgotten') : t('sidebarForgetPickFailed')),
      () => setStatus(t('sidebarForgetPickFailed')),
    );
  };
  return (
    <div data-parley="picked-chat">
      <p class="muted">{t('sidebarPickedNote')}</p>
      <div class="row">
        <button type="button" data-parley="forget-pick" onClick={forget}>
          {t('sidebarForgetPick')}
        </button>
        <span class="muted" role="status">{status}</span>
      </div>
    </div>
  );
}
