import type { LanguagePack } from '../../pack';
import { ABUSE_SK } from './abuse';
import { CONDUCT_SK } from './conduct';

/** Slovak rule pack. */
export const pack: LanguagePack = {
  lang: 'sk',
  rules: [...ABUSE_SK, ...CONDUCT_SK],
  negation: [
    'nie', 'nikdy', 'netvrdím', 'nehovorím', 'nepoviem', 'nechcem povedať', 'nemyslím si', 'nemyslím',
    'nenazývam', 'nenadávam', 'nie ste', 'nie si', 'vôbec nie',
  ],
  clauseJoins: ['že', 'ze'],
  allow: [
    'reklamáci*', 'reklamova*', 'reklamuj*', 'reklamujem', 'záruk*', 'záručn*', 'chargeback*',
    'vrátenie platby', 'spor ~2 platb*', 'slovensk* obchodn* inšpekci*', 'soi', 'inšpekci*',
    'spotrebiteľsk*', 'ochran* spotrebiteľ*', 'arbitráž*', 'vedúc*', 'nadriaden*', 'manažér*', 'vedeni*',
    'sťažnos*', 'recenzi*', 'hodnoteni*', 'zruš*', 'odstúpi* od zmluvy', 'odstupujem', 'výpoveď*',
    'právnik*', 'advokát*', 'súdn*', 'súd', 'súde', 'súdom', 'právn* krok*', 'frustrovan*', 'sklaman*',
    'mrzí ma', 'nahnevan*', 'hnevá ma',
  ],
  nameCues: ['v', 'vo', 'do', 'z', 'zo', 'pri', 'pán', 'pána', 'pani', 'volám sa', 'volá sa', 'meno je', 'priezvisko', 'obec', 'obce'],
  safeWords: [
    'neserióz*', 'naservír*', 'pracovn* neschopnos*', 'práceneschopnos*', 'dementova*', 'dementuj*', 'dementoval*',
  ],
  labelCues: ['ukazuje', 'zobrazuje', 'píše', 'hlási', 'hláška', 'nápis', 'stav', 'správa', 'tlačidlo', 'štítok'],
  acronyms: ['SOI', 'DPH', 'IBAN', 'PDF', 'SMS', 'DPD', 'GLS', 'UPS', 'SPS', 'PPL', 'EU', 'USB', 'WIFI', 'ČOI'],
  spellings: {
    á: ['a'], ä: ['a'], č: ['c'], ď: ['d'], é: ['e'], í: ['i'], ĺ: ['l'], ľ: ['l'], ň: ['n'], ó: ['o'], ô: ['o'], ŕ: ['r'],
    š: ['s'], ť: ['t'], ú: ['u'], ý: ['y'], ž: ['z'],
  },
  stopwords: [
    'a', 'je', 'sa', 'na', 'som', 'to', 'že', 'mi', 'sú', 'ste', 'ako', 'pre', 'ale', 'už', 'by', 'čo',
    'prosím', 'ďakujem', 'dobrý', 'deň', 'mám', 'bol', 'bola', 'ešte', 'kedy', 'prečo', 'môžete', 'vám',
    'vás', 'môj', 'moja', 'moju', 'nie', 'aj', 'tak', 'tento', 'táto', 'do', 'po', 'kde', 'stále',
    'co', 'ci', 'uz', 'ze', 'si', 'ty', 'vy', 'moje', 'môjho', 'mne', 'ma', 'úplne', 'nič', 'niečo', 'zase', 'dnes', 'peniaze', 'balík', 'objednávku', 'objednávka', 'fakt', 'tu', 'ten', 'tá', 'za', 'sme', 'nemám', 'máte', 'ďalej', 'vôbec', 'normálny',
  ],
  letters: 'ľĺŕäôčšťžýňď',
};
