import type { PhraseRule } from '../../pack';
import { PASS_DE } from './common';

/** German insults and profanity. Stems (`*`) cover case endings, plurals and compounds. */
export const ABUSE_DE: PhraseRule[] = [
  {
    id: 'insult',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'vollidiot*', 'depp*', 'vollpfosten', 'trottel*', 'volltrottel*', 'schwachkopf',
      'schwachköpfe*', 'dummkopf', 'dummköpfe*', 'hohlkopf', 'hohlköpfe*', 'hirni*',
      'arschloch*', 'arschlöcher*', 'wichser*', 'penner*', 'blödmann', 'blödmänner*', 'spast', 'spasti',
      'spasten',
      'versager*', 'betrüger*', 'abzocker*', 'halsabschneider*', 'verbrecherbande', 'saftladen*',
      'drecksladen*', 'scheißladen*', 'scheissladen*', 'sauhaufen*', 'drecksfirma', 'dreckspack',
      'strunzdumm*', 'saudumm*', 'hirnlos*', 'hirnverbrannt*',
      '(sie|du|ihr) (sind|bist|seid) ~3 (dumm|doof|blöd|bescheuert|behindert|unterbelichtet)',
      '(sind|bist|seid) (sie|du|ihr) ~3 (dumm|doof|blöd|bescheuert|behindert|unterbelichtet)',
      '(dumme|blöde) (kuh|ziege|sau|gans)', 'verarsch*', 'die letzten (deppen|idioten|versager)',
      'lügner*', 'ihr clowns', '(sie|du) clown', 'clownsverein', 'kasperverein', 'witzfigur*', 'amateure',
      'amateurverein', '(ihr|sie) (seid|sind) ~2 das letzte',
      'wie (blöd|dumm|doof|bescheuert) kann man ~2 sein',
      '(sind|seid|bist) (sie|ihr|du) ~2 zu (blöd|dumm|doof)',
      'halunke*', 'gauner*', 'verblödet*', 'gesindel', 'pack von',
      '(habt|haben) (ihr|sie) ~2 nicht mehr alle', '(ihr|sie) (habt|haben) ~2 nicht mehr alle',
        '(sie|du|ihr) (sind|bist|seid) ~3 (dämlich|bekloppt|beknackt|behämmert|plemplem|verblödet|taub|hohl)', '(sind|bist|seid) (sie|du|ihr) ~3 (dämlich|bekloppt|beknackt|behämmert|plemplem|verblödet|taub|blind|hohl)', '(sie|ihr|du) (spinner|pappnasen|knalltüten|witzbolde|dilettanten|chaoten|schnarchnasen|trantüten|dödel|luschen|nieten|pfeifen|flaschen)', 'haufen (nieten|pfeifen|flaschen|idioten|versager|amateure|stümper|chaoten|lügner|betrüger|vollidioten|spinner|deppen|trottel)', 'was (seid|sind) (ihr|sie) ~1 für (spinner|idioten|deppen|amateure|clowns|pfeifen|nieten|versager|flaschen|witzfiguren|stümper|chaoten|trottel|vollpfosten)', '(sie|ihr|du|euer laden|ihr laden|ihre firma|eure firma) (sind|seid|bist|ist) ~3 zu nichts zu gebrauchen', 'ihr seid ~3 (unfähig|nutzlos)',
        '(chaoten|idioten|deppen|versager|amateur|betrüger|lügen|trottel)(haufen|truppe|verein|bande|laden)*',
      ],
    rewrite: {
      message:
        'Ich bin wirklich frustriert, weil das Problem immer noch nicht gelöst ist. Können wir gemeinsam eine Lösung finden?',
    },
    examples: {
      flag: [
        'Sie sind so ein Idiot, das glaube ich einfach nicht.',
        'Mit solchen Idioten kann man nicht reden.',
        'Ihr Deppen habt die falsche Farbe geschickt.',
        'Sind Sie eigentlich komplett bescheuert?',
        'Ihr Abzocker wollt nur mein Geld.',
        'Wollen Sie mich verarschen?',
        'Ihr Pfeifen kriegt echt gar nichts hin.', 'Was seid ihr für Spinner?', 'Seid ihr völlig bekloppt?', 'arschloecher, alle miteinander', 'Du bist so dumm.',
        'So ein Idiotenverein.',
      ],
      pass: [
        ...PASS_DE,
        'Die Bedienung ist idiotensicher, das gefällt mir.',
        'Ich habe das Barschfilet bestellt.',
        'Das ist dumm gelaufen, aber kein Problem.',
        'Ich bin seit Montag arbeitsunfähig und kann das Paket nicht abholen.',
        'Haben Sie Nieten in Edelstahl?', 'Ihr seid nicht unfähig, das System ist schuld.', 'Verkaufen Sie auch Flaschen mit Pfand?',
      ],
    },
  },
  {
    id: 'incompetent',
    category: 'insult',
    severity: 'consider',
    phrases: [
      'inkompetent*', 'unfähig*', 'ahnungslos*', 'unprofessionell*', 'stümper*', 'dilettant*', 'amateurhaft*',
      'bescheuert*', 'schwachsinn*', 'bullshit', 'lachnummer', '(ist|sind) ~2 ein witz', 'der reinste witz',
      'witz von (firma|service|kundenservice|laden)',
      'frechheit*', 'unverschämtheit*',
    ],
    rewrite: {
      message: 'Ich bin enttäuscht, wie mein Anliegen bisher behandelt wurde. Können Sie mir bitte helfen, es zu lösen?',
    },
    examples: {
      flag: [
        'Was für ein inkompetenter Kundendienst.',
        'Sie sind echt unfähig.',
        'Ihre Mitarbeiter sind völlig ahnungslos.',
        'So ein dilettantischer Laden.',
      ],
      pass: [
        ...PASS_DE,
        'Ich will Ihnen nicht unterstellen, dass Sie inkompetent sind.',
        'Die Anleitung ist für Laien kaum verständlich.',
      ],
    },
  },
  {
    id: 'profanity',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'scheiße*', 'scheisse*', 'scheiß*', 'scheiss*',
      'beschissen*', 'beschiss*', 'verdammt*', 'verfickt*', 'fick*', 'gefickt*', 'fuck*',
      'kack*', 'arsch', 'leck mich', 'verpiss*', 'verflucht nochmal',
      'zum teufel', 'shit',
    ],
    rewrite: { message: 'Das ärgert mich wirklich. Bitte helfen Sie mir, das zu klären.' },
    examples: {
      flag: [
        'Was für eine Scheiße ist das denn?',
        'Der scheiß Drucker geht schon wieder nicht.',
        'Verdammt, wo bleibt mein Paket?',
        'Das ist echt beschissen gelaufen mit Ihnen.',
        'Das ist doch Sch***e.',
        'Verpissen Sie sich.',
        'Was ist das für ein Kackladen?',
      ],
      pass: [
        ...PASS_DE,
        'Hier schreibt Frau Fickert wegen der Rechnung.',
        'Mist, ich habe mich bei der Adresse vertippt.',
        'Das Gerät scheint beschädigt zu sein.',
      ],
    },
  },
];
