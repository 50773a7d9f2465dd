/** What kind of secret a redaction hides. */
export type SensitiveKind = 'card' | 'iban' | 'code';

/** A stretch of text to replace, [start, end) in UTF-16 code units, and what replaces it. */
export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
  mask: string;
}
