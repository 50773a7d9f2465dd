/**
 * Words agents put before a case or ticket number, per language (data, kept apart from the
 * matching code). Lower case; matched case-insensitively after NFKC normalisation.
 */
import type { Lang } from '../tone/types';

export const REFERENCE_LABELS: Record<Lang, readonly string[]> = {
  en: ['case number', 'case no', 'case', 'ticket number', 'ticket', 'reference number', 'reference', 'ref', 'claim number', 'incident number'],
  de: ['vorgangsnummer', 'ticketnummer', 'fallnummer', 'referenznummer', 'aktenzeichen', 'reklamationsnummer', 'vorgang'],
  sk: ['číslo reklamácie', 'číslo prípadu', 'číslo požiadavky', 'číslo tiketu', 'číslo sťažnosti'],
  ja: ['お問い合わせ番号', '問い合わせ番号', '問合せ番号', '受付番号', '管理番号', 'ケース番号', 'チケット番号'],
  lt: ['užklausos numeris', 'užklausos nr', 'bylos numeris', 'pretenzijos numeris', 'prašymo numeris'],
  es: ['número de caso', 'número de referencia', 'número de ticket', 'número de incidencia', 'número de reclamación'],
  fr: ['numéro de dossier', 'numéro de ticket', 'numéro de référence', 'numéro de réclamation', 'numéro de demande'],
};
