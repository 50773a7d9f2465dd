import type { TemplatePack } from './types';

/** German built-ins, in the polite Sie form. */
export const de: TemplatePack = {
  whatWouldYouDo: { title: 'Was würden Sie an meiner Stelle tun?', body: 'Ich verstehe. Mein Wunsch wäre: {outcomeWanted}. Was würden Sie an meiner Stelle tun?' },
  whatWouldYouDoPlain: { title: 'Was würden Sie tun? (kurz)', body: 'Ich verstehe. Was würden Sie an meiner Stelle tun?' },
  whatWouldYouDoInMyPlace: { title: 'Wenn Sie in meiner Lage wären …', body: 'Wenn Sie in meiner Lage wären, was würden Sie als Nächstes versuchen?' },
  summary: { title: 'Kurze Zusammenfassung', body: 'Bestellung {orderNumber} vom {purchaseDate}: {item} für {amount}. {whatHappened} Mein Anliegen: {outcomeWanted}.' },
  citeTerms: { title: 'Garantie oder AGB zitieren', body: 'Ich habe die Garantie- und Geschäftsbedingungen zu {item} gelesen. Nach meinem Verständnis steht mir Folgendes zu: {outcomeWanted}. Könnten Sie das bitte prüfen?' },
  policyWhere: { title: 'Fragen, wo die Regelung steht', body: 'Wo genau steht diese Regelung? Ein Link oder der Abschnitt in den AGB würde mir helfen, sie nachzuvollziehen.' },
  supervisor: { title: 'Um eine vorgesetzte Person bitten', body: 'Ich verstehe, dass Sie das vielleicht nicht allein entscheiden können. Könnte ich bitte mit Ihrer Teamleitung oder einer vorgesetzten Person sprechen?' },
  timeline: { title: 'Frist, Rückmeldung und Vorgangsnummer', body: 'Bis wann kann ich mit einer Lösung rechnen, und wann melden Sie sich bei mir? Könnten Sie mir bitte auch eine Vorgangsnummer geben?' },
  dispute: { title: 'Rückbuchung ruhig erwähnen', body: 'Ich würde das gern mit Ihnen klären. Falls das nicht gelingt, lasse ich die Zahlung über {amount} von meinem Kartenanbieter zurückbuchen.' },
  executive: { title: 'Beschwerdestelle erfragen', body: 'Könnten Sie mir bitte sagen, wie ich Ihr Beschwerdemanagement oder die Geschäftsleitung erreiche?' },
  publicChannel: { title: 'Nach einem anderen offiziellen Weg fragen', body: 'Gibt es einen anderen offiziellen Weg für mein Anliegen, etwa eine schriftliche Beschwerde oder Ihr Social-Media-Team?' },
  notYourFault: { title: 'Nicht Ihre Schuld', body: 'Ich weiß, dass Sie nichts dafür können, und ich schätze Ihre Hilfe sehr.' },
  thanks: { title: 'Danke', body: 'Vielen Dank für Ihre Hilfe, {agentName}. Einen schönen Tag noch!' },
  thanksResolved: { title: 'Danke (gelöst)', body: 'Vielen Dank, damit ist mein Anliegen gelöst. Ich weiß Ihre Zeit und Hilfe sehr zu schätzen.' },
};
