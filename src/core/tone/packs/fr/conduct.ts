import type { PhraseRule } from '../../pack';
import { PASS_FR } from './common';

/** French blame, sarcasm, threats, ultimatums and dismissive phrases (vous and tu forms). */
export const CONDUCT_FR: PhraseRule[] = [
  {
    id: 'reproche',
    category: 'blame',
    severity: 'consider',
    phrases: [
      "avec vous c'est toujours ~2 (pareil|la même chose|le même cirque|le bazar|compliqué|galère)",
      "(chez vous|avec vous) (c'est|ça) (toujours|jamais) ~2 (pareil|la même|le même|pareille|n'importe quoi)",
      'vous (ne|n\') (faites|savez|comprenez|arrivez) (jamais|rien) ~3 (rien|correctement|bien|jamais)',
      'vous (êtes|etes) (toujours|jamais) ~2 (en retard|à côté|capables)',
      "(c'est|tout est|tout ça c'est) (votre|de votre|ta|de ta) faute", '(à cause de|par) votre (faute|incompétence|négligence)',
      "(vous êtes|vous etes|t'es|tu es) ~2 (voleurs|voleur|menteurs|menteur|menteuse|menteuses|escrocs|escroc|arnaqueurs|arnaqueur|charlatans|truands)",
      "vous (m'avez|nous avez) (menti|arnaqué|escroqué|volé|roulé)", 'vous mentez', 'tu mens', 'arrêtez de mentir',
      "(vous vous|tu te) (fichez|foutez|moquez|fous|fiches|moques) ~2 (des clients|du monde|de vos clients)",
      "typique de (chez vous|votre (boîte|entreprise|société))", 'typique de votre boîte', 'typique de votre entreprise',
      'quelle (boîte|entreprise|société) de (voleurs|menteurs|escrocs|arnaqueurs|guignols)',
      'vous devriez avoir honte', "n'avez(-vous|) pas honte", "vous n'avez aucune honte",
    ],
    rewrite: {
      message: "Cela m'est déjà arrivé plusieurs fois et c'est frustrant. Pouvez-vous m'aider à ce que cela fonctionne cette fois ?",
    },
    examples: {
      flag: [
        "Chez vous c'est toujours la même histoire, rien ne marche.",
        'Vous ne faites jamais rien dans les délais.',
        "C'est de votre faute si j'ai raté mon vol.",
        'Vous êtes tous des menteurs.',
        'Vous vous fichez royalement des clients.',
        'Vous devriez avoir honte de traiter les gens ainsi.',
      ],
      pass: [
        ...PASS_FR,
        'Chez vous, la livraison est toujours rapide, merci.',
        "Votre collègue m'a dit que le colis partirait lundi.",
        'Vous faites toujours les retours par La Poste ?',
      ],
    },
  },
  {
    id: 'sarcasme',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      '(merci|merci beaucoup|merci bien|grand merci) pour rien', 'merci de ne (rien|pas) (faire|répondre|m\'aider)',
      '(génial|super|parfait|formidable|fantastique|magnifique|bravo|excellent) ~1 encore (un|une) ("|«|“)*',
      '(génial|super|formidable|fantastique|magnifique|bravo) ~1 encore (un retard|une erreur|une excuse|un mail automatique|une fois)',
      'bravo (pour|à) ~2 (incompétence|professionnalisme|efficacité|service|rapidité) ~1 (encore|vraiment|hein)',
      '(quelle|la) surprise', 'comme par hasard', 'sans surprise', "j'adore (attendre|être (ignoré|ignorée|baladé|baladée))",
      "j'adore qu'on me (raccroche|mente|balade|ignore)", 'quel professionnalisme', "quelle efficacité",
      'soi-disant (service|aide|support|assistance|conseiller|conseillère|expert|experts|solution)', 'votre soi-disant',
      '"service"', '«service»', '« service', '“service”', '"aide"', '«aide»', '« aide', '"support"', '« support', '«support»',
      '"solution"', '« solution', '«solution»', 'on applaudit', 'chapeau bas vraiment', 'bien joué vraiment',
    ],
    rewrite: { message: "Je suis déçu, car mon problème n'est toujours pas réglé. Que pouvons-nous faire maintenant ?" },
    examples: {
      flag: [
        'Merci bien pour rien.',
        'Super, encore une excuse.',
        'Quelle surprise, le colis est encore en retard.',
        "J'adore qu'on me raccroche au nez.",
        'Votre « aide » consiste à m\'envoyer un lien.',
        'Comme par hasard, le ticket a été fermé.',
        'Quel professionnalisme, trois mois pour un remboursement.',
      ],
      pass: [...PASS_FR, "Super, merci, ça fonctionne.", "Merci beaucoup pour votre aide d'hier.", 'Parfait, encore merci !'],
    },
  },
  {
    id: 'violence',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      "je sais où ~3 (habitez|habites|habite|habitent|travaillez|travailles|travaille|bureau|bureaux|magasin|agence|siège|entrepôt|maison|trouvent|trouve|êtes)",
      '(je vais|je vais vous|je vais te) ~1 (tuer|buter|défoncer|casser la gueule|péter la gueule|retrouver|régler son compte)',
      '(casser|péter|éclater) la (gueule|figure|tête)',
      '(publier|diffuser|mettre) ~3 (nom|adresse|photo|numéro|coordonnées) ~5 (internet|réseaux|en ligne|net)',
      '(je viendrai|je vais venir|je passe) ~3 (votre|vos) (agence|bureau|bureaux|magasin) ~3 (régler|vous|voir qui)',
    ],
    rewrite: {
      message: 'Je suis très en colère face à cette situation. Merci de me dire par écrit à quelle date ce sera réglé.',
    },
    examples: {
      flag: [
        'Je sais où habite votre directeur, sachez-le.',
        'Je vais vous casser la gueule.',
        'Je vais publier votre nom et votre adresse sur les réseaux.',
      ],
      pass: [...PASS_FR, "Je sais où est le problème : le code postal est faux.", "Je passerai à l'agence demain pour récupérer la commande."],
    },
  },
  {
    id: 'menace',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      '(vous allez|tu vas) ~1 regretter', '(vous le|tu le) (regretterez|regretteras)', 'vous (regretterez|allez regretter)',
      "(ça|cela) ne va pas se passer comme ça", "ça ne se passera pas comme ça", '(vous|tu) (ne savez|ne sais) pas à qui (vous|tu)',
      'gare à (vous|toi)', '(attention|prenez garde) à ce que vous faites', '(vous allez|tu vas) (me le|le) payer', 'vous me le paierez',
      '(continuez|continue|persistez) ~5 et vous (verrez|allez voir)', 'sinon vous (verrez|allez voir)',
      "vous allez voir ce que vous allez voir", '(assumez|assumerez) les conséquences',
    ],
    rewrite: {
      message:
        "Pouvez-vous me donner une date précise pour la solution ? Sans solution, je saisirai le médiateur de la consommation.",
    },
    examples: {
      flag: [
        'Vous le regretterez, croyez-moi.',
        'Remboursez-moi, sinon vous verrez.',
        'Ça ne va pas se passer comme ça.',
        'Vous allez me le payer.',
        'Continuez comme ça et vous allez voir.',
      ],
      pass: [
        ...PASS_FR,
        'Je ne regrette pas mon achat, mais la taille ne va pas.',
        "Sans réponse lundi, j'engagerai une procédure judiciaire.",
        'Vous verrez le numéro de suivi dans le mail.',
      ],
    },
  },
  {
    id: 'ultimatum',
    category: 'demand',
    severity: 'consider',
    phrases: [
      "j'exige ~5 (immédiatement|tout de suite|sur-le-champ|sur le champ|maintenant|sans délai|illico|aujourd'hui même)",
      "(j'exige|nous exigeons) (des excuses|une réponse|qu'on|que vous)", 'exige(z|) ~2 (immédiatement|tout de suite)',
      '(tout de suite|immédiatement|maintenant|sur le champ) ~3 (sinon|ou alors|ou je)',
      '(vous avez|tu as) ~1 (minutes|minute|heures|heure) pour', 'et que ça saute', 'et plus vite que ça', 'magnez-vous', 'bougez-vous',
      '(faites|fais) (votre|ton) (travail|boulot|job|putain de)', 'je ne le répéterai pas', 'je ne vais pas le répéter',
      '(pas d\'excuses|plus d\'excuses|assez d\'excuses|arrêtez vos excuses)', '(remboursez|rendez) ~4 (immédiatement|tout de suite|maintenant)',
    ],
    rewrite: { message: "Pourriez-vous effectuer le remboursement et me confirmer par écrit à quelle date je le recevrai ?" },
    examples: {
      flag: [
        "J'exige une réponse avant ce soir.",
        'Répondez-moi tout de suite, sinon je passe chez le concurrent.',
        'Vous avez 24 heures pour régler ça.',
        'Faites votre boulot, pour une fois.',
        'Rendez-moi mon argent immédiatement.',
        'Remboursez-moi et que ça saute.',
      ],
      pass: [
        ...PASS_FR,
        'Merci de traiter le retour avant vendredi.',
        "J'exige la réparation gratuite au titre de la garantie légale.",
        "Pouvez-vous m'envoyer l'étiquette de retour maintenant ?",
      ],
    },
  },
  {
    id: 'mepris',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      "(c'est|c est|ça c'est|tout ça c'est|c'était) (une blague|une plaisanterie|une honte|une farce|une arnaque|du vol|du foutage de gueule|n'importe quoi|du grand n'importe quoi|ridicule|grotesque|pathétique|lamentable|minable|honteux|pitoyable|risible|une mascarade|du délire)",
      "quelle (honte|blague|plaisanterie|farce|arnaque|mascarade)", "quel (cirque|foutoir|bazar|foutage de gueule)", 'foutage de gueule',
      'lamentable(|s)', 'pathétique(|s)', 'pitoyable(|s)', 'grotesque',
      "(vous vous|tu te) (moquez|fichez|foutez|moques|fiches|fous) de (moi|ma gueule|nous)", 'se payer ma tête', 'vous payez ma tête',
      '(me|nous) faire perdre (mon|notre|du) temps', '(vous|tu) (me|nous) (faites|fais) perdre (mon|notre) temps', 'perte de temps',
      '(arrêtez|arrête) de (me balader|me mener en bateau|vous moquer|me prendre pour)', '(me|nous) prenez pour (un|une|des) (idiot|idiote|idiots|imbécile|imbéciles|con|cons|pigeon|pigeons)',
      '(épargnez moi|épargne moi|gardez|garde) ~2 (excuses|baratin|blabla|discours|script|salades|formules)',
      '(ne me|me) (ressortez|ressors|sortez|sors|servez|resservez) (pas|plus) ~2 (script|baratin|excuses|discours|blabla|couplet|refrain|salades|formules)',
      '(vous savez|tu sais|savez-vous|sais-tu) lire', '(apprenez|apprends) à lire', '(lisez|lis) ce que (j\'écris|je vous écris|j\'ai écrit)',
      "(vous n'y|tu n'y) (comprenez|connaissez|comprends|connais) rien", "vous n'avez aucune idée de ce que", 'je me fiche de ce que (vous|tu)',
      'service (lamentable|pitoyable|minable|déplorable|nul|de merde)', '(marre|assez) de vos (excuses|mensonges|salades|conneries|promesses)',
    ],
    rewrite: {
      message: "J'ai l'impression que ma demande n'a pas été bien comprise. Puis-je la résumer brièvement ?",
    },
    examples: {
      flag: [
        "Tout ça c'est du grand n'importe quoi.",
        'Quel cirque pour un simple retour.',
        'Vous vous moquez de moi avec ce formulaire.',
        'Épargnez-moi vos excuses.',
        'Savez-vous lire ce que je vous écris ?',
        "Vous n'y connaissez rien à vos propres produits.",
        'Vous me faites perdre mon temps.',
        "J'en ai assez de vos promesses.",
      ],
      pass: [
        ...PASS_FR,
        "C'est dommage qu'il soit cassé, je l'aimais beaucoup.",
        'Je ne suis pas disponible lundi, mardi est-il possible ?',
        "J'ai bien lu la notice mais je ne trouve pas le bouton.",
      ],
    },
  },
];
