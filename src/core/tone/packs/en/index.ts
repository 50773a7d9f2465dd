import type { LanguagePack } from '../../pack';
import { signals } from './signals';
import { ABUSE_RULES } from './abuse';
import { ALLOW } from './allow';
import { CONFLICT_RULES } from './conflict';
import { IRONY_RULES } from './irony';

/** The English rule pack. Phrases are data; see `../../pack.ts` for the syntax. */
export const pack: LanguagePack = {
  ...signals,
  rules: [...ABUSE_RULES, ...CONFLICT_RULES, ...IRONY_RULES],
  negation: ['not', 'never', 'no', "don't", "doesn't", "isn't", "aren't", "wasn't", "won't", "wouldn't", "didn't", "can't", 'cannot', 'nobody', 'without'],
  clauseJoins: ['that'],
  allow: ALLOW,
  nameCues: [
    'to', 'in', 'at', 'from', 'near', 'via', 'outside', 'called', 'named', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dear',
    'colleague', 'husband', 'wife', 'partner', 'son', 'daughter', 'brother', 'sister', 'friend', 'neighbour', 'neighbor',
    'uncle', 'aunt', 'boss', 'name is', "name's", 'surname is', 'calls me', 'call me', 'village of', 'town of',
  ],
  safeWords: ['shiitake', 'shitake', 'scunthorpe', 'moroni', 'wankel', 'retardant*', 'fuchsia', 'damning', 'damn good', 'damn fine', 'dickens', 'bitchin', 'twattle'],
  labelCues: ['says', 'said', 'shows', 'showed', 'displays', 'reads', 'message', 'error', 'label', 'sticker', 'printed', 'status', 'screen', 'code', 'button', 'marked', 'stamped'],
  acronyms: ['ASAP', 'FAQ', 'USPS', 'FEDEX', 'HMRC', 'DVLA', 'SMS', 'CEO', 'ETA', 'TRUSTPILOT', 'BBB', 'CFPB'],
  length: { maxWords: 120, maxChars: 700, firstSentenceWords: 40 },
};
