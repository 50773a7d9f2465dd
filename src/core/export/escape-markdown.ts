/**
 * Escapes text for CommonMark/GFM so chat messages render as the words they are. Backslash
 * escapes (CommonMark §2.4) go before every character that can start inline markup anywhere in a
 * line (emphasis, code, links, raw HTML such as `<img onerror>`, entities, tables, strikethrough),
 * and before the first character of a line that would start a block (heading, list, quote,
 * setext underline, ordered list). Leading indentation becomes character references so it can't
 * open an indented code block (where escapes would show literally).
 */
const INLINE = /[\\`*_[\]<>&|~]/g;
const BLOCK_START = /^([#\-+=>]|\d{1,9}(?=[.)]))/gm;
const INDENT = /^[ \t]+/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
    .replace(INDENT, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}
