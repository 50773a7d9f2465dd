/**
 * Size limits for imports. Generous for real transcripts (a 10,000-message chat is far inside
 * them), small enough that a hostile file is refused before it costs much memory or time.
 */
export const IMPORT_LIMITS = {
  /** Characters in the whole file. */
  fileChars: 200_000_000,
  conversations: 10_000,
  messagesPerConversation: 200_000,
  messagesTotal: 1_000_000,
  messageText: 1_000_000,
  name: 1_000,
  id: 200,
  url: 8_192,
  title: 2_000,
  widget: 200,
  caseFileFields: 100,
  caseFileKey: 200,
  caseFileValue: 100_000,
} as const;
