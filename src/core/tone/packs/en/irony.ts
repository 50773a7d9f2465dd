import type { PhraseRule } from '../../pack';

/** English sarcasm (a small, high-precision set; consider) and dismissive phrases. */
export const IRONY_RULES: PhraseRule[] = [
  {
    id: 'sarcasm',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      '(thanks|thank you|thanks a lot) for nothing', 'yeah right',
      '(thanks|thank you|cheers|many thanks) ~3 for (absolutely nothing|nothing at all|precisely nothing|exactly nothing|zero help|bugger all|sweet fa|sweet f all|nothing)',
      '(well done|nice one|good job|great job|nice going|way to go|thanks|thank you|bravo|congrats) ~3 (genius|einstein|sherlock)',
      '(well done|great job|good job|nice job|nice work|bravo|congratulations|congrats) ~1 (you|you\'ve|you have|on) ~2 (screw|screwed|screwing|mess|messed|messing|botch|botched|ruin|ruined|ruining|lose|lost|losing|break|broke|broken|breaking|wreck|wrecked|forget|forgot|forgotten)',
      '(great|good|nice|fantastic|brilliant|amazing) (job|work) (losing|breaking|ruining|screwing|messing|botching|wrecking|forgetting|ignoring)', 'ya right', 'wow just wow', '/s', 'slow clap', 'oh joy', 'oh goody',
      'oh (great|wonderful|perfect|brilliant|fantastic) ~1 (another|again)', 'how (very|incredibly|extremely|terribly) helpful',
      '(love|enjoy) being (ignored|lied|transferred|kept|put)', 'what a (surprise|shocker)', 'surprise surprise', 'big surprise',
      '"help"', '“help”', '"support"', '“support”', '"customer service"', '“customer service”', '"service"', '“service”', '"helpful"',
      'great job (guys|team|everyone) ~1 (again|not)', '(so|really|very) helpful not', 'thanks (a lot|so much) for wasting',
    ],
    rewrite: { message: "This hasn't helped me yet, and I still need a solution. Could you take another look?" },
    examples: {
      flag: ['Thanks a bunch for nothing.', 'Thanks a bunch for absolutely nothing, genius.', 'Well done, you\'ve managed to screw up a simple refund. Bravo.', 'Thanks for nothing.', 'Oh great, another delay.', 'Yeah right, like that will happen.', 'How very helpful.', 'Your "support" told me to wait.', 'I love being ignored.', 'What a surprise, it is late again.'],
      pass: ['Well done, you managed to fix it in one go!', 'Thanks, it was nothing serious in the end.', 'Thanks a lot, that fixed it.', 'Great, that works now. Thank you!', 'The agent said "please wait 5 days".', 'That was very helpful, thanks.', 'Oh great, thank you so much.'],
    },
  },
  {
    id: 'dismissive',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      '(this|that|it) is (ridiculous|absurd|pathetic|laughable|a joke|a farce|a disgrace|beyond a joke)', "(that's|thats|it's|its) (ridiculous|absurd|pathetic|laughable|a joke|a disgrace)",
      'what a joke', "(you're|you are) a joke", 'pathetic', 'spare me', 'save (it|your excuses)', "(i don't|don't) care (what|about) (you|your)",
      "(stop|you're|you are) wasting my time", '(complete|total|utter) waste of (my time|time)', "(not|isn't|isnt) my problem",
      "(don't|do not) (give|feed) me (that|this|the|your) (crap|bs|nonsense|excuse|excuses|script|runaround|rubbish)",
      'do you even (know|understand|work)', '(useless|pointless|worthless) (bot|chat|agent|service|company|support)', 'disgraceful',
      "(no idea|no clue|don't know|dont know|haven't a clue) what (you're|you are|youre) doing", '(absolutely|utterly|truly|totally|completely|just) disgusting',
      'disgusting (service|company|treatment|behaviour|behavior|way to treat)', 'what kind of (clown|clowns|amateur|amateurs|cowboy|cowboys|muppet|muppets|circus|joke)',
      'or (just|simply|really) (stupid|dumb|thick|incompetent|useless|lazy|clueless|ignorant)',
    ],
    rewrite: { message: "I'm frustrated that this still isn't resolved. What can you do today?" },
    examples: {
      flag: ['You clearly have no idea what you\'re doing, do you?', 'Get your act together, this is absolutely disgusting.', 'What kind of clown runs this shop?', 'Are you even a real person, or just clueless?', 'This is ridiculous.', "That's a joke.", 'Pathetic service.', 'Spare me the script.', 'Stop wasting my time.', "Don't give me that nonsense.", 'Useless bot.'],
      pass: ["I'm frustrated that this still isn't resolved.", 'This is the third time I am asking.', 'I do not have time on Monday, could Tuesday work?', 'That is not the product I ordered.'],
    },
  },
];
