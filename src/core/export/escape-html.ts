/**
 * Escapes text for HTML element content and quoted attribute values alike: the five characters
 * that can end a text run or an attribute (& < > " '). Web-page strings in an HTML export go
 * through this and nothing else; there is no "safe HTML" path.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
