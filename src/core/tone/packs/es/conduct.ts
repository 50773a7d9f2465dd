import type { PhraseRule } from '../../pack';
import { PASS_ES } from './common';

/** Spanish blame, sarcasm, threats, ultimatums and dismissive phrases (tú, vosotros and usted forms). */
export const CONDUCT_ES: PhraseRule[] = [
  {
    id: 'culpa',
    category: 'blame',
    severity: 'consider',
    phrases: [
      '(vosotros|ustedes) siempre ~2 (igual|lo mismo|mal|tarde)', '(vosotros|ustedes) nunca (hacéis|hacen|arregláis|arreglan|solucionáis|solucionan|contestáis|contestan|respondéis|responden|cumplís|cumplen|entregáis|entregan)', 'siempre (igual|lo mismo) con (vosotros|ustedes|esta empresa|vuestra empresa|su empresa)',
      'con (vosotros|ustedes) (siempre|nunca) ~2 (igual|lo mismo|pasa|hay)',
      'nunca (hacéis|hacen|haces|hace usted) nada bien', '(no|nunca) (dais|dan) (una|ni una) a derechas',
      '(es|todo es|todo ha sido) (vuestra|su|tu) culpa', '(por|ha sido por) (vuestra|su|tu) culpa',
      '(sois|son|eres|es usted) ~2 (ladrones|ladrón|ladrona|ladronas|mentiroso|mentirosa|mentirosos|mentirosas|estafador|estafadora|estafadores|estafadoras|chorizos|timadores|sinvergüenza|sinvergüenzas)',
      'me (habéis|han|has|ha) (mentido|engañado|estafado|robado|timado)', '(mentís|mienten|mientes|miente usted) (siempre|más que hablan|descaradamente|como bellacos)',
      'típico de (vosotros|ustedes|esta empresa|vuestra empresa)', '(os|les) da (igual|lo mismo) (el cliente|los clientes|todo)',
      'no (os|les) importa(|n) (nada|el cliente|los clientes|un pimiento|un bledo)', 'debería(|n) dar(os|les) vergüenza',
      '(vaya|menuda|qué) (empresa|tienda|compañía) de (ladrones|estafadores|sinvergüenzas|mentirosos)',
      'no (sabéis|saben) hacer (nada|vuestro trabajo|su trabajo)',
    ],
    rewrite: {
      message: 'Ya me ha pasado varias veces y me frustra. ¿Me pueden ayudar a que esta vez salga bien?',
    },
    examples: {
      flag: [
        'Ustedes nunca entregan nada a tiempo.',
        'Con vosotros siempre pasa algo con los envíos.',
        'Por vuestra culpa he perdido el vuelo.',
        'Me han engañado con el precio del envío.',
        'No les importa nada el cliente.',
        'Son unos estafadores de manual.',
      ],
      pass: [
        ...PASS_ES,
        'Vosotros siempre respondéis rápido, gracias.',
        'Tu compañero me dijo que saldría el lunes.',
        '¿Ustedes siempre envían factura por correo?',
      ],
    },
  },
  {
    id: 'sarcasmo',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      '(gracias|muchas gracias|mil gracias) por nada', 'gracias por no (ayudar|ayudarme|hacer nada|responder)',
      '(genial|estupendo|perfecto|fantástico|maravilloso|fenomenal|bravo|enhorabuena) ~1 (otro|otra) (vez|retraso|error|mensaje|respuesta|excusa|más|")',
      '(genial|estupendo|perfecto|fantástico|fenomenal) ~1 (otra vez|de nuevo)',
      '(genial|estupendo|perfecto|fantástico|maravilloso|fenomenal|bravo) ~1 (otro|otra) ("|«|“)*', '(qué|vaya|menuda) sorpresa', 'qué casualidad',
      'me encanta esperar', 'me encanta que me (ignoren|ignoréis|cuelguen|colguéis|mientan|mintáis|tengan|tengáis)',
      '"servicio"', '“servicio”', '«servicio»', '"ayuda"', '“ayuda”', '«ayuda»', '"atención"', '«atención»', '“atención”',
      '"soporte"', '«soporte»', '“soporte”', '"solución"', '«solución»', '“solución”',
      'muy (útil|amable) ~1 (no|como siempre)', 'todo un (lujo|placer) como siempre', 'sí claro y yo soy', 'ya claro seguro',
      '(qué|vaya|menuda) (maravilla|eficiencia|rapidez|profesionalidad) (de|como siempre)', 'aplausos', 'chapó de verdad',
    ],
    rewrite: { message: 'Estoy decepcionado porque mi problema sigue sin resolverse. ¿Qué podemos hacer ahora?' },
    examples: {
      flag: [
        'Mil gracias por nada, de verdad.',
        'Estupendo, otra excusa más.',
        'Fantástico, otro «estamos en ello».',
        'Vaya sorpresa, el paquete vuelve a llegar tarde.',
        'Me encanta que me cuelguen a mitad de la llamada.',
        'Vuestra «ayuda» consiste en mandarme un enlace.',
        'Qué eficiencia de empresa, tres meses para un reembolso.',
      ],
      pass: [...PASS_ES, 'Genial, gracias, ya me funciona.', 'Muchas gracias por la ayuda de ayer.', 'Qué rapidez, muchas gracias.'],
    },
  },
  {
    id: 'dano',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'sé dónde ~3 (vives|vivís|viven|vive|trabajas|trabajáis|trabajan|oficina|oficinas|tienda|almacén|sede|casa)',
      '(te|os|le|les) voy a (matar|partir|romper|reventar|buscar|encontrar|hundir la vida)', '(partir|romper) la cara',
      '(publicar|difundir|subir|colgar) ~2 (nombre|dirección|dni|cara|datos|teléfono) ~5 (internet|redes|red)',
      '(voy a|iré a) ~2 (vuestra|su|tu) (oficina|tienda|sede|casa) ~2 (a ver|y ya|a partir)',
      '(os|te|le|les) (vais|vas|va|van) a enterar de quién soy',
    ],
    rewrite: {
      message: 'Estoy muy enfadado con esta situación. Por favor, díganme por escrito en qué fecha quedará resuelto.',
    },
    examples: {
      flag: [
        'Sé dónde vive tu jefe, que lo sepas.',
        'Te voy a partir la cara.',
        'Voy a publicar tu nombre y tu dirección en internet.',
      ],
      pass: [...PASS_ES, 'Sé dónde está el problema: el código postal es incorrecto.', 'Iré a la tienda mañana a recoger el pedido.'],
    },
  },
  {
    id: 'amenaza',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      '(os vais|te vas|se va|se van|vais|van|va) a arrepentir', '(os|te|se) (arrepentiréis|arrepentirás|arrepentirá|arrepentirán)',
      '(os vais|te vas|se va|se van) a enterar', '(y|o|pues) ya (veréis|verán|verás)', 'ya (veréis|verán|verás) (lo que|cómo|quién)',
      '(atente|ateneos|aténgase|aténganse|atenerse|atengan) a las consecuencias', 'cuidado con lo que (hacéis|haces|hacen|hace)',
      'esto no (va a quedar|quedará) así', 'no sabéis con quién (os|estáis)', 'no saben con quién (se|están)',
      'o (si no|sino) (veréis|verán|verás)', 'o (si no|sino) ya (veréis|verán|verás)', 'me las (vais|van|vas) a pagar', '(lo|la) (vais|van|vas) a pagar (caro|muy caro)',
    ],
    rewrite: {
      message:
        '¿Me pueden dar una fecha concreta para la solución? Si no se resuelve, presentaré una reclamación ante consumo.',
    },
    examples: {
      flag: [
        'Se van a arrepentir de esto.',
        'Devolvedme el dinero o ya veréis.',
        'Esto no va a quedar así, os lo aseguro.',
        'Me las vais a pagar todas.',
        'Aténganse a las consecuencias.',
      ],
      pass: [
        ...PASS_ES,
        'No me arrepiento de la compra, pero la talla no es la mía.',
        'Si no llega el lunes, tomaré acciones legales.',
        'Ya veréis que el error es del sistema, no mío.',
      ],
    },
  },
  {
    id: 'ultimatum',
    category: 'demand',
    severity: 'consider',
    phrases: [
      '(exijo|exigimos) ~5 (ya|inmediatamente|ahora mismo|de inmediato|enseguida|ya mismo|hoy mismo|ahora)', 'de una (vez|puta vez|maldita vez)', '(tenéis|tienes|tienen|tiene) ~1 (minutos|minuto|horas|hora) para',
      '(no lo|no te lo|no os lo|no se lo) (vuelvo a|voy a) (repetir|decir|pedir)', '(haz|haced|hagan|haga) (tu|vuestro|su) (trabajo|puto trabajo)',
      '(ya|ahora mismo|inmediatamente|ahora) ~3 o (si no|sino|me|os|ya)', 'o me devolvéis', 'o me devuelven',
      '(quiero|dadme|dame|devolvedme|devuélvanme|devuélveme|devuélvame) (mi|el) dinero (ya|ahora mismo|inmediatamente|de inmediato)',
      '(no quiero|déjate de|dejaos de|déjense de|basta de) (excusas|más excusas|rollos|cuentos)', 'espabilad', 'espabilen', 'moveos',
    ],
    rewrite: { message: '¿Podrían tramitar el reembolso y confirmarme por escrito en qué fecha lo recibiré?' },
    examples: {
      flag: [
        'Exijo una llamada hoy mismo.',
        'Contestad de una vez.',
        'Tienen 24 horas para solucionarlo.',
        'Haga su trabajo, que para eso le pagan.',
        'Devuélvanme el dinero ya.',
        'Basta de excusas.',
      ],
      pass: [
        ...PASS_ES,
        'Por favor, tramitad la devolución antes del viernes.',
        'Exijo la reparación gratuita conforme a la garantía.',
        'Exijo una factura con los datos corregidos.',
        '¿Podéis mandarme ya la etiqueta de devolución?',
      ],
    },
  },
  {
    id: 'desprecio',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      '(esto|eso|es|todo esto) (es|ha sido|me parece) (ridículo|absurdo|patético|lamentable|una vergüenza|una broma|un chiste|una tomadura de pelo|una estafa|un timo|una farsa|un cachondeo|un circo|surrealista)',
      'qué vergüenza', 'vaya vergüenza', 'menuda vergüenza', 'es de vergüenza', '(sois|son|es|eres) una vergüenza',
      'vergüenza de (empresa|tienda|servicio|compañía|atención)', 'no (tenéis|tienen|tienes|tiene) vergüenza', 'sinvergüenzas',
      '(me tenéis|me tienen|me tienes|estoy) hasta (las narices|el gorro|la coronilla)',
      '(qué|vaya) servicio (tan|más) (malo|penoso|lamentable|pésimo|nefasto)', 'qué (pena|asco) de (empresa|servicio|atención|tienda)',
      'patétic(o|a|os|as)', 'lamentable', 'penoso', 'tomadura de pelo', 'me (estáis|están|está|estás) tomando el pelo',
      '(deja|dejad|dejen|deje) de (hacerme perder el tiempo|marearme|vacilarme|torearme)', '(me|nos) (hacéis|hacen|haces|hace|estáis haciendo|están haciendo) perder el tiempo',
      'pérdida de tiempo', 'no me (vengas|vengáis|venga|vengan) con', '(ahórrate|ahorraos|ahórrese|ahórrense) ~2 (excusas|rollo|discurso|guion|sermón)',
      'servicio (penoso|pésimo|lamentable|de pena|vergonzoso|nefasto|asqueroso)', 'atención (penosa|pésima|lamentable|nefasta|de pena)',
      '(bot|chat|empresa) (penoso|penosa|de pena)', 'me (da|importa) (igual|un pimiento|un bledo) lo que (digas|digáis|diga|digan)',
      '(sabes|sabéis|sabe usted|saben ustedes|sabe|saben) leer', '(aprende|aprended|aprenda|aprendan) a leer', '(lee|leed|lea|lean) bien lo que (escribo|he escrito|pongo)',
      '(cállate|callaos|cállese|cállense)', 'no tenéis ni idea', 'no tienen ni idea', 'no tienes ni idea', 'ni puta idea',
        'me (toques|toquéis|toquen|toque|estáis tocando|estás tocando|están tocando|tocáis|tocan|tocas) (los huevos|las narices|los cojones|las pelotas)', 'me (estáis|están|está|estás) (vacilando|toreando|chuleando|troleando|cachondeando)', '(os|se) (estáis|están) (riendo|burlando|cachondeando) de mí', '(qué|vaya|menudo|menuda) (servicio|atención|empresa|tienda|chat|soporte|bot) (más|tan) (penoso|penosa|pésimo|pésima|lamentable|nefasto|nefasta|malo|mala|cutre|vergonzoso|vergonzosa|patético|patética)',
      ],
    rewrite: {
      message: 'Creo que mi consulta no se ha entendido del todo. ¿Puedo resumirla brevemente?',
    },
    examples: {
      flag: [
        'Todo esto es una farsa.',
        'Qué asco de atención.',
        'Me tienen hasta la coronilla con tanto formulario.',
        'Me están tomando el pelo con tanto formulario.',
        'Ahórrense las excusas.',
        '¿Saben ustedes leer lo que pongo?',
        'Cállate y pásame con otra persona.',
        'No tenéis ni idea de vuestros propios productos.',
        'No me toques las narices y dame una solución.', '¿Me estáis vacilando o qué?',
      ],
      pass: [
        ...PASS_ES,
        'Es una pena que se haya roto, me gustaba mucho.',
        'No tengo tiempo el lunes, ¿puede ser el martes?',
        'Leí bien las instrucciones pero no encuentro el botón.',
      ],
    },
  },
];
