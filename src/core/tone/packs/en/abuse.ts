import type { PhraseRule } from '../../pack';

/** Words for people that insult them: "you're a liar", "bunch of crooks". */
const PEOPLE =
  '(liar|liars|crook|crooks|scammer|scammers|thief|thieves|fraud|frauds|fraudster|fraudsters|con artist|con artists|swindler|swindlers|' +
  'charlatan|charlatans|clown|clowns|muppet|muppets|loser|losers|joker|jokers|cowboys|parasite|parasites|leech|leeches|bloodsuckers|' +
  'criminal|criminals|crooks|amateurs|incompetents|morons|idiots|imbeciles|dimwits|numpties|pillocks|plonkers|monkeys|sharks|vultures|' +
  'disgrace|embarrassment|joke|laughing stock|waste of space|waste of oxygen|waste of air)';
/** Adjectives that insult a person: "you're useless", "you are so incompetent". */
const ADJECTIVES =
  '(useless|incompetent|pathetic|clueless|stupid|dumb|brainless|worthless|hopeless|thick|lazy|moronic|idiotic|daft|' +
  'dishonest|spineless|shameless|rude|ignorant|inept|hopeless|braindead|brain dead|a joke|a disgrace|a liar|a fraud|a scam|a clown|a muppet|a loser|a con artist|a thief|a crook|a scammer)';
/** What a company is called when it is insulted: "your company is a scam", "this service is garbage". */
const CALLED =
  '(a scam|a fraud|a con|a rip off|a ripoff|a joke|a disgrace|a shambles|a circus|a clown show|a shitshow|a dump|garbage|trash|rubbish|crap|shit|' +
  'a racket|one big scam|one big rip off|one big ripoff|one big joke|one big con)';

