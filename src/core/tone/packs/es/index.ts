import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_ES } from './abuse';
import { CONDUCT_ES } from './conduct';

/** Spanish rule pack (Spain and Latin America; tú, vosotros and usted forms). */
export const pack: LanguagePack = {
  ...signals,
  rules: [...ABUSE_ES, ...CONDUCT_ES],
  negation: [
    'no', 'nunca', 'jamás', 'ni', 'tampoco', 'no es que', 'no digo que', 'no estoy diciendo que', 'no quiero decir que',
    'no creo que',
  ],
  clauseJoins: ['que'],
  allow: [
    // Garantía, condiciones y derechos.
    'garantía*', 'garantia*', 'condiciones (generales|de venta|de compra)', 'términos y condiciones', 'derechos del consumidor',
    'derecho de desistimiento', 'conforme a la (ley|normativa)', 'según la (ley|normativa)',
    // Disputas con el banco o la tarjeta.
    'contracargo*', 'chargeback', 'retrocesión', 'banco emisor', '(mi|el) banco', 'emisor de (mi|la) tarjeta',
    '(disputa|reclamación) ~3 (tarjeta|banco|paypal)', 'paypal',
    // Consumo y reclamaciones formales.
    'consumo', 'oficina del consumidor', 'oficina municipal del consumidor', 'omic', 'hoja(|s) de reclamaciones', 'reclamación formal', 'queja formal',
    'ocu', 'profeco', 'facua', 'arbitraje',
    // Supervisores y dirección.
    'supervisor(|a|es|as)', 'responsable(|s)', 'encargad(o|a)', 'superior(|es)', 'jefe de (equipo|departamento)',
    // Reseñas y bajas.
    'reseña(|s)', 'valoración', 'trustpilot', 'cancelar*', 'cancelaré', 'darme de baja', 'daré de baja', 'la baja',
    // Vía legal.
    'abogad(o|a|os|as)', 'vía (legal|judicial)', 'acciones legales', 'medidas legales', 'juzgado(|s)', 'tribunal(|es)',
    'demanda judicial',
    // Frustración en primera persona.
    'frustrad(o|a)', 'me frustra', 'decepcionad(o|a)', 'me decepciona', 'estoy (molesto|molesta|enfadado|enfadada|harto|harta)',
  ],
  nameCues: ['a', 'en', 'desde', 'hacia', 'me llamo', 'se llama', 'sr', 'sra', 'don', 'doña', 'calle', 'pueblo de'],
  safeWords: [
    'vehículo*', 'vehiculo*', 'computadora*', 'disputa*', 'imputa*', 'reputación', 'diputad*', 'hostelería', 'jodidamente',
    // "De puta madre" praises ("great"); vulgar, but not hostile to anyone.
    'de puta madre',
  ],
  labelCues: ['dice', 'pone', 'muestra', 'aparece', 'mensaje', 'etiqueta', 'error', 'estado', 'botón', 'indica'],
  acronyms: [
    'DNI', 'NIF', 'NIE', 'CIF', 'IVA', 'SEUR', 'MRW', 'GLS', 'DHL', 'UPS', 'OCU', 'OMIC', 'FACUA', 'PROFECO', 'CORREOS', 'IBAN',
    'BIZUM', 'RENFE', 'IKEA', 'NVIDIA', 'CURP', 'RFC',
  ],
};
