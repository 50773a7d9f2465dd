import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_LT } from './abuse';
import { CONDUCT_LT } from './conduct';

/** Lithuanian rule pack. */
export const pack: LanguagePack = {
  ...signals,
  rules: [...ABUSE_LT, ...CONDUCT_LT],
  negation: [
    'ne', 'nėra', 'nesakau', 'nesakiau', 'nenoriu pasakyti', 'nemanau', 'niekada', 'nei', 'nevadinu',
    'nesate', 'nesi', 'visai ne',
  ],
  clauseJoins: ['kad'],
  allow: [
    'pretenzij*', 'garantij*', 'garantin*', 'ginčy*', 'užginčij*', 'užginčy*', 'chargeback*',
    'valstybin* vartotojų teisių apsaugos tarnyb*', 'vvtat', 'vartotojų teis*', 'vartotojų centr*',
    'vartotojų ginč*', 'vadov*', 'vyresn* specialist*', 'skund*', 'atsiliepim*', 'nutraukt*', 'nutrauk*',
    'atšauk*', 'teisinink*', 'advokat*', 'teism*', 'teisin*', 'nusivyl*', 'liūdina', 'erzina', 'pikt* dėl',
  ],
  nameCues: ['į', 'iš', 'ponas', 'ponia', 'pone', 'ponios', 'vardas', 'pavardė', 'kaimas', 'kaime'],
  safeWords: ['sukčiavim*'],
  labelCues: ['rodo', 'rašo', 'užrašas', 'pranešimas', 'būsena', 'mygtukas', 'etiketė'],
  acronyms: ['VVTAT', 'PVM', 'IBAN', 'PDF', 'SMS', 'DPD', 'LP', 'UAB', 'EU', 'ES', 'USB', 'WIFI', 'OMNIVA'],
};
