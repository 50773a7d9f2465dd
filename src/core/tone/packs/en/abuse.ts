import type { PhraseRule } from '../../pack';

/** English insults and profanity. Seeds: cuss (sureness 2 → strong), reviewed by hand. */
export const ABUSE_RULES: PhraseRule[] = [
  {
    id: 'insult-names',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'moron*', 'imbecil*', 'cretin*', 'dumbass*', 'dipshit*', 'numbskull*', 'nitwit*', 'halfwit*',
      'retard(|s|ed)', 'jackass*', 'dickhead*', 'scumbag*', 'bunch of (clowns|amateurs|monkeys|incompetents)',
      'you (clown|clowns|loser|losers|jerk|jerks|muppets|fool|fools|pig|pigs|animals|parasites)',
      'screw you', 'go to hell', 'get a (brain|clue|life)', 'kiss my (ass|arse)', 'bite me', 'drop dead',
      'piece of (shit|garbage|trash|crap)',
    ],
    rewrite: { message: "I'm really frustrated with how this has gone, and I need it resolved." },
    examples: {
      flag: ['You are an idiot.', 'Only idiots would design a checkout like this', 'Screw you and your refund policy', 'what a bunch of clowns', 'your agents are morons', 'You 1d10t, read my message', 'Get a clue'],
      pass: ["I'm not an expert, but the update seems broken.", 'The idiom confused me.', 'Our bank idiosyncrasies aside, the transfer failed.', 'Please send the label for order ASS-4411.'],
    },
  },
  {
    id: 'insult-person',
    category: 'insult',
    severity: 'strong',
    phrases: [
      "(you|you're|youre|ur) ~2 (useless|incompetent|pathetic|clueless|stupid|dumb|brainless|worthless|hopeless|thick)",
      '(are|r) you (stupid|dumb|deaf|blind|thick|illiterate|incompetent)',
      'stupid (agent|agents|bot|people|company|woman|man|girl|guy)',
      "(learn to|can't you|cant you|can you even|do you even|can you actually|do you actually|can you not|can anyone there) read",
      'shut up',
    ],
    rewrite: { message: "I don't think my question has been understood yet. Could you read my last message again?" },
    examples: {
      flag: ['Are you stupid or what?', 'You are completely useless.', "you're so incompetent", 'Learn to read, I said the 4th.', 'Just shut up and refund me.'],
      pass: ['Sorry if this is a stupid question, how do I reset it?', 'The app is useless to me until it syncs again.', 'Thank you, that was useful.', 'Could you read back the address you have on file?'],
    },
  },
  {
    id: 'profanity-strong',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'fuck*', 'motherfuck*', 'fck*', 'fuk*', 'wtf', 'stfu', 'cunt*', 'bitch*', 'asshole*', 'arsehole*', 'bastard*',
      'wanker*', 'twat*', 'bullshit*', 'goddamn*', 'prick(|s)', 'dick(|s)', 'bs',
    ],
    rewrite: { span: '' },
    examples: {
      flag: ['This is fucking ridiculous.', 'WTF is going on with my order', 'What a load of bullshit', 'f*** this company', 'you are all bastards', 'sh!t service, a$$holes'],
      pass: ['I live near Scunthorpe and the courier cannot find it.', 'The cocktail set arrived broken.', 'Is Dickens in stock?', 'I will file a chargeback with my bank if this is not resolved.'],
    },
  },
  {
    id: 'profanity-mild',
    category: 'profanity',
    severity: 'consider',
    phrases: ['shit*', 'crap(|py|s)', 'damn(|it|ed)', 'pissed', 'piss off', 'bloody hell', 'what the (hell|heck)', 'ass(|es)', 'arse', 'bollocks', 'sod off', 'freaking', 'frigging', 'effing'],
    rewrite: { span: '' },
    examples: {
      flag: ['This is crap.', 'The damn thing broke again', 'What the hell happened to my parcel?', 'I am pissed off about this', 'Shitty service as usual'],
      pass: ['I bought shiitake mushrooms and they are mouldy.', 'Please assess the damage on the photos.', 'Hello, what the heckler mentioned is fine.', 'The class was cancelled.'],
    },
  },
];
