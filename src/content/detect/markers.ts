/**
 * The markers of every widget that renders in the page itself, in one list: what the content
 * script's first stage (sentinel.ts) looks for on a large page before it loads any adapter. Each
 * adapter declares its own (`markers`); a unit test keeps this list equal to theirs.
 */
import { CRISP_MARKERS } from './adapters/crisp';
import { GLADLY_SELECTORS } from './adapters/gladly';
import { JIVOCHAT_SELECTORS } from './adapters/jivochat';
import { LIVEPERSON_MARKERS } from './adapters/liveperson';
import { OLARK_MARKERS } from './adapters/olark';
import { SALESFORCE_LEGACY_MARKERS } from './adapters/salesforce-legacy';
import { TIDIO_MARKERS } from './adapters/tidio';
import { ZAMMAD_SELECTORS } from './adapters/zammad';

export const IN_PAGE_MARKERS: readonly string[] = [
  ...CRISP_MARKERS,
  GLADLY_SELECTORS.root,
  JIVOCHAT_SELECTORS.root,
  JIVOCHAT_SELECTORS.legacy,
  ...LIVEPERSON_MARKERS,
  ...OLARK_MARKERS,
  ...SALESFORCE_LEGACY_MARKERS,
  ...TIDIO_MARKERS,
  ZAMMAD_SELECTORS.root,
];