/** English insults and profanity. Seeds: cuss (sureness 2 → strong), reviewed by hand. */
export const ABUSE_RULES: PhraseRule[] = [
  {
    id: 'insult-names',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'moron*', 'imbecil*', 'cretin*', 'dumbass*', 'dipshit*', 'numbskull*', 'nitwit*', 'halfwit*', 'dimwit*', 'nincompoop*',
      'retard(|s|ed)', 'jackass*', 'dickhead*', 'scumbag*', 'douchebag*', 'shithead*', 'knobhead*', 'bellend*', 'tosser*', 'twit(|s)',
      `(bunch|pack|load|band|gang|den|nest|shower) of ${PEOPLE}`, `(bunch|pack|load|band|gang|den|nest|shower) of ~1 ${PEOPLE}`,
      `(you're|youre|ur|you are|you r|u r|you all are|you guys are|you people are|you lot are|you're all|you are all) ~2 ${PEOPLE}`,
      `your (staff|agents|people|team|employees|company|firm|managers|bosses) (is|are) ~2 ${PEOPLE}`,
      `(you|ya) ${PEOPLE}`,
      `(you|ya) (absolute|complete|total|utter|useless|stupid|lying|bloody|fucking|thieving|incompetent|pathetic|sorry|dumb|clueless) ${PEOPLE}`,
      'you (clown|clowns|loser|losers|jerk|jerks|muppets|fool|fools|pig|pigs|animals|parasites|scammers|crooks|thieves|liars|frauds)',
      'screw you', 'go to hell', 'get a (brain|clue|life)', 'kiss my (ass|arse)', 'bite me', 'drop dead', 'eat shit', 'get stuffed',
      'piece of (shit|garbage|trash|crap)', '(brain dead|braindead|brainless)', 'brains of a (potato|rock|brick|goldfish|plank|sheep)',
      '(iq|brain) of a (potato|rock|brick|goldfish|plank|sheep)', '(thick|dumb|stupid) as (a brick|a plank|a rock|two short planks|mince)',
      'waste of (space|oxygen|air|skin)', '(have|has) the (brains|brain|intelligence|iq) of a',
      '(sorry|pathetic|poor|miserable) excuse (for|of) a (company|business|service|shop|store|human|person|human being|customer service)',
      'joke of a (company|business|service|shop|store)', 'who hired you', 'who trained you',
      "(you're|you are|youre) (acting|behaving|talking) like (one|an idiot|a child|a moron|a clown)", 'but you (sound|act|look) like one',
    ],
    rewrite: { message: "I'm really frustrated with how this has gone, and I need it resolved." },
    examples: {
      flag: [
        'You are an idiot.', 'Only idiots would design a checkout like this', 'Screw you and your refund policy', 'what a bunch of clowns', 'your agents are morons',
        'You 1d10t, read my message', 'Get a clue', "You're a liar.", "You're all a bunch of crooks.", 'You absolute muppet.', 'Your staff are a pack of thieves.',
        'Whoever wrote this must be brain-dead.', "You're a complete waste of space.", 'The person who set this up has the brains of a goldfish.',
        'What a sorry excuse for a company.', "I won't call you a moron, but you're behaving like one.", 'You lying crooks took my money.',
        'What a pack of lying crooks.',
      ],
      pass: [
        "I'm not an expert, but the update seems broken.", 'The idiom confused me.', 'Our bank idiosyncrasies aside, the transfer failed.', 'Please send the label for order ASS-4411.',
        'Someone stole my parcel from the doorstep, a thief must have taken it.', 'I was the victim of a scam and need help securing my account.',
        'Could you check whether this email is a scam?', 'The clown costume arrived without the wig.', 'You are a lifesaver, thank you.',
      ],
    },
  },
  {
    id: 'insult-person',
    category: 'insult',
    severity: 'strong',
    phrases: [
      `(you|you're|youre|ur) ~2 ${ADJECTIVES}`,
      '(are|r) you (stupid|dumb|deaf|blind|thick|illiterate|incompetent|dense|daft|mental|braindead|brain dead|simple|slow|an idiot|a moron|kidding me|taking the piss)',
      '(is|are) (everyone|everybody|anyone|all of you|you all) ~4 (this|so|that) (dense|thick|stupid|dumb|incompetent|useless|clueless)',
      'stupid (agent|agents|bot|people|company|woman|man|girl|guy)',
      "(learn to|can't you|cant you|can you even|do you even|can you actually|do you actually|can you not|can anyone there) read",
      'shut up', '(dumb|stupid|brainless) (bot|bots|robot|machine|agent|agents|staff|lot|bunch)',
      '(most|so|such an|such a|totally|completely) (useless|incompetent|pathetic|idiotic|moronic|stupid|clueless|dishonest) ~2 (company|service|people|agents|bot|support|shop|store|business|policy|excuse|team|staff|outfit)',
        '(is|are) (anyone|anybody|you|any of you|you people) ~2 capable of (thinking|thought|basic thought|reading|understanding english|simple)',
      ],
    rewrite: { message: "I'm frustrated that this still isn't sorted out. Could you help me fix it?" },
    examples: {
      flag: [
        'Are you stupid or what?', 'You are completely useless.', "you're so incompetent", 'Learn to read, I said the 4th.', 'Just shut up and refund me.',
        "You're not stupid, you're lazy.", 'Is everyone at this company this dense?', 'Stop lying to me, you dumb bot.', 'This is the most idiotic policy ever invented.',
        'Are any of you even capable of reading?',
      ],
      pass: [
        'Sorry if this is a stupid question, how do I reset it?', 'The app is useless to me until it syncs again.', 'Thank you, that was useful.',
        'Could you read back the address you have on file?', 'You are never useless, this team is great.', "You're not incompetent at all, thanks for sorting it.",
        'Are you open on Sunday?',
        'Is anyone there capable of processing a refund today?',
      ],
    },
  },
  {
    id: 'insult-company',
    category: 'insult',
    severity: 'consider',
    phrases: [
      `(your|this|the|that) ~1 (company|firm|shop|store|business|service|customer service|support|outfit|website|site|app|bank|airline|place|product) (is|was|are) ~2 ${CALLED}`,
      `(what a|such a|total|complete|absolute|utter) (scam|rip off|ripoff|con|racket|shambles|shitshow|clown show)`,
      '(rubbish|crap|crappy|shitty|lousy|trashy) (customer service|support|company|companies|business|outfit|firm|service)',
      '(you|your company|this company|your service|this service|your support|your app|this app|your website|this place|you all|you guys|you people) ~2 (suck|sucks|sucked)',
      'scam (company|artists|merchants|operation)', 'rip off merchants',
    ],
    rewrite: { message: "I'm disappointed with the service so far, and I'd like this put right." },
    examples: {
      flag: ['Your company is a scam.', 'Your service is garbage.', 'You suck.', 'This company sucks.', 'Your customer support is trash.', 'What a rip-off.', 'Rubbish customer service as always.'],
      pass: [
        'Is this email a scam or really from you?', 'I think I was targeted by a scam, can you lock my card?', 'The vacuum no longer sucks up dust.',
        'The service was great last time.', 'My old bank was a nightmare, yours is much better.',
      ],
    },
  },
  {
    id: 'profanity-strong',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'fuck*', 'motherfuck*', 'fck*', 'fuk*', 'phuck*', 'phuk*', 'fuq*', 'fcuk*', 'fukk*', 'wtf', 'stfu', 'gtfo', 'cunt*', 'bitch*', 'biatch*',
      'asshole*', 'arsehole*', 'bastard*', 'wanker*', 'twat*', 'bullshit*', 'horseshit*', 'goddamn*', 'prick(|s)', 'dick(|s)', 'bs',
    ],
    rewrite: { message: "This is really frustrating me. Please help me sort it out." },
    examples: {
      flag: [
        'This is fucking ridiculous.', 'WTF is going on with my order', 'What a load of bullshit', 'f*** this company', 'you are all bastards', 'sh!t service, a$$holes',
        'F U C K this', 'phuck this', 'b u l l s h i t', 'F.U.C.K. you',
      ],
      pass: [
        'I live near Scunthorpe and the courier cannot find it.', 'The cocktail set arrived broken.', 'Is Dickens in stock?', 'I will file a chargeback with my bank if this is not resolved.',
        'Please ship to Twatt, Orkney.', 'Is the BS 1363 plug included?', 'My name is Richard, but everyone calls me Dick.', 'I a m not sure, p l e a s e check.',
      ],
    },
  },
  {
    id: 'profanity-mild',
    category: 'profanity',
    severity: 'consider',
    phrases: ['shit*', 'crap(|py|s)', 'damn(|it|ed)', 'pissed', 'piss off', 'piss take', 'taking the piss', 'bloody hell', 'what the (hell|heck)', 'ass(|es)', 'arse', 'bollocks', 'sod off', 'freaking', 'frigging', 'effing'],
    rewrite: { message: "This is really frustrating me. Please help me sort it out." },
    examples: {
      flag: ['This is crap.', 'The damn thing broke again', 'What the hell happened to my parcel?', 'I am pissed off about this', 'This shitty app crashed again', 's.h.i.t service', 'shiiiit, again'],
      pass: [
        'I bought shiitake mushrooms and they are mouldy.', 'Please assess the damage on the photos.', 'Hello, what the heckler mentioned is fine.', 'The class was cancelled.',
        'The damn-good coffee grinder I ordered arrived, but the lid is cracked.',
      ],
    },
  },
];
