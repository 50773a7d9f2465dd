/**
 * One CSV field, RFC 4180 style (always quoted, inner quotes doubled), guarded against formula
 * injection: a cell whose first non-blank character is = + - @ (or their full-width forms
 * ＝ ＋ － ＠, which spreadsheets in Japanese locales read as the same operators), or that starts
 * with a tab or CR, is prefixed with ' so spreadsheet programs show it as text instead of
 * evaluating it. Leading spaces count as blank because Excel and LibreOffice skip them before a
 * formula (https://owasp.org/www-community/attacks/CSV_Injection).
 */
const FORMULA_START = /^\s*[=+\-@＝＋－＠\t\r]/;

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** A CSV record: fields joined by commas, ended by CRLF as RFC 4180 asks. */
export function csvRow(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
