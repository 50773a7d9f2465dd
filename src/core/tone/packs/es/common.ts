/**
 * Spanish sentences that no rule of the pack may flag: firm-but-polite escalation, frustration
 * in the first person, codes, quotes, negation and Scunthorpe look-alikes. Shared by every
 * rule's `examples.pass`. (Written for the pack; the development set in tests/tone-eval is separate.)
 */
export const PASS_ES: string[] = [
  'El portátil falló a los cuatro meses y quiero hacer valer la garantía.',
  'Si no recibo el abono esta semana, iniciaré un contracargo con el banco emisor de la tarjeta.',
  '¿Podría hablar con su supervisora, por favor?',
  'Me frustra que la incidencia siga abierta después de un mes.',
  'Presentaré una queja ante la oficina municipal de consumo si no hay respuesta.',
  'Tengo el número de pedido PUT-7731, ¿podéis revisarlo?',
  'Su compañero escribió: "eres un idiota, lee las condiciones". Me pareció fuera de lugar.',
  'No estoy diciendo que sean unos inútiles, solo que necesito una solución.',
  'Daré de baja la suscripción y escribiré una reseña con mi experiencia.',
];
