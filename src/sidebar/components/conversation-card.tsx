import { t } from '../../platform/i18n';
import type { SidebarContext } from '../../shared/protocol';
import { hostOf } from '../../ui/format';

export function ConversationCard({ context }: { context: SidebarContext | null }) {
  if (!context) return <p class="muted">{t('sidebarLoading')}</p>;
  const { widget, conversation } = context;
  return (
    <section class="card" aria-labelledby="conv-title">
      <h2 id="conv-title">{t('sidebarConversation')}</h2>
      <p class="muted" data-parley="sidebar-widget">
        {widget ? t('sidebarWidgetDetected', widget) : t('sidebarNoWidget')}
      </p>
      <p data-parley="sidebar-count" aria-live="polite">
        {conversation
          ? t('sidebarSavedCount', [String(conversation.messageCount), hostOf(conversation.site)])
          : t('sidebarNothingSaved')}
      </p>
    </section>
  );
}
