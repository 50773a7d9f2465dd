import type { TemplatePack } from './types';

/** French built-ins, vouvoiement. Spaces before « ? » and « : » follow French typography. */
export const fr: TemplatePack = {
  whatWouldYouDo: { title: 'Que feriez-vous à ma place ?', body: 'Je comprends. Ce que je souhaite : {outcomeWanted}. Que feriez-vous à ma place ?' },
  whatWouldYouDoPlain: { title: 'Que feriez-vous ? (court)', body: 'Je comprends. Que feriez-vous à ma place ?' },
  whatWouldYouDoInMyPlace: { title: 'Si vous étiez à ma place…', body: "Si vous étiez à ma place, qu'essaieriez-vous ensuite ?" },
  summary: { title: 'Résumé du dossier', body: 'Commande {orderNumber} du {purchaseDate} : {item}, pour {amount}. {whatHappened} Ma demande : {outcomeWanted}.' },
  citeTerms: { title: 'Citer la garantie ou les conditions', body: "J'ai lu la garantie et les conditions générales pour {item}. Si je les comprends bien, j'ai droit à {outcomeWanted}. Pourriez-vous le vérifier, s'il vous plaît ?" },
  policyWhere: { title: 'Demander où la règle est écrite', body: "Pourriez-vous m'indiquer où cette règle est écrite ? Un lien ou l'article des conditions m'aiderait à comprendre." },
  supervisor: { title: 'Demander un responsable', body: "Je comprends que cela ne dépend peut-être pas de vous. Serait-il possible de parler à un responsable, s'il vous plaît ?" },
  timeline: { title: 'Délai, rappel et numéro de dossier', body: 'Dans quel délai puis-je espérer une solution, et quand reviendrez-vous vers moi ? Pourriez-vous aussi me donner un numéro de dossier ?' },
  dispute: { title: 'Évoquer calmement la contestation du paiement', body: 'Je préfère régler cela avec vous. Sinon, je contesterai le paiement de {amount} auprès de ma banque.' },
  executive: { title: 'Service client de niveau supérieur', body: "Pourriez-vous m'indiquer comment joindre votre service réclamations ou la direction du service client ?" },
  publicChannel: { title: 'Demander un autre canal officiel', body: 'Existe-t-il un autre canal officiel pour traiter ce problème, comme une réclamation écrite ou votre équipe sur les réseaux sociaux ?' },
  notYourFault: { title: "Ce n'est pas votre faute", body: "Je sais que ce n'est pas de votre faute, et j'apprécie vraiment votre aide." },
  thanks: { title: 'Merci', body: 'Merci beaucoup pour votre aide, {agentName}. Bonne journée !' },
  thanksResolved: { title: 'Merci (résolu)', body: "Merci beaucoup, tout est réglé. J'apprécie votre temps et votre aide." },
};
