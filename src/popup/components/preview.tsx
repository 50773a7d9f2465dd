/**
 * One conversation's messages with authors and times. Every string from the web page is
 * rendered as text (Preact text nodes; never innerHTML), so markup in a message stays visible
 * characters and never runs.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { getMessages } from '../../platform/transcript-db';
import type { Author, ConversationRecord, MessageRecord } from '../../shared/transcript-types';
import { formatDateTime, hostOf } from '../../ui/format';

const AUTHOR_KEYS: Record<Author, string> = { agent: 'popupAuthorAgent', customer: 'popupAuthorCustomer', system: 'popupAuthorSystem' };

function authorOf(m: MessageRecord): string {
  const label = t(AUTHOR_KEYS[m.author]);
  return m.name ? `${label} (${m.name})` : label;
}

export function Preview({ conversation, locale, highlightSeq }: { conversation: ConversationRecord; locale: string; highlightSeq?: number }) {
  const [messages, setMessages] = useState<MessageRecord[] | null>(null);
  useEffect(() => {
    setMessages(null);
    getMessages(conversation.id).then(setMessages, () => setMessages([]));
  }, [conversation.id, conversation.messageCount]);

  return (
    <section class="preview" data-parley="preview" aria-label={t('popupPreviewLabel', hostOf(conversation.site))}>
      <h2>{conversation.title || hostOf(conversation.site)}</h2>
      <p class="muted">{conversation.url}</p>
      {!messages && <p class="muted">{t('popupLoading')}</p>}
      <ol class="messages">
        {messages?.map((m) => (
          <li key={m.seq} data-parley="preview-message" data-author={m.author} class={m.seq === highlightSeq ? 'hit' : undefined}>
            <span class="author">{authorOf(m)}</span> <time class="muted">{formatDateTime(m.at, locale)}</time>
            <p class="text" data-parley="preview-text">{m.text}</p>
            {m.attachments?.length ? <p class="muted">{t('popupAttachments', m.attachments.join(', '))}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
