/**
 * French sentences that no rule of the pack may flag: firm-but-polite escalation, frustration in
 * the first person, codes, quotes, negation and Scunthorpe look-alikes. Shared by every rule's
 * `examples.pass`. (Written for the pack; the development set in tests/tone-eval is separate.)
 */
export const PASS_FR: string[] = [
  "L'ordinateur est tombé en panne au bout de quatre mois, je fais jouer la garantie légale.",
  "Faute de remboursement cette semaine, je contesterai le paiement auprès de l'émetteur de ma carte.",
  'Pourriez-vous transférer ma demande à votre responsable, s\'il vous plaît ?',
  'Je suis frustrée que le dossier soit toujours ouvert après un mois.',
  "Je saisirai l'association de consommateurs si rien ne bouge.",
  'Mon numéro de commande est CON-7731, pouvez-vous vérifier ?',
  'Votre collègue a écrit : « vous êtes un idiot, lisez les conditions ». Je trouve cela déplacé.',
  "Je ne dis pas que vous êtes incompétents, j'ai simplement besoin d'une solution.",
  'Je vais résilier mon abonnement et laisser un avis sur mon expérience.',
];
