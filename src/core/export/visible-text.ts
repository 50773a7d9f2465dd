/**
 * Text for the plain-text and Markdown exports with control characters made harmless: C0/C1
 * controls other than tab and newline (a terminal escape sequence in a chat message would
 * otherwise run when someone `cat`s the file) and bidi embedding, override and isolate controls
 * (which can make text display in another order than it reads, https://trojansource.codes)
 * become U+FFFD; CRLF and lone CR become LF. The HTML export isolates bidi per field instead,
 * and the JSON export keeps the exact text, which is what the hash chain covers.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function visibleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD');
}
