import type { PhraseRule } from '../../pack';
import { PASS_SK } from './common';

/** Slovak insults and profanity. Stems (`*`) cover the seven cases and plurals. */
export const ABUSE_SK: PhraseRule[] = [
  {
    id: 'insult',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'debil*', 'kretén*', 'kreten*', 'imbecil*', 'blbec', 'blbca', 'blbci', 'blbcov', 'blbcom',
      'blbcami', 'blbcovi', 'hlupák*', 'hlupáci*', 'somár*', 'ty vôl', 'vy voli', 'volovia', 'kokot*',
      'chuj*', 'pičus*', 'zmrd*', 'hajzel', 'hajzli', 'hajzlov', 'hajzlom', 'hajzlami', 'sviňa', 'svine',
      'sviní', 'hovädo', 'hovädá', 'hoviad', 'hovädom', 'hovädami', 'zlodej', 'zlodeji', 'zlodejov',
      'zlodejom', 'zlodejmi', 'zlodejina', 'podvodník*', 'podvodníc*',
      'šmejd*', 'neschopák*', 'nemehl*', 'dement*', 'tupec*', 'tupci*',
      '(ste|si) ~2 (sprostý|sprostá|sprostí|tupý|tupá|tupí|blbý|blbá|blbí|hlúpy|hlúpa|hlúpi)',
      'hanba vám', 'choďte do riti', 'choď do riti', 'choďte do pekla', 'choď do pekla',
      'klamár*', 'šašo', 'šašk*', 'ste normálni', 'ste normálny', 'ste normálna', 'si normálny',
      'do pekla s vami', 'idite do pekla', 'choďte k čertu',
      'na hlavu padnut*', 'gauner*', 'hnusn* podvod*', 'trápni ľudia', 'trápny servis', 'trápna firma',
        '(ste|si) ~2 (hluchí|hluchý|hluchá|slepí|slepý|slepá|klauni|klaun|šaškovia|lenivci|lenivec|lemry|lemra|flákači|nemehlá|idioti|debili|kreténi)', 'banda ~1 (lenivcov|klaunov|šaškov|idiotov|debilov|kreténov|podvodníkov|zlodejov|neschopných|neschopákov|lemrov|flákačov|diletantov|klamárov|gaunerov)', '(čo|čože) (ste|si) ~1 (hluchí|hluchý|hluchá|slepí|slepý|slepá|normálni|normálny)',
      ],
    rewrite: {
      message:
        'Som naozaj frustrovaný, pretože problém stále nie je vyriešený. Môžeme spolu nájsť riešenie?',
    },
    examples: {
      flag: [
        'Ste úplný idiot, tomu nerozumiem.',
        'S takými idiotmi sa nedá rozprávať.',
        'Vy debili ste poslali zlú farbu.',
        'Vy ste fakt sprostí?',
        'Vy zlodeji chcete len moje peniaze.',
        'Ste klauni.', 'Čo ste hluchí? Píšem to už tretíkrát.', 'si uplne blby ci co?',
      ],
      pass: [
        ...PASS_SK,
        'Objednal som hovädzie mäso, prišlo kuracie.',
        'To je nemožné, balík som predsa poslal včera.',
        'Som práceneschopný a balík si nemôžem vyzdvihnúť.',
        'Kvôli pracovnej neschopnosti som nemohol prísť.',
        'Kúpil som kostým klauna pre syna, prišiel bez parochne.',
      ],
    },
  },
  {
    id: 'incompetent',
    category: 'insult',
    severity: 'consider',
    phrases: [
      'neschopn*', 'najneschopnejš*', 'nemožn* firm*', 'nemožn* obchod*', 'nemožn* prístup*',
      'nemožn* spoločnos*', 'amatéri', 'amatérov',
      'banda ~1 amatér*', 'nekompetentn*', 'neprofesionáln*', 'diletant*', 'babrák*',
      'somarin*', 'kravin*', 'blbos*', 'jeden veľký vtip', 'je to vtip', 'ste ~1 vtip', 'servis je ~2 vtip',
    ],
    rewrite: {
      message: 'Som sklamaný z toho, ako sa s mojou požiadavkou doteraz narábalo. Môžete mi, prosím, pomôcť ju vyriešiť?',
    },
    examples: {
      flag: [
        'Ste úplne neschopní.',
        'To je ale neschopný zákaznícky servis.',
        'Taká nemožná firma sa len tak nevidí.',
        'Banda amatérov, nič iné.',
      ],
      pass: [
        ...PASS_SK,
        'Nehovorím, že ste neschopný.',
        'Je to nemožné, balík som predsa poslal včera.',
      ],
    },
  },
  {
    id: 'profanity',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'kurv*', 'skurv*', 'do riti', 'doriti', 'do piče', 'do piči', 'dopiče', 'do prdele',
      'doprdele', 'piča', 'piči', 'pičovin*', 'kokotin*', 'hovno', 'hovná', 'hovien', 'zasran*', 'posran*',
      'sračk*', 'neser*', 'naser*', 'nasra*', 'jeb*', 'zjeb*', 'pojeb*', 'vyjeb*', 'dojeb*', 'fuck*', 'shit',
      'serem na', 'seriem na',
    ],
    rewrite: { message: 'Veľmi ma to hnevá. Prosím, pomôžte mi to vyriešiť.' },
    examples: {
      flag: [
        'Kurva, kde je môj balík?',
        'Tá zasraná tlačiareň zase nefunguje.',
        'Nasrali ste ma týmto prístupom.',
        'Čo je to za k*rva službu?',
        'Je to celé zjebané.',
        'Do riti s tým.',
      ],
      pass: [
        ...PASS_SK,
        'Do kelu, pomýlil som sa v adrese.',
        'To je dosť neseriózny prístup, čakám už mesiac.',
        'Kuriér mi naservíroval ďalšiu výhovorku.',
      ],
    },
  },
];
