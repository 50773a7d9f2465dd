/**
 * Message templates: short, polite texts that put the advice into words (advice habits 4 to 12).
 * Every language module has the same ids with the same placeholder sets (a unit test checks it),
 * so a template can be switched to another language without losing what the case file fills in.
 */
import type { Lang } from '../tone/types';

export const TEMPLATE_IDS = [
  'whatWouldYouDo',
  'summary',
  'citeTerms',
  'policyWhere',
  'supervisor',
  'timeline',
  'dispute',
  'executive',
  'notYourFault',
  'thanks',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Template {
  /** A built-in id, or `user:<uuid>` for the user's own templates. */
  id: string;
  lang: Lang;
  /** Short name shown on the card and searched. */
  title: string;
  /** The text with `{placeholder}` slots named after case-file fields. */
  body: string;
}

/** One language's built-in templates: a title and body for every id. */
export type TemplatePack = Record<TemplateId, { title: string; body: string }>;
