import type { PhraseRule } from '../../pack';
import { PASS_FR } from './common';

/** French insults and profanity (France, Belgium, Switzerland, Québec). Stems cover gender and number. */
export const ABUSE_FR: PhraseRule[] = [
  {
    id: 'insulte',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'imbécile(|s)', 'crétin*', 'connard*', 'connasse*', 'abruti*', 'débile(|s)', 'taré(|e|s|es)', 'enfoiré*',
      'salaud(|s)', 'salope(|s)', "espèce d'ordure", 'minable(|s)', 'guignol(|s)', 'clown(|s)', 'bouffon(|s|ne|nes)', 'demeuré(|e|s|es)',
      'attardé(|e|s|es)', 'andouille(|s)', 'nullard*', 'tocard*', 'blaireau(|x)', 'pignouf(|s)',
      'branleur*', 'trou du cul', 'trous du cul', 'fils de pute', 'sous-merde(|s)', 'cinglé(|e|s|es)',
      '(espèce|bande|tas|bande de) de (con|cons|nuls|incapables|guignols|clowns|branquignols|voleurs|escrocs|bras cassés)',
      '(pauvre|gros|grosse|sale|vieux|vieille) (con|conne|cons|connes|type|imbécile|idiot|idiote)',
      "(vous êtes|vous etes|t'es|tu es|êtes-vous|es-tu) ~4 (con|cons|conne|connes|nul|nuls|nulle|nulles|bête|bêtes|stupide|stupides|incapable|incapables|ignare|ignares|bouché|bouchés|bouchée)",
      '(complètement|totalement|vraiment|tellement) (con|cons|conne|débile|débiles|stupide|stupides|nul|nuls|nulle|nulles)',
        "(bande|espèce|tas) d'(escrocs|incapables|abrutis|idiots|imbéciles|incompétents|arnaqueurs|amateurs|andouilles|ânes|enfoirés)", "(vous êtes|êtes-vous|êtes vous|t'es|tu es|es-tu) ~1 (sourd|sourds|sourde|sourdes|aveugle|aveugles|bouché|bouchés|bornés|borné|attardé|attardés|demeurés)", 'vous (agissez|vous comportez|réagissez|parlez) comme (tel|tels|un idiot|un imbécile|un enfant|un gamin|des gamins)', "mais vous en avez l'air",
        '(allez|va|allez-vous|aller) (vous|te) faire (voir|foutre|cuire un oeuf|cuire un œuf|mettre)', 'allez vous faire',
      ],
    rewrite: {
      message: 'Je suis vraiment frustré, car le problème n\'est toujours pas réglé. Pouvons-nous trouver une solution ensemble ?',
    },
    examples: {
      flag: [
        'Seul un idiot facturerait deux fois la même livraison.',
        'Impossible de discuter avec des abrutis pareils.',
        'Vous êtes vraiment bouchés, ma parole.',
        'Espèce de guignols, rendez-moi mon argent.',
        'Votre conseiller est un crétin fini.',
        'Êtes-vous stupide à ce point ?',
        'Quelle bande de c0nnards.',
        "Quelle bande d'abrutis.", 'Êtes-vous sourds ou quoi ?',
        'Allez vous faire voir avec vos excuses.',
      ],
      pass: [
        ...PASS_FR,
        'Désolée pour la question bête : quels sont vos horaires ?',
        "J'habite à Conflans et j'attends le livreur.",
        'Je cherche une salopette pour mon fils.',
        'Cette expression est un idiotisme du Québec.',
        "Le fruit était pourri à l'arrivée, pouvez-vous le remplacer ?",
        'Ma grand-mère est sourde, elle préfère le chat.',
      ],
    },
  },
  {
    id: 'incompetence',
    category: 'insult',
    severity: 'consider',
    phrases: [
      'incompétent*', 'incompétence', 'incapables', 'amateurs', 'bras cassés', 'branquignol*', 'charlot(|s)', 'pieds nickelés',
      '(service|chat|bot|agent|conseiller|conseillère|entreprise|boîte|société|support) ~2 (nul|nulle|nuls|inutile|inutiles|pourri|pourrie|incapable|lamentable)',
      'boîte de (nuls|charlots|guignols|branquignols)', 'de pacotille', 'à la noix', 'à deux balles',
    ],
    rewrite: {
      message: "Je suis déçu de la façon dont ma demande a été traitée jusqu'ici. Pouvez-vous m'aider à la régler ?",
    },
    examples: {
      flag: [
        "Quelle incompétence, c'est incroyable.",
        'Votre technicien est un amateur, et vos livreurs des amateurs.',
        'Ce chat est complètement inutile.',
        'Un service client à deux balles.',
      ],
      pass: [...PASS_FR, 'Je ne pense pas que vous soyez incompétents, mais quelque chose a coincé.', 'Le vieux chargeur ne me sert plus.'],
    },
  },
  {
    id: 'grossierete',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'putain(|s)', 'pute(|s)', 'connerie(|s)', 'merde*', 'merdique(|s)', 'bordel', 'bordélique', 'chier', 'fait chier', 'faites chier', 'emmerd*',
      'foutre', 'je m\'en fous', 'on s\'en fout', "j'en ai rien à foutre", 'rien à foutre', 'foutez-vous', 'foutu(|e|s|es)', 'foutez moi', 'fous moi', 'fous-toi', 'foutez le camp',
      'nique(|r|z)', 'niquer', 'ta gueule', 'vos gueules', 'fermez-la', 'ferme-la', 'bordel de merde', 'chiotte(|s)',
      'tabarnak', 'câlisse', 'calisse', 'ostie', 'crisse', 'fuck*', 'shit',
    ],
    rewrite: { message: "Cela m'agace vraiment. Merci de m'aider à régler ce problème." },
    examples: {
      flag: [
        'Encore une putain de panne.',
        'Votre application est merdique.',
        'Quel bordel, ce suivi de colis.',
        'Ça me fait chier de relancer chaque jour.',
        'Foutez-moi la paix avec vos questionnaires.',
        'Cette m*rde ne marche pas.',
        'Fermez-la et passez-moi un humain.',
      ],
      pass: [
        ...PASS_FR,
        'La commande de Conches est arrivée.',
        'Mon adresse est paul.pute@example.org, merci.',
        "Je m'emmêle dans les menus de l'application.",
      ],
    },
  },
];
