import type { PhraseRule } from '../../pack';
import { PASS_DE } from './common';

/** German blame, sarcasm, threats, ultimatums and dismissiveness. */
export const CONDUCT_DE: PhraseRule[] = [
  {
    id: 'blame',
    category: 'blame',
    severity: 'consider',
    phrases: [
      'ihr leute', 'euch leuten', '(ihr|sie) (kriegt|bekommt|schafft|kriegen|bekommen|schaffen) ~3 (nichts|nix) hin',
      '(ihr|sie) (kriegt|bekommt|kriegen|bekommen) ~3 (nichts|nix) auf die reihe',
      'bei (ihnen|euch) (ist|läuft|geht) (immer|ständig|dauernd) ~2 (was|irgendwas|etwas|schief|falsch|chaos|kaputt)',
      'bei (ihnen|euch) (ist|läuft|geht) jedes mal ~2 (was|irgendwas|etwas|schief|falsch|chaos|kaputt)',
      'bei (ihnen|euch) ~1 (immer|ständig|dauernd) (dasselbe|derselbe|chaos|ärger)',
      'bei (ihnen|euch) ~1 (immer|ständig|dauernd) (das|der) gleiche',
      'typisch für (sie|euch)', 'typisch für (ihre|eure) (firma|laden)', 'typisch für (ihren|euren) laden',
      'ihr seid alle gleich', 'ihre firma (kann|bekommt) ~2 nie',
      '(ihr|sie) (macht|machen) (immer|ständig) alles falsch', 'ihr (lügt|lügen) (doch|immer|ständig)',
      '(sie|ihr) (lügen|lügt) (doch|ja|mich|eh|dreist|schon)', 'lügen sie mich', 'lügt ihr mich',
        '(schämen sie sich|schämt euch|schäm dich|schämen sollten sie sich|solltet euch schämen|sollten sich schämen)',
      ],
    rewrite: {
      message:
        'Mir ist das jetzt schon mehrmals passiert, und das frustriert mich. Können Sie mir helfen, dass es diesmal klappt?',
    },
    examples: {
      flag: [
        'Ihr Leute habt doch keine Ahnung.',
        'Bei Ihnen läuft immer irgendwas schief.',
        'Bei euch ist ständig Chaos.',
        'Typisch für euch, erst versprechen und dann nichts tun.',
        'Sie bekommen echt nichts auf die Reihe.',
        'Schämen Sie sich für diesen Service.',
      ],
      pass: [
        ...PASS_DE,
        'Bekomme ich bei Ihnen immer eine Rechnung per E-Mail?',
        'Bei euch klappt das immer sehr gut, danke.',
      ],
    },
  },
  {
    id: 'sarcasm',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      'danke für nichts', 'vielen dank für nichts', 'danke für gar nichts', 'na toll', 'na super',
      'na klasse', 'na prima', 'ganz großes kino', 'großartiger service echt', 'hilfreich wie immer',
      'wie immer sehr hilfreich', 'ja klar ganz bestimmt', 'ja ne is klar', 'ja nee is klar',
      'echt spitzenleistung', 'reife leistung', 'gratuliere wirklich', 'glückwunsch zu diesem service',
        '(danke|dank|vielen dank|schönen dank|herzlichen dank|besten dank|tausend dank) ~2 für (nichts|gar nichts|nix)',
        '(danke|dank|vielen dank|schönen dank|herzlichen dank|besten dank|tausend dank) ~2 für gar nix',
      ],
    rewrite: {
      message: 'Ich bin enttäuscht, weil mein Problem noch nicht gelöst ist. Was können wir als Nächstes tun?',
    },
    examples: {
      flag: [
        'Danke für nichts, wirklich.',
        'Na toll, jetzt ist das Paket wieder weg.',
        'Reife Leistung, das dritte Mal die falsche Adresse.',
        'Wie immer sehr hilfreich, Ihr Chatbot.',
        'Schönen Dank auch für nichts.',
      ],
      pass: [...PASS_DE, 'Toll, vielen Dank für die schnelle Hilfe!', 'Super, das hat geklappt.'],
    },
  },
  {
    id: 'harm',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'ich weiß wo (sie|du|ihr) ~2 (wohnen|wohnst|wohnt|arbeiten|arbeitest|sitzen)',
      'ich weiß wo ihr* (filiale|büro|firma|wohnung|zentrale|lager) ist',
      'ich mach* (sie|dich|euch) fertig',
      'ich (stelle|stell) ~4 (adresse|namen|privatadresse|wohnadresse|telefonnummer) ~3 (netz|internet|online)',
      '(veröffentliche|poste) ~4 (privatadresse|wohnadresse|adresse|telefonnummer|namen)',
      'schlag* (sie|dich|euch) ~2 (zusammen|tot)', 'bring* (sie|dich|euch) um',
      'gnade (ihnen|euch|dir) gott', 'ich komme ~3 vorbei und',
        '(finde|finden|kriege|krieg|bekomme) ~2 (raus|heraus) wo (sie|du|ihr) (wohnen|wohnst|wohnt)',
      ],
    rewrite: {
      message: 'Ich bin sehr wütend über diese Situation. Bitte sagen Sie mir verbindlich, bis wann das Problem gelöst wird.',
    },
    examples: {
      flag: [
        'Ich weiß, wo Ihr Büro ist, und ich gehe zum Anwalt.',
        'Ich mache Sie fertig, verlassen Sie sich drauf.',
        'Ich veröffentliche Ihre Privatadresse.',
        'Ich kriege schon raus, wo du wohnst.',
      ],
      pass: [
        ...PASS_DE,
        'Ich weiß, wo das Paket liegt: beim Nachbarn.',
        'Ich komme morgen in der Filiale vorbei, um die Ware abzuholen.',
      ],
    },
  },
  {
    id: 'threat',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      '(sie|ihr|du) (werden|werdet|wirst) (das|es) ~2 bereuen', 'das (werden|werdet|wirst) (sie|ihr|du) ~2 bereuen',
      'sonst passiert (was|etwas)',
      'dann passiert (was|etwas)', 'auf (was|etwas) gefasst machen', 'werden sie mich ~2 kennenlernen',
      'werdet ihr mich ~2 kennenlernen', 'dann knallt es', 'dann knallt s',
      'passen sie auf was sie', 'das wird ein nachspiel haben für sie',
      'leben zur hölle',
      'dann ist ~1 (was|etwas) los', '(sie|ihr) (werden|werdet) schon sehen',
        '(wird|werden) (euch|ihnen|dir) ~2 (leidtun|leid tun)',
      ],
    rewrite: {
      message:
        'Bitte nennen Sie mir einen verbindlichen Termin, bis wann das Problem gelöst ist. Sonst wende ich mich an die Verbraucherzentrale.',
    },
    examples: {
      flag: [
        'Das werden Sie noch bereuen.',
        'Sie werden schon sehen, was Sie davon haben.',
        'Zahlen Sie, sonst passiert was.',
        'Dann werden Sie mich mal richtig kennenlernen.',
        'Dann ist hier was los, das verspreche ich Ihnen.',
        'Das wird Ihnen noch leidtun.',
      ],
      pass: [
        ...PASS_DE,
        'Ich weiß, wo das Problem liegt: die Adresse ist falsch.',
        'Sonst bleibt mir nur der Weg zur Schlichtungsstelle.',
        'Ich werde die Bestellung stornieren und eine Bewertung schreiben.',
      ],
    },
  },
  {
    id: 'demand',
    category: 'demand',
    severity: 'consider',
    phrases: [
      '(sofort|umgehend|augenblicklich|unverzüglich) ~4 sonst (passiert|gibt|gibts|knallt|hole|komme|mache|mach|werden|werdet|können|könnt|setzt|raste|erleben)',
      '(sofort|umgehend|unverzüglich) ~4 oder (ich|es) (komme|hole|knallt|passiert|kracht)',
      'machen sie ~2 ihren job', 'tun sie ~2 ihre arbeit', 'machen sie ~2 ihre arbeit', 'macht ~2 euren job',
      'macht ~2 eure arbeit',
      'aber zackig', 'zack zack', 'aber dalli', 'und zwar sofort', 'und zwar pronto', 'gefälligst',
    ],
    rewrite: {
      message: 'Bitte erstatten Sie mir den Betrag. Bis wann können Sie mir das verbindlich bestätigen?',
    },
    examples: {
      flag: [
        'Schicken Sie mir den Ersatz sofort, sonst hole ich mir das Geld anders.',
        'Machen Sie endlich Ihren Job.',
        'Antworten Sie mir gefälligst.',
        'Ich will mein Geld zurück, und zwar sofort.',
      ],
      pass: [
        ...PASS_DE,
        'Ich brauche die Teile bis Freitag, sonst steht die Baustelle.',
        'Bitte verbinden Sie mich sofort mit einem Vorgesetzten, sonst drehen wir uns im Kreis.',
        'Können Sie das bitte sofort stornieren?',
      ],
    },
  },
  {
    id: 'dismissive',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      '(halt|haltet|halten) ~3 (die|den|das) (klappe|mund|maul|fresse)',
      'ist mir (doch|völlig|total|echt) egal was', 'mir doch egal was', 'scheißegal', 'scheissegal',
      'lesen sie ~2 überhaupt', 'können sie nicht lesen', 'können sie ~1 lesen oder', 'sie können mich mal',
      'ihr könnt mich mal', 'null ahnung', 'null plan', 'keinen blassen schimmer', 'sie haben doch keine ahnung',
      'ihr habt doch keine ahnung', 'interessiert mich nicht was sie', 'verschonen sie mich mit',
      'sparen sie sich ~2 (ihre|die) (ausreden|floskeln|textbausteine)', 'hören sie auf zu labern',
        '(sie|ihr|du) (haben|habt|hast) ~2 (keine|null) ahnung (von|vom)', '(sie|ihr|du) (haben|habt|hast) (doch|echt|wirklich|ja|eh|alle|überhaupt|absolut|offensichtlich) ~1 (keine|null) ahnung',
      ],
    rewrite: {
      message: 'Ich habe den Eindruck, dass mein Anliegen noch nicht angekommen ist. Darf ich es kurz zusammenfassen?',
    },
    examples: {
      flag: [
        'Halten Sie doch mal die Klappe.',
        'Ist mir völlig egal, was in Ihren Richtlinien steht.',
        'Lesen Sie eigentlich überhaupt meine Nachrichten?',
        'Sparen Sie sich Ihre Ausreden.',
        'Sie haben null Ahnung, oder?',
        'Ihr habt doch alle keine Ahnung.',
      ],
      pass: [
        ...PASS_DE,
        'Die Farbe ist mir egal, Hauptsache es kommt schnell.',
        'Ich habe leider keine Ahnung, wo die Rechnung ist.',
        'Sie haben also keine Ahnung, wann es kommt?',
      ],
    },
  },
];
