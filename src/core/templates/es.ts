import type { TemplatePack } from './types';

/** Spanish built-ins, in the polite usted form. */
export const es: TemplatePack = {
  whatWouldYouDo: { title: '¿Qué haría usted en mi lugar?', body: 'Entiendo. Lo que busco es {outcomeWanted}. ¿Qué haría usted en mi situación?' },
  whatWouldYouDoPlain: { title: '¿Qué haría usted? (breve)', body: 'Entiendo. ¿Qué haría usted en mi situación?' },
  whatWouldYouDoInMyPlace: { title: 'Si estuviera en mi lugar…', body: 'Si usted estuviera en mi lugar, ¿qué intentaría ahora?' },
  summary: { title: 'Resumen breve del caso', body: 'Pedido {orderNumber} del {purchaseDate}: {item}, por {amount}. {whatHappened} Lo que solicito: {outcomeWanted}.' },
  citeTerms: { title: 'Citar la garantía o las condiciones', body: 'He leído la garantía y las condiciones de {item}. Según entiendo, me corresponde {outcomeWanted}. ¿Podría comprobarlo, por favor?' },
  policyWhere: { title: 'Preguntar dónde figura la política', body: '¿Podría indicarme dónde figura esa política? Un enlace o el apartado de las condiciones me ayudaría a entenderlo.' },
  supervisor: { title: 'Pedir hablar con un supervisor', body: 'Entiendo que quizá no dependa de usted. ¿Podría hablar con un supervisor o responsable, por favor?' },
  timeline: { title: 'Plazo, contacto y número de caso', body: '¿Para cuándo puedo esperar una solución y cuándo se pondrán en contacto conmigo? ¿Me podría dar también un número de caso?' },
  dispute: { title: 'Mencionar con calma la disputa del cargo', body: 'Prefiero resolverlo con ustedes. Si no lo conseguimos, reclamaré el cargo de {amount} ante el emisor de mi tarjeta.' },
  executive: { title: 'Atención al cliente de nivel superior', body: '¿Podría indicarme cómo contactar con su departamento de reclamaciones o con la dirección de atención al cliente?' },
  publicChannel: { title: 'Preguntar por otro canal oficial', body: '¿Hay otro canal oficial para plantear esto, como una reclamación por escrito o su equipo de redes sociales?' },
  notYourFault: { title: 'No es culpa suya', body: 'Sé que esto no es culpa suya y le agradezco mucho su ayuda.' },
  thanks: { title: 'Gracias', body: 'Muchas gracias por su ayuda, {agentName}. ¡Que tenga un buen día!' },
  thanksResolved: { title: 'Gracias (resuelto)', body: 'Muchas gracias, con esto queda resuelto. Le agradezco su tiempo y su ayuda.' },
};
