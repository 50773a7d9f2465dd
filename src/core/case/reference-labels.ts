/**
 * How agents introduce a case or ticket number, per language (data, kept apart from the
 * matching code in ./references.ts). Lower case, as text looks after NFKC + lowercasing.
 *
 * - `labels`: the words before the number ("case number", "Vorgangsnummer", 「受付番号」).
 * - `fillers`: short words allowed between label and number ("is", "lautet", "je", "yra", は).
 *   Anything else between them means the label word was used in another sense ("in case you
 *   need us…", "ticket for the concert"), so no number is taken.
 */
import type { Lang } from '../tone/types';

export interface ReferenceLabels {
  labels: readonly string[];
  fillers: readonly string[];
}

export const REFERENCE_LABELS: Record<Lang, ReferenceLabels> = {
  en: {
    labels: ['case number', 'case no', 'case id', 'case', 'ticket number', 'ticket no', 'ticket id', 'ticket', 'reference number', 'reference no', 'reference', 'ref', 'claim number', 'incident number', 'complaint number', 'request number'],
    fillers: ['number', 'no', 'nr', 'id', 'is', 'will', 'be', 'reads'],
  },
  de: {
    labels: ['vorgangsnummer', 'ticketnummer', 'ticket-nr', 'ticket', 'fallnummer', 'referenznummer', 'aktenzeichen', 'reklamationsnummer', 'bearbeitungsnummer', 'vorgang', 'az'],
    fillers: ['nr', 'nummer', 'lautet', 'ist', 'id'],
  },
  sk: {
    labels: ['číslo reklamácie', 'číslo prípadu', 'číslo požiadavky', 'číslo tiketu', 'číslo sťažnosti', 'číslo podania'],
    fillers: ['je', 'č', 'vašej', 'vášho'],
  },
  ja: {
    labels: ['お問い合わせ番号', 'お問合せ番号', '問い合わせ番号', '問合せ番号', '受付番号', '管理番号', 'ケース番号', 'チケット番号', '整理番号'],
    fillers: ['は', 'が', 'を', 'ですが'],
  },
  lt: {
    labels: ['užklausos numeris', 'užklausos nr', 'bylos numeris', 'bylos nr', 'pretenzijos numeris', 'pretenzijos nr', 'prašymo numeris', 'prašymo nr', 'kreipimosi numeris', 'kreipimosi nr'],
    fillers: ['yra', 'nr'],
  },
  es: {
    labels: ['número de caso', 'número de incidencia', 'número de referencia', 'número de ticket', 'número de reclamación', 'número de expediente', 'no de caso', 'no de incidencia', 'referencia'],
    fillers: ['es', 'el', 'no'],
  },
  fr: {
    labels: ['numéro de dossier', 'numéro de ticket', 'numéro de référence', 'numéro de réclamation', 'numéro de demande', 'n° de dossier', 'n° de ticket', 'référence', 'dossier'],
    fillers: ['est', 'le', 'n°', 'no'],
  },
};
