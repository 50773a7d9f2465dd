import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_SK } from './abuse';
import { CONDUCT_SK } from './conduct';

/** Slovak rule pack. */
export const pack: LanguagePack = {
  ...signals,
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
};
