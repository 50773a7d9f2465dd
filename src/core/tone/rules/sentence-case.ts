import type { Lang } from '../types';

/** Capitalised words that are not shouting: common acronyms and brand spellings. */
export const CORE_ACRONYMS: ReadonlySet<string> = new Set([
  'IBAN', 'SWIFT', 'SEPA', 'HTTP', 'HTTPS', 'HTML', 'JSON', 'GMBH', 'GDPR', 'DSGVO', 'RGPD', 'USPS',
  'FEDEX', 'ISBN', 'IMEI', 'BIOS', 'UEFI', 'WIFI', 'WLAN', 'HDMI', 'AMEX', 'VISA', 'IKEA', 'NASA',
  'ASUS', 'NVIDIA', 'PAYPAL', 'UNESCO', 'NATO', 'SMTP', 'IMAP', 'VPN', 'HTTP', 'AHOJ', 'PSD2',
]);

const TOKEN = /[\p{L}\p{M}\p{N}'’]+/gu;

/**
 * Sentence case: lower-case every word except acronyms, codes and English "I", then capitalise
 * the first letter of each sentence. `atStart` says whether the text begins a sentence.
 */
export function sentenceCase(text: string, lang: Lang, acronyms: ReadonlySet<string>, atStart: boolean): string {
  const lowered = text.replace(TOKEN, (word) => {
    if (acronyms.has(word) || CORE_ACRONYMS.has(word) || /\p{N}/u.test(word)) {
      return word;
    }
    if (lang === 'en' && (word === 'I' || /^I['’]/.test(word))) {
      return word.charAt(0) + word.slice(1).toLowerCase();
    }
    return word.toLowerCase();
  });
  return lowered.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (all, lead: string, ch: string, offset: number) =>
    offset === 0 && lead === '' && !atStart ? all : lead + ch.toUpperCase(),
  );
}
