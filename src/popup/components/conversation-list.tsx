/**
 * The conversation list, newest first. Only a page of rows is rendered at a time (with "show
 * more"), so the popup paints at once even with thousands of conversations.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { SearchHit } from '../../platform/transcript-search';
import type { ConversationRecord } from '../../shared/transcript-types';
import { formatDateTime, hostOf } from '../../ui/format';

export const PAGE_SIZE = 50;

interface Props {
  conversations: ConversationRecord[];
  locale: string;
  selectedId: string | null;
  hits: Map<string, SearchHit> | null;
  onSelect: (id: string | null) => void;
}

export function ConversationList({ conversations, locale, selectedId, hits, onSelect }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  if (conversations.length === 0) {
    return (
      <p class="empty" data-parley="conversations-empty">
        {t('popupEmpty')}
      </p>
    );
  }
  const rest = conversations.length - shown;
  return (
    <>
      <ul class="conversations" data-parley="conversations" aria-label={t('popupConversations')}>
        {conversations.slice(0, shown).map((c) => (
          <li key={c.id} data-parley="conversation" data-conversation-id={c.id} class={c.id === selectedId ? 'selected' : undefined}>
            <button type="button" class="row" aria-pressed={c.id === selectedId} onClick={() => onSelect(c.id === selectedId ? null : c.id)}>
              <span class="site" data-parley="conversation-site">{hostOf(c.site)}</span>
              <span class="count" data-parley="conversation-count">
                {t('popupMessageCount', String(c.messageCount))}
              </span>
              <span class="muted when">{formatDateTime(c.lastActivityAt, locale)}</span>
              {hits?.get(c.id)?.snippet && (
                <span class="snippet" data-parley="search-snippet">
                  {hits.get(c.id)!.snippet}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" class="link" data-parley="show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('popupShowMore', String(rest))}
        </button>
      )}
    </>
  );
}
