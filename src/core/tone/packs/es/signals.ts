import type { LanguageSignals } from '../../pack';

/**
 * What tells Spanish apart for the language detector (../../detect.ts): its script or
 * boundary, stopwords and distinctive letters, and how its letters are typed without diacritics.
 * The rule pack (index.ts) includes it; the sidebar's detector (../../language.ts) needs only this.
 */
export const signals: LanguageSignals = {
  lang: 'es',
  stopwords: [
    'de', 'el', 'la', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'unos', 'unas', 'por', 'para', 'con', 'es', 'mi', 'mis', 'su', 'lo',
    'se', 'pero', 'muy', 'gracias', 'hola', 'pedido', 'está', 'estoy', 'tengo', 'ya', 'os', 'vuestro', 'vuestra', 'usted', 'ustedes',
    'sois', 'eres', 'qué', 'cómo', 'dónde', 'cuál', 'porque', 'otra', 'vez', 'quiero', 'puedo', 'podéis', 'pueden', 'esto', 'eso',
    'nada', 'también', 'sí', 'hay', 'dinero', 'me', 'al', 'ha', 'he', 'han', 'sigue', 'pero', 'si', 'no', 'tenéis', 'vale', 'cuando',
    'desde', 'hasta', 'ahora', 'nunca', 'siempre', 'todo', 'esta', 'este', 'hoy', 'mañana', 'envío', 'factura', 'llegado', 'llegó',
    'favor', 'sin', 'ni', 'nos', 'te', 'tu', 'yo', 'son', 'fue', 'como', 'más', 'así', 'bien', 'solo', 'dos', 'tres', 'servicio', 'verdad',
      'atención', 'cliente', 'vale', 'perfecto', 'necesito', 'quería', 'puede', 'podría', 'buenas', 'buenos', 'días',
      'tardes', 'entrega', 'factura', 'todavía', 'aún', 'dirección', 'semana', 'semanas', 'reembolso', 'tarjeta', 'cuenta', 'paquete',
    'estáis', 'estás', 'están', 'estamos', 'menudo', 'menuda', 'menudos', 'vaya', 'sois', 'vosotros', 'os', 'qué', 'sí',
    'a', 'cuándo', 'dónde', 'vas', 'vais',
  ],
  letters: 'ñ¿¡ó',
};
