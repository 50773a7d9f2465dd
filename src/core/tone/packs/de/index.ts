import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_DE } from './abuse';
import { CONDUCT_DE } from './conduct';

/** German rule pack. */
export const pack: LanguagePack = {
  ...signals,
  rules: [...ABUSE_DE, ...CONDUCT_DE],
  negation: [
    'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'weder', 'gar nicht',
    'ich sage ja nicht', 'ich behaupte nicht', 'ich will nicht sagen',
  ],
  clauseJoins: ['dass', 'daß'],
  allow: [
    'gewährleistung*', 'garantie*', 'mängelrüge*', 'reklamation*', 'reklamier*', 'nachbesserung*',
    'rückbuchung*', 'zurückbuch*', 'chargeback*', 'käuferschutz*', 'kreditkartenbank*',
    'zahlung ~3 (anfechten|zurückfordern|widersprechen|zurückholen)', 'lastschrift ~3 (widerrufen|zurückgeben)',
    'verbraucherzentrale*', 'verbraucherschutz*', 'schlichtungsstelle*', 'schlichtung*',
    'bundesnetzagentur', 'ombudsstelle*', 'ombudsmann', 'vorgesetzt*', 'teamleit*', 'abteilungsleit*',
    'geschäftsleitung*', 'geschäftsführung*', 'vorstand*', 'beschwerde*', 'beschweren', 'bewertung*',
    'rezension*', 'kündig*', 'stornier*', 'widerruf*', 'anwalt*', 'anwält*', 'rechtsanwalt*',
    'rechtliche schritte', 'rechtlichen schritte', 'rechtliche schritt*', 'gerichtlich*', 'mahnverfahren*',
    'frustriert*', 'enttäuscht*', 'ärgerlich', 'ärgert mich', 'ich ärgere mich', 'stinksauer',
  ],
  nameCues: ['in', 'nach', 'aus', 'bei', 'familie', 'firma', 'herr', 'herrn', 'frau', 'namens', 'heiße', 'heisse', 'heißt', 'ort', 'gemeinde', 'richtung'],
  safeWords: [
    '(haben|habt|hätten|verkaufen|verkauft|führen|führt|liefern|liefert) (sie|ihr) ~2 (nieten|pfeifen|flaschen|spinner|dödel)',
    'idiotensicher', 'idiotensichere', 'idiotensicheren', 'idiotensicheres', 'fickert', 'fickel',
    'deppe', 'deppendorf', 'verdammt (gut|schnell|lecker|schön|toll|günstig)', 'spastik', 'spastisch', 'spastische', 'spastischen', 'fuckup',
  ],
  labelCues: ['zeigt', 'steht', 'meldet', 'anzeige', 'meldung', 'fehlermeldung', 'aufkleber', 'etikett', 'aufschrift', 'status', 'knopf', 'taste', 'schrift'],
  acronyms: ['GMBH', 'AGB', 'DHL', 'DPD', 'GLS', 'UPS', 'IBAN', 'BIC', 'PDF', 'SEPA', 'USt', 'MWST', 'EU', 'USB', 'WLAN'],
};
