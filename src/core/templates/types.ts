/**
 * Message templates: short, polite texts that put the advice into words (advice habits 4 to 12).
 * Every language module has the same ids with the same placeholder sets (a unit test checks it),
 * so a template can be switched to another language without losing what the case file fills in.
 */
import type { LadderStepId } from '../escalation/ladder';
import type { Lang } from '../tone/types';

/** Built-in template ids, in the order the sidebar lists them. */
export const TEMPLATE_IDS = [
  'whatWouldYouDo',
  'whatWouldYouDoPlain',
  'whatWouldYouDoInMyPlace',
  'summary',
  'citeTerms',
  'policyWhere',
  'supervisor',
  'timeline',
  'dispute',
  'executive',
  'publicChannel',
  'notYourFault',
  'thanks',
  'thanksResolved',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATE_CATEGORIES = ['ask', 'facts', 'terms', 'escalate', 'followUp', 'rapport'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export interface Template {
  /** A built-in id, or `user:<id>` for the user's own templates. */
  id: string;
  lang: Lang;
  /** Short name shown on the card and searched. */
  title: string;
  /** The text with `{placeholder}` slots named after case-file fields. */
  body: string;
  /** Built-ins always have one; the user's own may leave it out. */
  category?: TemplateCategory;
}

export interface BuiltInTemplate extends Template {
  id: TemplateId;
  category: TemplateCategory;
  /** The escalation ladder step this template takes, if any. */
  step: LadderStepId | null;
}

/** One language's built-in texts: a title and body for every id. */
export type TemplatePack = Record<TemplateId, { title: string; body: string }>;
