/**
 * The escalation ladder of advice habit 8, as a guided sequence: what would you do → cite the
 * terms → supervisor → dispute the charge → executive customer service / public channel. Each
 * step names the templates that take it. Firm escalation is recommended, never flagged.
 */
import type { TemplateId } from '../templates/types';
import type { AgentSignal } from './classify';

export const LADDER_STEPS = [
  { id: 'ask', templates: ['whatWouldYouDo'] },
  { id: 'terms', templates: ['citeTerms', 'policyWhere'] },
  { id: 'supervisor', templates: ['supervisor'] },
  { id: 'dispute', templates: ['dispute'] },
  { id: 'executive', templates: ['executive'] },
] as const satisfies readonly { id: string; templates: readonly TemplateId[] }[];

export type LadderStepId = (typeof LADDER_STEPS)[number]['id'];

export interface LadderProposal {
  signal: Exclude<AgentSignal, 'none'>;
  /** The step to take next, or null when a stall only calls for a timeline. */
  step: LadderStepId | null;
  template: TemplateId;
}

/** The first step not yet taken, or the last one when all are done (it can be repeated). */
export function nextStep(done: readonly string[]): LadderStepId {
  return LADDER_STEPS.find((s) => !done.includes(s.id))?.id ?? 'executive';
}

/** The step a template belongs to, if it is on the ladder. */
export function stepOfTemplate(templateId: string): LadderStepId | undefined {
  return LADDER_STEPS.find((s) => (s.templates as readonly string[]).includes(templateId))?.id;
}

/**
 * What to propose after the agent's latest message. A refusal proposes the next step not yet
 * taken ("What would you do in my situation?" first); a stall asks for a timeline and a
 * reference (habit 9) without climbing the ladder.
 */
export function proposeAfter(signal: AgentSignal, done: readonly string[]): LadderProposal | null {
  if (signal === 'none') return null;
  if (signal === 'stall') return { signal, step: null, template: 'timeline' };
  const id = nextStep(done);
  const step = LADDER_STEPS.find((s) => s.id === id) ?? LADDER_STEPS[0];
  return { signal, step: step.id, template: step.templates[0] };
}
