import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_FR } from './abuse';
import { CONDUCT_FR } from './conduct';

/** French rule pack (vous and tu forms; a few Québec swear words). */
export const pack: LanguagePack = {
  ...signals,
  rules: [...ABUSE_FR, ...CONDUCT_FR],
  negation: [
    'ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'sans', 'je ne dis pas que', 'je ne pense pas que',
    "je n'ai pas dit que", 'je ne veux pas dire que',
  ],
  clauseJoins: ['que', 'qu'],
  allow: [
    // Garantie, conditions et droits.
    'garantie*', 'conditions générales', 'cgv', 'droit de rétractation', 'code de la consommation', 'conformément à',
    // Contestation auprès de la banque ou de la carte.
    'opposition', 'rétrofacturation', 'chargeback', '(ma|la|votre) banque', 'émetteur de ma carte', 'contester* ~3 (paiement|prélèvement|débit)',
    'litige* ~2 (paypal|banque|carte)', 'paypal',
    // Consommation et réclamations formelles.
    'dgccrf', 'signal conso', 'signalconso', 'médiateur*', 'médiation', 'association de consommateurs', 'ufc-que choisir',
    'que choisir', 'réclamation formelle', 'plainte formelle', 'lettre recommandée', 'mise en demeure',
    // Responsables et direction.
    'responsable(|s)', 'superviseur*', 'supérieur*', 'direction', 'service client de la direction', 'chef de service',
    // Avis et résiliation.
    'avis', 'trustpilot', 'résilier', 'résiliation', 'annuler', 'annulation', 'me désabonner',
    // Voie légale, exprimée calmement.
    'avocat*', 'procédure (judiciaire|légale)', 'voie (judiciaire|légale)', 'tribunal', 'justice', 'juridique*',
    // Frustration à la première personne.
    'je suis (frustré|frustrée|déçu|déçue|agacé|agacée|mécontent|mécontente|en colère)', 'cela me frustre', 'ça me frustre',
  ],
  nameCues: ['à', 'en', 'vers', 'chez', 'depuis', "m'appelle", "s'appelle", 'appelle', 'm', 'mme', 'monsieur', 'madame', 'rue', 'village de'],
  safeWords: [
    // Stems of the pack (idiot*, crétin*) inside innocent words, and look-alikes of exact insults.
    'idiotisme*', 'crétinisme', 'salopette*', 'conches', 'conflans', 'concombre*',
  ],
  labelCues: ['affiche', 'indique', 'dit', 'message', 'étiquette', 'écrit', 'statut', 'bouton', 'marqué', 'erreur'],
  acronyms: [
    'DGCCRF', 'CGV', 'SAV', 'TVA', 'SIRET', 'IBAN', 'RIB', 'SNCF', 'RATP', 'EDF', 'SFR', 'FNAC', 'DPD', 'GLS', 'UPS', 'DHL',
    'COLISSIMO', 'CHRONOPOST', 'IKEA', 'NVIDIA', 'UFC',
  ],
};
