import { t } from '../../platform/i18n';
import type { ConversationRecord } from '../../shared/transcript-types';
import { formatDateTime, hostOf } from '../../ui/format';

export function ConversationList({ conversations, locale }: { conversations: ConversationRecord[]; locale: string }) {
  if (conversations.length === 0) {
    return (
      <p class="empty" data-parley="conversations-empty">
        {t('popupEmpty')}
      </p>
    );
  }
  return (
    <ul class="conversations" data-parley="conversations" aria-label={t('popupConversations')}>
      {conversations.map((c) => (
        <li key={c.id} data-parley="conversation" data-conversation-id={c.id}>
          <span class="site" data-parley="conversation-site">{hostOf(c.site)}</span>
          <span class="muted">{formatDateTime(c.lastActivityAt, locale)}</span>
          <span class="count" data-parley="conversation-count">
            {t('popupMessageCount', String(c.messageCount))}
          </span>
        </li>
      ))}
    </ul>
  );
}
