/**
 * How agents say no (refusal) or "not now" (stall), per language. Data only; ./detect.ts
 * matches them case-insensitively after NFKC normalisation (typographic apostrophes fold to
 * "'"), with Unicode-aware word boundaries for scripts that have spaces and as plain substrings
 * for Japanese. Phrases are lower case.
 *
 * Bare "I can't" / "je ne peux pas" are left out on purpose: agents say them while asking for
 * details ("I can't see your order yet, could you…"), which is no reason to escalate.
 */
import type { Lang } from '../tone/types';

export interface AgentPhrases {
  refusal: readonly string[];
  stall: readonly string[];
}

export const AGENT_PHRASES: Record<Lang, AgentPhrases> = {
  en: {
    refusal: ['unfortunately', "that's not possible", 'that is not possible', "it's not possible", 'not possible', 'our policy', 'company policy', "there's nothing i can do", 'there is nothing i can do', "there's nothing we can do", 'there is nothing we can do', "i'm unable to", 'i am unable to', "we're unable to", 'we are unable to', "we can't", 'we cannot', "i'm afraid", 'not eligible', 'not covered', 'no longer covered'],
    stall: ['let me check', 'let me look into', "i'll check", 'please wait', 'please hold', 'bear with me', 'one moment', "we'll get back to you", 'we will get back to you', "i'll get back to you", 'i will get back to you', 'business days', 'working days', "i've escalated", 'i have escalated', "i've forwarded", 'i have forwarded', 'passed this on', 'looking into it', 'under review'],
  },
  de: {
    refusal: ['leider', 'bedauerlicherweise', 'das ist nicht möglich', 'nicht möglich', 'unsere richtlinien', 'unseren richtlinien', 'unsere richtlinie', 'unserer richtlinie', 'da kann ich nichts machen', 'kann ich nichts tun', 'können wir nicht', 'ist ausgeschlossen', 'nicht erstattungsfähig'],
    stall: ['ich prüfe', 'ich schaue nach', 'einen moment bitte', 'einen augenblick', 'wir melden uns', 'ich melde mich', 'bitte haben sie geduld', 'bitte gedulden sie sich', 'werktage', 'werktagen', 'weitergeleitet', 'wird geprüft', 'in bearbeitung'],
  },
  sk: {
    refusal: ['bohužiaľ', 'žiaľ', 'to nie je možné', 'nie je možné', 'naše pravidlá', 'našich pravidiel', 'nemôžeme', 's tým nič nenarobím', 'nedá sa nič robiť'],
    stall: ['preverím', 'pozriem sa na to', 'chvíľku strpenia', 'prosím o strpenie', 'moment, prosím', 'ozveme sa', 'ozvem sa', 'pracovných dní', 'postúpil som', 'postúpila som', 'odovzdal som', 'odovzdala som'],
  },
  ja: {
    refusal: ['申し訳ございませんが', '申し訳ありませんが', 'いたしかねます', '致しかねます', 'できかねます', '出来かねます', '規定により', '規約により', '対応できません', 'お受けできません', '対象外'],
    stall: ['確認いたします', '確認します', '確認してまいります', '少々お待ちください', '少々お待ち下さい', '折り返しご連絡', '折り返し連絡', '営業日以内', '担当部署に', '検討いたします'],
  },
  lt: {
    // "deja" only with its comma: Spanish "deja" ("no me deja pagar") is a verb, not a refusal.
    refusal: ['deja,', 'tai neįmanoma', 'neįmanoma', 'mūsų taisyklės', 'mūsų taisykles', 'pagal mūsų taisykles', 'negalime', 'negalėsime', 'nieko negaliu padaryti'],
    stall: ['patikrinsiu', 'pasitikrinsiu', 'palaukite', 'prašome palaukti', 'prašau palaukti', 'susisieksime', 'susisieksiu', 'darbo dienų', 'darbo dienas', 'perdaviau', 'persiunčiau', 'akimirką'],
  },
  es: {
    refusal: ['lamentablemente', 'desafortunadamente', 'por desgracia', 'no es posible', 'nuestra política', 'nuestras políticas', 'no podemos', 'no puedo hacer nada', 'me temo que', 'no está cubierto', 'no procede'],
    stall: ['un momento', 'lo estoy revisando', 'voy a revisar', 'lo reviso', 'le contactaremos', 'nos pondremos en contacto', 'días hábiles', 'he escalado', 'lo he trasladado', 'en revisión'],
  },
  fr: {
    refusal: ['malheureusement', "ce n'est pas possible", "n'est pas possible", 'pas possible', 'notre politique', 'nous ne pouvons pas', 'je ne peux rien faire', 'je crains que', 'hélas', 'nous regrettons'],
    stall: ['je vérifie', 'je vais vérifier', 'un instant', 'veuillez patienter', 'merci de patienter', 'nous reviendrons vers vous', 'je reviens vers vous', 'jours ouvrés', 'jours ouvrables', "j'ai transmis", 'en cours de traitement'],
  },
};
