/**
 * Word lists for telling the customer's own messages from the agent's and from system lines.
 * Kept as data, apart from matching code. Sources: widgets.md D.1 "Agent vs customer cues".
 */

/** Tokens marking the customer's (the extension user's) own messages. */
export const CUSTOMER_TOKENS: ReadonlySet<string> = new Set([
  'me', 'mine', 'own', 'self', 'outgoing', 'outbound', 'user', 'visitor', 'customer', 'client',
  'sent', 'right', 'chasitor', 'inverse', 'reverse', 'enduser', 'guest',
]);

/** Tokens marking messages from the support side (human agent or bot). */
export const AGENT_TOKENS: ReadonlySet<string> = new Set([
  'agent', 'operator', 'bot', 'incoming', 'inbound', 'admin', 'support', 'received', 'left',
  'staff', 'assistant', 'rep', 'teammate', 'business', 'answer',
]);

/** Tokens marking system lines (joins, transfers, "chat ended"). */
export const SYSTEM_TOKENS: ReadonlySet<string> = new Set([
  'system', 'event', 'notice', 'notification', 'announcement',
]);

/** Attribute names whose value names the author directly (`data-direction="outgoing"`). */
export const AUTHOR_ATTRIBUTES: readonly string[] = [
  'data-direction', 'data-author', 'data-author-type', 'data-sender', 'data-sender-type',
  'data-role', 'data-from', 'data-type', 'data-message-type', 'data-origin',
];
