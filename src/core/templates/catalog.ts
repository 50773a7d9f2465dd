/**
 * What every built-in template is for, independent of language: its category (how the sidebar
 * groups it) and the escalation step it takes. The ladder in core/escalation lists the same
 * links from the step's side; a unit test keeps the two in agreement.
 */
import type { LadderStepId } from '../escalation/ladder';
import type { TemplateCategory, TemplateId } from './types';

export const TEMPLATE_CATALOG: Record<TemplateId, { category: TemplateCategory; step: LadderStepId | null }> = {
  whatWouldYouDo: { category: 'ask', step: 'ask' },
  whatWouldYouDoPlain: { category: 'ask', step: 'ask' },
  whatWouldYouDoInMyPlace: { category: 'ask', step: 'ask' },
  summary: { category: 'facts', step: null },
  citeTerms: { category: 'terms', step: 'terms' },
  policyWhere: { category: 'terms', step: 'terms' },
  supervisor: { category: 'escalate', step: 'supervisor' },
  timeline: { category: 'followUp', step: null },
  dispute: { category: 'escalate', step: 'dispute' },
  executive: { category: 'escalate', step: 'executive' },
  publicChannel: { category: 'escalate', step: 'executive' },
  notYourFault: { category: 'rapport', step: null },
  thanks: { category: 'rapport', step: null },
  thanksResolved: { category: 'rapport', step: null },
};

/** i18n keys of the category headings. */
export const CATEGORY_LABEL_KEYS: Record<TemplateCategory, string> = {
  ask: 'sidebarCategory_ask',
  facts: 'sidebarCategory_facts',
  terms: 'sidebarCategory_terms',
  escalate: 'sidebarCategory_escalate',
  followUp: 'sidebarCategory_followUp',
  rapport: 'sidebarCategory_rapport',
};
