import type { PhraseRule } from '../../pack';
import { PASS_LT } from './common';

/** Lithuanian blame, sarcasm, threats, ultimatums and dismissiveness. */
export const CONDUCT_LT: PhraseRule[] = [
  {
    id: 'blame',
    category: 'blame',
    severity: 'consider',
    phrases: [
      'jūs visada ~3 (sugadinat|sugadinate|viską|meluojat|meluojate|vėluojat|vėluojate|pamirštat|pamirštate)',
      'jūs niekada ~2 nieko', 'jūs ~2 nieko nesugeb*', 'jūs žmonės', 'jūs visi ten', 'jūs ten visi',
      'pas jus ~1 (visada|nuolat|amžinai|kaskart) ~2 (kažkas|kažkokia|kažkokios|netvarka|chaosas|neveikia)',
      'pas jus ~1 (visada|nuolat|amžinai|kaskart) ~2 problem*', 'pas jus ~1 (visada|nuolat|amžinai|kaskart) ~2 bėd*',
      'pas jus ~1 (visada|nuolat|amžinai) tas pats', 'kaip visada pas jus', 'tipiška jums', 'tipiški jūs',
      'tipiška jūsų įmonei', 'jūsų įmonė ~2 niekada ~1 nieko', 'jūs ~1 (nuolat|visada) meluoj*',
      'meluojat*', 'meluojate', 'jūs ~1 meluoj*', 'melavot*',
      'nustokit meluoti', 'nustokite meluoti', 'baikit meluoti',
    ],
    rewrite: {
      message:
        'Man tai nutinka jau ne pirmą kartą, ir tai mane labai vargina. Gal galite padėti, kad šįkart pavyktų?',
    },
    examples: {
      flag: [
        'Jūs visada viską supainiojate.',
        'Pas jus nuolat kažkas neveikia.',
        'Jūs, žmonės, visai nesistengiate.',
        'Tipiška jums: pažadėti ir nieko nedaryti.',
        'Jūs niekada nieko nepadarote laiku.',
      ],
      pass: [
        ...PASS_LT,
        'Ar pas jus visada sąskaita siunčiama el. paštu?',
        'Jūs visada taip greitai atsakote, ačiū.',
      ],
    },
  },
  {
    id: 'sarcasm',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      'ačiū už nieką', 'dėkui už nieką', 'labai ačiū už nieką', 'nu puiku', 'nu tiesiog puiku',
      'na tiesiog puiku', 'puikiai padirbėta nėra ką', 'bravo tikrai', 'sveikinu tikrai', 'padėjot kaip visada',
      'padėjote kaip visada', 'o taip žinoma', 'jo jo žinoma', 'nu žinoma ką jau', 'ačiū kad nieko',
    ],
    rewrite: {
      message: 'Esu nusivylęs, nes mano problema vis dar neišspręsta. Ką galime daryti toliau?',
    },
    examples: {
      flag: [
        'Ačiū už nieką, tikrai.',
        'Nu puiku, siuntinys vėl dingo.',
        'Bravo, tikrai, trečią kartą ne tas adresas.',
        'Labai padėjote, kaip visada.',
      ],
      pass: [...PASS_LT, 'Puiku, ačiū už greitą pagalbą!', 'Labai padėjote, ačiū.'],
    },
  },
  {
    id: 'harm',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'žinau kur ~2 gyven*', 'žinau kur ~2 dirb*', 'žinau kur ~1 jūsų (biuras|ofisas|sandėlis|parduotuvė)',
      'paviešinsiu ~4 adres*', 'paviešinsiu ~4 vard*', 'paviešinsiu ~4 pavard*', 'paviešinsiu ~4 telefon*',
      'paviešinsiu ~4 nuotrauk*', 'surasiu jus', 'jus surasiu', 'aš jus surasiu', 'susidorosiu', 'užmušiu',
      'nudėsiu', 'sumušiu',
    ],
    rewrite: {
      message: 'Esu labai piktas dėl šios situacijos. Prašau aiškiai pasakyti, iki kada problema bus išspręsta.',
    },
    examples: {
      flag: [
        'Žinau, kur jūs gyvenate, ir kreipsiuosi į advokatą.',
        'Aš jus surasiu, patikėkit.',
        'Paviešinsiu jūsų telefono numerį.',
      ],
      pass: [
        ...PASS_LT,
        'Žinau, kur siuntinys: pas kaimyną.',
        'Rytoj užeisiu į parduotuvę atsiimti prekės.',
      ],
    },
  },
  {
    id: 'threat',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'pasigailėsit*', 'pasigailėsi', 'gailėsitės', 'gailėsitės', 'gailėsiesi', 'dar pamatysit*',
      'kitaip pamatysit*', 'nes pamatysit*',
      'gausit per', 'gausite per', 'saugokitės',
      'paversiu ~3 pragaru', 'gyvenimą pragaru',
        '(pamatysit|pamatysite|pamatysi) ~1 (kas bus|kas nutiks|kas tada bus|kas tada)',
      ],
    rewrite: {
      message:
        'Prašau nurodyti konkretų terminą, iki kada problema bus išspręsta. Kitaip kreipsiuosi į Valstybinę vartotojų teisių apsaugos tarnybą.',
    },
    examples: {
      flag: [
        'Jūs dar to pasigailėsite.',
        'Jūs to gailėsitės.',
        'Grąžinkit pinigus, kitaip pamatysit.',
        'Dar pamatysite, kas bus.',
        'Saugokitės, jei siuntinio nebus.',
        'Negrąžinsit pinigų – pamatysit, kas bus.',
      ],
      pass: [
        ...PASS_LT,
        'Žinau, kur problema: adresas neteisingas.',
        'Kitaip būsiu priverstas kreiptis į VVTAT.',
        'Atšauksiu užsakymą ir parašysiu atsiliepimą.',
      ],
    },
  },
  {
    id: 'demand',
    category: 'demand',
    severity: 'consider',
    phrases: [
      '(tuojau|tuoj|nedelsiant) ~4 kitaip (pamatysit|pamatysite|gailėsitės|pasigailėsit|pasigailėsite|jums|bus)',
      'dabar pat ~4 kitaip (pamatysit|pamatysite|gailėsitės|pasigailėsit|pasigailėsite|jums|bus)',
      'padarykit ~2 savo darbą', 'darykit ~2 savo darbą', 'dirbkit ~2 savo darbą', 'ir tai tuoj pat',
      'ir tai nedelsiant', 'greičiau judinkitės', 'judinkitės',
    ],
    rewrite: {
      message: 'Prašau grąžinti pinigus. Iki kada galite tai patvirtinti?',
    },
    examples: {
      flag: [
        'Atsiųskite pakaitalą tuoj pat, kitaip pamatysite.',
        'Pagaliau darykit savo darbą.',
        'Noriu pinigų atgal, ir tai tuoj pat.',
      ],
      pass: [
        ...PASS_LT,
        'Detalių reikia iki penktadienio, kitaip sustos statybos.',
        'Prašau nedelsiant sujungti su vadovu, kitaip sukamės ratu.',
        'Ar galite nedelsiant atšaukti užsakymą?',
      ],
    },
  },
  {
    id: 'dismissive',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      'užsičiaup*', 'užsikišk*', 'man nusispjaut*', 'man nusišvilpt*', 'man dzin', 'man px', 'man pofig',
      'ar ~1 išvis skaito*', 'ar ~1 mokat skaityti', 'ar ~1 mokate skaityti', 'nemokat skaityti',
      'neturit* jokio supratimo', 'neturite jokio supratimo', 'nieko neišmanot*', 'nieko neišmanote',
      'nenoriu girdėti jūsų', 'taupykit savo pasiaiškinimus', 'baikit* ~1 (pasakas|pezėti|malti)',
    ],
    rewrite: {
      message: 'Man atrodo, kad mano prašymas dar nebuvo suprastas. Ar galiu trumpai jį apibendrinti?',
    },
    examples: {
      flag: [
        'Užsičiaupkit pagaliau.',
        'Man nusispjaut, ką rašo jūsų taisyklės.',
        'Ar jūs išvis skaitote mano žinutes?',
        'Baikit pasakas sekti.',
        'Jūs neturite jokio supratimo, ar ne?',
      ],
      pass: [...PASS_LT, 'Spalva man nesvarbi, svarbiausia greitai.', 'Neturiu jokio supratimo, kur dingo sąskaita.'],
    },
  },
];
