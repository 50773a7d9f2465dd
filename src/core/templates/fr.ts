import type { TemplatePack } from './types';

export const fr: TemplatePack = {
  whatWouldYouDo: { title: 'Que feriez-vous à ma place ?', body: "Je comprends. J'espère obtenir {outcomeWanted}. Que feriez-vous à ma place ?" },
  summary: { title: 'Résumé du dossier', body: "Commande {orderNumber} : j'ai acheté {item} le {purchaseDate} pour {amount}. {whatHappened} Je souhaiterais {outcomeWanted}." },
  citeTerms: { title: 'Citer la garantie ou les conditions', body: "J'ai lu la garantie et les conditions de vente de {item}. Si je les comprends bien, j'ai droit à {outcomeWanted}. Pourriez-vous vérifier, s'il vous plaît ?" },
  policyWhere: { title: 'Demander où la règle est écrite', body: "Pourriez-vous m'indiquer où cette règle est écrite ? Un lien ou l'article des conditions m'aiderait." },
  supervisor: { title: 'Demander un responsable', body: "Je comprends que cela ne dépend peut-être pas de vous. Pourrais-je parler à un responsable, s'il vous plaît ?" },
  timeline: { title: 'Délai, rappel et numéro de dossier', body: "Quand puis-je attendre une réponse, et quand reviendrez-vous vers moi ? Pourriez-vous me donner un numéro de dossier, s'il vous plaît ?" },
  dispute: { title: 'Évoquer la contestation du paiement', body: "Je préférerais régler cela avec vous. Sinon, je contesterai le paiement de {amount} auprès de ma banque." },
  executive: { title: 'Demander le service réclamations', body: "Pourriez-vous m'indiquer comment joindre votre service réclamations ou la direction, s'il vous plaît ?" },
  notYourFault: { title: "Ce n'est pas votre faute", body: "Je sais que ce n'est pas votre faute, et j'apprécie vraiment votre aide." },
  thanks: { title: 'Merci', body: 'Merci beaucoup pour votre aide, {agentName}. Bonne journée !' },
};
