/**
 * How agents say no (refusal) or "not now" (stall), per language. Data only; matched
 * case-insensitively after NFKC normalisation, with Unicode-aware word boundaries for scripts
 * that have spaces. Phrases are lower case.
 */
import type { Lang } from '../tone/types';

export interface AgentPhrases {
  refusal: readonly string[];
  stall: readonly string[];
}

export const AGENT_PHRASES: Record<Lang, AgentPhrases> = {
  en: {
    refusal: ['unfortunately', "that's not possible", 'that is not possible', 'not possible', 'our policy', "we can't", 'we cannot', 'we are unable', "we're unable", 'unable to', 'not able to', "i'm afraid", 'not eligible', 'not covered', 'no longer covered'],
    stall: ['let me check', 'we will get back to you', "we'll get back to you", 'please wait', 'bear with me', 'please allow', 'business days', 'forwarded your', 'passed this on', "i'll look into it", 'looking into it'],
  },
  de: {
    refusal: ['leider', 'nicht möglich', 'unsere richtlinie', 'unseren richtlinien', 'können wir nicht', 'ist ausgeschlossen', 'nicht erstattungsfähig'],
    stall: ['wir melden uns', 'bitte haben sie geduld', 'ich prüfe das', 'einen moment bitte', 'werktage', 'weitergeleitet'],
  },
  sk: {
    refusal: ['bohužiaľ', 'žiaľ', 'nie je možné', 'naše pravidlá', 'nemôžeme', 'nie je možné vyhovieť'],
    stall: ['ozveme sa', 'prosím o strpenie', 'preverím to', 'pracovných dní', 'postúpil'],
  },
  ja: {
    refusal: ['申し訳ございませんが', '申し訳ありませんが', 'いたしかねます', '致しかねます', 'できかねます', '出来かねます', '規定により', '対応できません'],
    stall: ['確認いたします', '確認します', '少々お待ちください', '折り返しご連絡', '営業日以内'],
  },
  lt: {
    refusal: ['deja', 'neįmanoma', 'mūsų taisyklės', 'negalime', 'negalėsime'],
    stall: ['susisieksime', 'palaukite', 'patikrinsiu', 'darbo dienų', 'perdaviau'],
  },
  es: {
    refusal: ['lamentablemente', 'desafortunadamente', 'no es posible', 'nuestra política', 'no podemos', 'me temo que'],
    stall: ['le contactaremos', 'nos pondremos en contacto', 'espere un momento', 'lo estoy revisando', 'días hábiles'],
  },
  fr: {
    refusal: ['malheureusement', "ce n'est pas possible", 'pas possible', 'notre politique', 'nous ne pouvons pas', 'je crains que'],
    stall: ['nous reviendrons vers vous', 'veuillez patienter', 'je vérifie', 'jours ouvrés', 'jours ouvrables'],
  },
};
