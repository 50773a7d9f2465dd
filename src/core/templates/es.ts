import type { TemplatePack } from './types';

export const es: TemplatePack = {
  whatWouldYouDo: { title: '¿Qué haría usted en mi lugar?', body: 'Lo entiendo. Espero conseguir {outcomeWanted}. ¿Qué haría usted en mi lugar?' },
  summary: { title: 'Resumen breve del caso', body: 'Pedido {orderNumber}: compré {item} el {purchaseDate} por {amount}. {whatHappened} Me gustaría {outcomeWanted}.' },
  citeTerms: { title: 'Citar la garantía o las condiciones', body: 'He leído la garantía y las condiciones de {item}. Según entiendo, tengo derecho a {outcomeWanted}. ¿Podría comprobarlo, por favor?' },
  policyWhere: { title: 'Preguntar dónde está escrita la política', body: '¿Podría indicarme dónde está escrita esa política? Un enlace o el apartado de las condiciones me ayudaría.' },
  supervisor: { title: 'Pedir un supervisor', body: 'Entiendo que quizá no dependa de usted. ¿Podría hablar con un supervisor, por favor?' },
  timeline: { title: 'Plazo, llamada y número de caso', body: '¿Cuándo puedo esperar una respuesta y cuándo se pondrán en contacto conmigo? ¿Me podría dar un número de caso, por favor?' },
  dispute: { title: 'Mencionar la disputa del cargo', body: 'Preferiría resolverlo con ustedes. Si no es posible, disputaré el cargo de {amount} con el emisor de mi tarjeta.' },
  executive: { title: 'Pedir atención al cliente ejecutiva', body: '¿Podría decirme cómo contactar con el departamento de reclamaciones o con la dirección, por favor?' },
  notYourFault: { title: 'No es culpa suya', body: 'Sé que esto no es culpa suya y le agradezco mucho su ayuda.' },
  thanks: { title: 'Gracias', body: 'Muchas gracias por su ayuda, {agentName}. ¡Que tenga un buen día!' },
};
