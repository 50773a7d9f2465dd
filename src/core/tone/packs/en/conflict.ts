import type { PhraseRule } from '../../pack';

/** English blame, threats and aggressive ultimatums. Firm escalation lives in `allow.ts`. */
export const CONFLICT_RULES: PhraseRule[] = [
  {
    id: 'blame-othering',
    category: 'blame',
    severity: 'consider',
    phrases: [
      'you people', 'you lot', 'you guys (always|never)', '(your|this) (company|firm|shop|store) (always|never)',
      'typical of (you|your company|this company)', "(it's|its|this is|that's|thats) (all your|your) fault", 'shame on you',
      'how dare you', 'you should be ashamed', "you (obviously|clearly) don't care", "(nobody|no one) (there|here) (cares|knows)",
      'you (ruined|wrecked|screwed up)', 'you (always|never) ~1 (lie|lying|lied)', 'liars', 'you (lied|lie) to me', 'incompeten(t|ce)',
      'you (do|did) this on purpose', 'you (all only|all just|only|just) care about (money|profit)',
      'shame on (the lot of you|all of you|your company|this company|you all)', '(stop|quit) lying', "(you're|you are|youre) lying",
      '(keep|kept|always|constantly|are) lying to (me|us|customers)',
    ],
    rewrite: { message: "I've had this problem several times now, and I'd like it solved this time." },
    examples: {
      flag: ['You people never answer emails.', "It's all your fault that I missed the flight.", 'Typical of your company.', 'Shame on you.', 'The incompetence here is unbelievable', 'You lied to me about the delivery date.'],
      pass: ["I'm cancelling because the parcel never arrived, and I'd like a refund.", 'I am frustrated that the parcel has not arrived after three weeks.', 'Your colleague said it would ship on Monday.', 'Could you tell me what your company policy says?', 'Thank you, you guys were quick.'],
    },
  },
  {
    id: 'threat-harm',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'i know where you (live|work)', "(i'll|i will|im gonna|i'm going to|i'm gonna) (find|hurt|kill|destroy|ruin|end|beat|punch) you",
      'watch your back', "(you'll|you will) regret", "(you'll|you will) (pay|be sorry) for this",
      '(kill|hurt|punch|beat|slap|strangle|shoot|stab) (you|your|him|her|them|everyone)', "(you're|you are) (dead|finished|done for)",
      '(post|publish|share|leak) your (name|address|home|family|details|photo|personal)', "(i'll|i will) (come|go) after you",
      '(burn|blow) (it|this|the store|your office|you) (down|up)', 'better watch (out|yourself)', "(you'll|you will) be sorry",
      "(i'll|i will) (make|make sure) you (regret|pay|suffer)", 'make (your|ur) life (hell|a living hell|a nightmare|miserable|a misery)',
      '(know|knows|find out|found out|finding out|tell everyone|tell people|telling everyone) where (you|your family|your kids|your children) (live|lives|work|sleep)',
      'i know where (your|the) (office|store|shop|house|home|family|kids|children|manager|boss) (is|are|lives|live|works)',
      "(i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna) ~3 (smash|trash|wreck|torch|vandalise|vandalize|kick in|burn down|break) (your|the|ur) ~2 (shop|store|office|window|windows|car|house|door|place|building|premises|face|head|legs|teeth|neck)",
      'sort you (out|lot out|all out)', 'teach you (a lesson|lot a lesson)', 'pay you a (visit|little visit)', '(turn|show) up at your (house|home|door|doorstep)',
      '(or|and|then) (see|watch|find out) what happens', "(you'll|you will) (see|find out) what happens",
      "(what's|whats|what is) coming to (you|ya|you all)", '(get|gets|got) what (you|you all|you lot) deserve',
      'i hope (you|your company|you all|the lot of you|your family) (rot|burn|die|suffer|choke|go bust|go bankrupt|get sacked|get fired|lose your job|lose your jobs)',
      '(ignore|ignoring|stonewall|stonewalling|fob|fobbing) ~4 and (i\'ll|i will|i\'m going to) (turn up|show up|come|find|visit|be at|make)',
        '(make|making) (this|things|it|life) ~1 (unpleasant|difficult|hard|miserable|painful|ugly) for (you|your|you all)', 'waiting ~2 outside your (office|house|home|building|door|workplace)',
      ],
    rewrite: { message: "If this isn't resolved by the date I gave, I will take the formal next step." },
    examples: {
      flag: [
        'I know where you work.', "You'll regret this.", 'Watch your back.', "I'll make you pay for this", 'I will post your name and address everywhere',
        "I'll make your life hell.", "I'll find out where you live.", "Refund me today or I'll make sure everyone knows where you live.", "I'm going to smash your shop window.",
        "I hope you get what's coming to you.", "Refund me or I'll come down there and sort you out.", 'Keep ignoring me and see what happens.',
        "You'll regret this, I'm calling my lawyer.",
        "Sort it out or I'll make things very difficult for you.", "I'll be waiting for you outside your office tonight.",
      ],
      pass: [
        "If you can't fix this, I'll ask my bank to dispute the charge.", 'I will leave an honest review.', 'I will take legal steps if needed.', 'Will you pay for the return shipping?',
        "I'll come down to the store tomorrow to return it.", 'Could you tell me where your nearest store is?', 'I hope you get the parts soon.',
      ],
    },
  },
  {
    id: 'threat-fired',
    category: 'threat',
    severity: 'consider',
    phrases: [
      "(i'll|i will|gonna|i'm going to) (get|have) you (fired|sacked|canned)", '(make sure|see to it|see that) ~1 (you|he|she|they) (get|gets|are|is) (fired|sacked|canned)',
      '(make sure|see to it|see that) ~1 (you|he|she|they) (lose|loses) (your|his|her|their) (job|jobs)',
      "(you'll|you will|you're going to|you are going to) (lose|be losing) your job", 'or else', 'this is your last (warning|chance)', "you've been warned",
    ],
    rewrite: { message: "I'd like to speak to a supervisor about how this has been handled." },
    examples: {
      flag: ["I'll get you fired.", 'Refund me or else.', 'This is your last warning.', "Consider yourself warned, you've been warned", "I will see to it that you lose your job."],
      pass: ['Could I speak to a supervisor, please?', 'Otherwise I will cancel my subscription.', 'I would like to escalate this complaint.'],
    },
  },
  {
    id: 'demand-ultimatum',
    category: 'demand',
    severity: 'consider',
    phrases: [
      'i demand ~5 (now|immediately|right now|at once|this instant|this minute|asap|or else|or i)', "(you'd|you had|you) better", "(do|fix|sort|answer|refund) (it|this|me) (now|immediately|asap)",
      'you have ~1 (minutes|minute|hour|hours) to', "(i won't|i will not|i'm not going to) (ask|tell you) again", '(do|just do) your (job|damn job|fucking job)',
      "(don't|do not) make me (ask|repeat|call|come)", 'i want my (money|refund) (now|immediately|back now)', 'answer the (damn|bloody|fucking) question',
      '(right|do it) now or', 'no (more excuses|excuses)', 'i expect (an answer|a refund|my money) (now|immediately|right now)',
      '(refund|pay) me ~2 (right now|this instant|this minute|at once|immediately or|now or)',
      '(refund|give|send|return|pay|transfer|wire) ~1 my (money|refund|cash|deposit|funds) ~1 (right now|this instant|this minute|at once)',
      '(give|send|pay) me (my|the) (money|refund|cash) back (now|right now|immediately)', 'get your act together',
    ],
    rewrite: { message: 'Could you please process this and confirm by email when it will be done?' },
    examples: {
      flag: ['Refund my money right now.', 'Give me my money back NOW.', 'I demand a full refund right now.', "You'd better refund me.", 'Fix it now.', 'You have 10 minutes to answer.', "I won't ask again.", 'Do your job.', 'I want my money now', 'No more excuses.'],
      pass: ['Please transfer my deposit now that the lease has ended.', 'I demand a repair under the statutory warranty.', 'Please process the refund by Friday 14 June.', 'I expect a reply within 14 days, as the terms say.', 'Could you fix it today, please?', 'I would like my money back under the warranty.'],
    },
  },
];
