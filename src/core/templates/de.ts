import type { TemplatePack } from './types';

export const de: TemplatePack = {
  whatWouldYouDo: { title: 'Was würden Sie an meiner Stelle tun?', body: 'Ich verstehe. Ich wünsche mir {outcomeWanted}. Was würden Sie an meiner Stelle tun?' },
  summary: { title: 'Kurze Zusammenfassung des Falls', body: 'Bestellung {orderNumber}: Ich habe am {purchaseDate} {item} für {amount} gekauft. {whatHappened} Ich möchte {outcomeWanted}.' },
  citeTerms: { title: 'Garantie oder AGB zitieren', body: 'Ich habe die Garantie- und Geschäftsbedingungen für {item} gelesen. Soweit ich sie verstehe, steht mir {outcomeWanted} zu. Könnten Sie das bitte prüfen?' },
  policyWhere: { title: 'Fragen, wo die Regel steht', body: 'Könnten Sie mir zeigen, wo diese Regelung steht? Ein Link oder der Abschnitt der AGB würde mir helfen.' },
  supervisor: { title: 'Nach einer Vorgesetzten fragen', body: 'Ich verstehe, dass Sie das vielleicht nicht entscheiden können. Könnte ich bitte mit einer vorgesetzten Person sprechen?' },
  timeline: { title: 'Zeitrahmen, Rückruf und Vorgangsnummer', body: 'Bis wann kann ich mit einer Antwort rechnen, und wann melden Sie sich bei mir? Könnten Sie mir bitte eine Vorgangsnummer geben?' },
  dispute: { title: 'Rückbuchung ansprechen', body: 'Ich würde das lieber mit Ihnen klären. Falls das nicht gelingt, werde ich die Abbuchung von {amount} bei meiner Kartenfirma beanstanden.' },
  executive: { title: 'Nach der Beschwerdestelle fragen', body: 'Könnten Sie mir bitte sagen, wie ich Ihre Beschwerdestelle oder die Geschäftsleitung erreiche?' },
  notYourFault: { title: 'Nicht Ihre Schuld', body: 'Ich weiß, dass das nicht Ihre Schuld ist, und ich schätze Ihre Hilfe sehr.' },
  thanks: { title: 'Danke', body: 'Vielen Dank für Ihre Hilfe, {agentName}. Einen schönen Tag noch!' },
};
