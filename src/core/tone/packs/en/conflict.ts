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
    ],
    rewrite: { message: "I've had this problem several times now, and I'd like it solved this time." },
    examples: {
      flag: ['You people never answer emails.', "It's all your fault that I missed the flight.", 'Typical of your company.', 'Shame on you.', 'The incompetence here is unbelievable', 'You lied to me about the delivery date.'],
      pass: ['I am frustrated that the parcel has not arrived after three weeks.', 'Your colleague said it would ship on Monday.', 'Could you tell me what your company policy says?', 'Thank you, you guys were quick.'],
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
      "(i'll|i will) (make|make sure) you (regret|pay|suffer)",
    ],
    rewrite: { message: "If this isn't resolved by the date I gave, I will take the formal next step." },
    examples: {
      flag: ['I know where you work.', "You'll regret this.", 'Watch your back.', "I'll make you pay for this", 'I will post your name and address everywhere'],
      pass: ["If you can't fix this, I'll ask my bank to dispute the charge.", 'I will leave an honest review.', 'I will take legal steps if needed.', 'Will you pay for the return shipping?'],
    },
  },
  {
    id: 'threat-fired',
    category: 'threat',
    severity: 'consider',
    phrases: ["(i'll|i will|gonna) (get|have) you fired", 'make sure you (get|are) fired', 'or else', 'this is your last (warning|chance)', "you've been warned"],
    rewrite: { message: "I'd like to speak to a supervisor about how this has been handled." },
    examples: {
      flag: ["I'll get you fired.", 'Refund me or else.', 'This is your last warning.', "Consider yourself warned, you've been warned"],
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
    ],
    rewrite: { message: 'Could you please process this by Friday and confirm by email?' },
    examples: {
      flag: ['I demand a full refund right now.', "You'd better refund me.", 'Fix it now.', 'You have 10 minutes to answer.', "I won't ask again.", 'Do your job.', 'I want my money now', 'No more excuses.'],
      pass: ['I demand a repair under the statutory warranty.', 'Please process the refund by Friday 14 June.', 'I expect a reply within 14 days, as the terms say.', 'Could you fix it today, please?', 'I would like my money back under the warranty.'],
    },
  },
];
