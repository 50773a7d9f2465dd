import type { PhraseRule } from '../../pack';
import { PASS_ES } from './common';

/** Spanish insults and profanity (Spain and Latin America). Endings list gender and number. */
export const ABUSE_ES: PhraseRule[] = [
  {
    id: 'insulto',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiota(|s)', 'imbécil(|es)', 'imbecil(|es)', 'gilipoll*', 'subnormal(|es)', 'cretin(o|a|os|as)', 'cretín',
      'cabr(ón|ona|ones|onas)', 'capull(o|a|os|as)', 'pendej(o|a|os|as)', 'hijo de puta', 'hijos de puta', 'hdp',
      'malnacid(o|a|os|as)', 'mamon(|es)', 'mamón', 'zoquete(|s)', 'cenutri*', 'bocazas', 'mongol(o|a|os|as)',
      'retrasad(o|a|os|as) mental(|es)', 'tarad(o|a|os|as)', 'estúpid(o|a|os|as)', 'estupid(o|a|os|as)',
      'pringad(o|a|os|as)', 'mequetrefe(|s)', 'energúmen(o|a|os|as)', 'payas(o|a|os|as) (de|que|sin)',
      '(panda|banda|manada|pandilla|atajo) de (inútiles|payasos|incompetentes|ladrones|idiotas|estafadores|mentirosos|sinvergüenzas|ineptos)',
      '(eres|sois|es usted|son ustedes|son|estáis|está usted) ~4 (tonto|tonta|tontos|tontas|inútil|inútiles|inepto|inepta|ineptos|ineptas|torpe|torpes|ignorante|ignorantes|lerdo|lerda|lerdos|lerdas|burro|burra|burros|burras)',
      '(tonto|tonta|tontos|tontas|inútil|inútiles) (de remate|del culo|perdido|perdida|perdidos|perdidas)',
      '(pedazo|trozo) de (inútil|idiota|imbécil|animal|tonto|tonta)', 'me cago en (tu|vuestra|su|vuestro|la) (madre|empresa|puta)',
        'pero lo (pareces|parecéis|parece|parecen)', '(menudo|menuda|menudos|menudas|valiente|valientes) (payaso|payasos|payasa|payasas|idiota|idiotas|inútil|inútiles|chapuzas|sinvergüenzas|ladrones|estafadores|mentirosos|incompetentes|imbéciles|tarados|panda)', '(eres|sois|es usted|son ustedes|son|estáis|está usted|estás) ~3 (payaso|payasa|payasos|payasas|sordo|sorda|sordos|sordas|ciego|ciega|ciegos|ciegas|idiotas|imbéciles)', '(estafadores|mentirosos|ladrones|payasos|inútiles|incompetentes|idiotas|sinvergüenzas|chorizos|timadores) ~1 (eso es lo que|es lo que|que es lo que) (sois|son|eres|es)',
      ],
    rewrite: {
      message: 'Estoy muy frustrado porque el problema sigue sin resolverse. ¿Podemos buscar juntos una solución?',
    },
    examples: {
      flag: [
        'Solo un idiota cobraría dos veces el mismo envío.',
        'Con imbéciles así no se puede hablar.',
        'Ustedes son unos ineptos totales.',
        'Menuda banda de estafadores tenéis en el almacén.',
        'Es usted un completo inútil.',
        'Me atendió un gilipollas en la tienda.',
        'Sois unos payasos.', 'Mentirosos, eso es lo que sois.', '¿Eres tonto o qué te pasa?',
      ],
      pass: [
        ...PASS_ES,
        'Disculpa la pregunta tonta: ¿cuál es el horario?',
        'El manual es tan claro que hasta yo lo entendí.',
        'Mi hermano se llama Ramón y recogerá el paquete.',
        'Mi abuelo está sordo, por eso prefiero el chat.',
      ],
    },
  },
  {
    id: 'incompetencia',
    category: 'insult',
    severity: 'consider',
    phrases: [
      'incompetent(e|es)', 'incompetencia', 'inútiles', '(un|una|el|la) inútil', 'inept(o|a|os|as)', 'ineptitud',
      '(chat|bot|servicio|empresa|atención|técnico|técnica|agente|soporte|tienda|compañía) ~2 inútil',
      'chapuzas', 'chapucer(o|a|os|as)', 'de pacotilla', 'de chichinabo', 'de tres al cuarto',
    ],
    rewrite: {
      message: 'Estoy decepcionado con cómo se ha gestionado mi caso. ¿Me pueden ayudar a resolverlo?',
    },
    examples: {
      flag: [
        'Qué atención más incompetente.',
        'Vuestro técnico es un chapucero.',
        'El chat es totalmente inútil.',
        'Una tienda de pacotilla, eso es lo que sois.',
      ],
      pass: [...PASS_ES, 'No creo que sean incompetentes, pero algo ha fallado.', 'El cargador viejo ya no me sirve.'],
    },
  },
  {
    id: 'palabrota-fuerte',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'puta(|s)', 'puto(|s)', 'putada(|s)', 'putamente', 'coño(|s)', 'me cago en', 'chingad(a|o|as|os)', 'chingar', 'chinga',
      'verga', 'cojones', 'cojonudo', 'gilipollez', 'gilipolleces', 'mierda*', 'joder', 'jodid(o|a|os|as)', 'jódete', 'que te jodan',
      'que os jodan', 'que les jodan', 'vete a la mierda', 'idos a la mierda', 'váyase a la mierda', 'a tomar por culo',
      'hostia(|s)', 'ostia(|s)', 'hasta los huevos', 'de los huevos', 'carajo', 'cagada', 'me cago', 'pinche', 'culero(|s)', 'la madre que (os|te|les) parió',
    ],
    rewrite: { message: 'Esto me está molestando mucho. Por favor, ayúdenme a resolverlo.' },
    examples: {
      flag: [
        'Otra puta vez sin noticias del envío.',
        'Me cago en la garantía de las narices, no sirve de nada.',
        '¿Qué coño es este cargo?',
        'Estoy hasta los cojones de esperar.',
        'La aplicación es una mierda.',
        'Joder, ya van tres intentos.',
        'Es una m!erda de producto.',
        'Hostia, ¿otra vez caído?',
      ],
      pass: [
        ...PASS_ES,
        'El vehículo de reparto llegó a las diez.',
        'Tengo una disputa abierta con el banco por el cargo.',
        'Me imputaron un recargo que no entiendo.',
        'La computadora no arranca desde ayer.',
        'El portátil nuevo va de puta madre, gracias.',
      ],
    },
  },
];
