/** Cross-context transcript types: what the content script captures and the background stores. */

export type Author = 'agent' | 'customer' | 'system';
export type DeliveryStatus = 'sending' | 'sent' | 'failed';

/** One message as captured in the widget's frame and sent to the background. */
export interface CapturedMessage {
  /**
   * Capture key: the widget's own id when it has one, otherwise a content key (the text's hash
   * after the previous message's, numbered when that pair repeats; see content/capture/keys).
   * Never a DOM node, never the author.
   */
  key: string;
  author: Author;
  text: string;
  name?: string;
  /** Time shown by the widget, if any. */
  shownTime?: string;
  /** When Parley first saw it (epoch ms). */
  seenAt: number;
  /**
   * Key of the message just before this one in the log when it was read ('' when it was the
   * first). Lets the background put history loaded on scroll before what it already stored.
   */
  after?: string;
  status?: DeliveryStatus;
  attachments?: string[];
}

/** A stored conversation, as listed by the popup. */
export interface ConversationRecord {
  id: string;
  /** Site origin of the page hosting the chat, e.g. https://shop.example. */
  site: string;
  url: string;
  title: string;
  widget: string;
  startedAt: number;
  lastActivityAt: number;
  messageCount: number;
  /** Key of the case file (a conversation may be linked to one). */
  caseId?: string;
  /** Hash of the last message in the chain (hex), '' when empty. */
  headHash: string;
}

/** A stored message. */
export interface MessageRecord {
  conversationId: string;
  seq: number;
  key: string;
  author: Author;
  name?: string;
  text: string;
  /** Epoch ms (when first seen). */
  at: number;
  shownTime?: string;
  status?: DeliveryStatus;
  attachments?: string[];
  /** SHA-256 hex over previous hash, author, time and text (see core/transcript/hash-chain). */
  hash: string;
}
