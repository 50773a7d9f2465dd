/**
 * German sentences that no rule of the pack may flag: firm-but-polite escalation, frustration,
 * codes, quotes and negation. Shared by every rule's `examples.pass`.
 */
export const PASS_DE: string[] = [
  'Das Gerät ist nach fünf Monaten kaputt, ich mache meinen Gewährleistungsanspruch geltend.',
  'Sollte das Geld bis Mittwoch nicht da sein, lasse ich die Zahlung von meiner Bank zurückbuchen.',
  'Könnte ich bitte mit Ihrer Vorgesetzten sprechen?',
  'Ich bin frustriert, dass das Problem nach zwei Wochen immer noch besteht.',
  'Meine Bestellnummer lautet ASS-4411, bitte prüfen Sie den Status.',
  'Ihr Kollege schrieb: „Sie sind ja ein Idiot, lesen Sie die AGB.“ Das fand ich unpassend.',
  'Ich sage ja gar nicht, dass Sie inkompetent sind.',
];
