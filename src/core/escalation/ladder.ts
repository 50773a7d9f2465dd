/**
 * The escalation ladder of advice habit 8, as a guided sequence: what would you do → cite the
 * terms → supervisor → dispute the charge → executive customer service / public channel. Each
 * step names the templates that take it, the first being the one proposed. Firm escalation is
 * what the advice recommends; nothing here is ever flagged as hostile.
 */
import type { TemplateId } from '../templates/types';
import type { Lang } from '../tone/types';
import { detectAgentSignal, type AgentSignal, type AgentSignalKind } from './detect';

export const LADDER_STEPS = [
  { id: 'ask', labelKey: 'sidebarStep_ask', hintKey: 'sidebarStepHint_ask', templates: ['whatWouldYouDo', 'whatWouldYouDoPlain', 'whatWouldYouDoInMyPlace'] },
  { id: 'terms', labelKey: 'sidebarStep_terms', hintKey: 'sidebarStepHint_terms', templates: ['citeTerms', 'policyWhere'] },
  { id: 'supervisor', labelKey: 'sidebarStep_supervisor', hintKey: 'sidebarStepHint_supervisor', templates: ['supervisor'] },
  { id: 'dispute', labelKey: 'sidebarStep_dispute', hintKey: 'sidebarStepHint_dispute', templates: ['dispute'] },
  { id: 'executive', labelKey: 'sidebarStep_executive', hintKey: 'sidebarStepHint_executive', templates: ['executive', 'publicChannel'] },
] as const satisfies readonly { id: string; labelKey: string; hintKey: string; templates: readonly TemplateId[] }[];

export type LadderStepId = (typeof LADDER_STEPS)[number]['id'];

/** A stall asks for a timeline and a reference number (habit 9) instead of climbing. */
export const STALL_TEMPLATE: TemplateId = 'timeline';

export interface LadderProposal {
  signal: AgentSignalKind;
  /** The step to take next, or null when a stall only calls for a timeline. */
  step: LadderStepId | null;
  template: TemplateId;
  /** What in the agent's message led to it (absent when built from a bare signal). */
  match?: AgentSignal;
}

export interface LadderOptions {
  /** Steps that don't apply, e.g. `dispute` when nothing was charged. */
  skip?: readonly LadderStepId[];
  /** Phrase languages for detection (default all seven). */
  langs?: readonly Lang[];
}

/** The first step neither taken nor skipped; the last one when all are done (it can be repeated). */
export function nextStep(done: readonly string[], skip: readonly string[] = []): LadderStepId {
  return LADDER_STEPS.find((s) => !done.includes(s.id) && !skip.includes(s.id))?.id ?? 'executive';
}

/** The step a template belongs to, if it is on the ladder. */
export function stepOfTemplate(templateId: string): LadderStepId | undefined {
  return LADDER_STEPS.find((s) => (s.templates as readonly string[]).includes(templateId))?.id;
}

/**
 * What to propose after a signal. A refusal proposes the next step not yet taken ("What would
 * you do in my situation?" first); when every step is done, the public channel.
 */
export function proposeAfter(signal: AgentSignalKind | 'none', done: readonly string[], skip: readonly string[] = []): LadderProposal | null {
  if (signal === 'none') return null;
  if (signal === 'stall') return { signal, step: null, template: STALL_TEMPLATE };
  const allDone = LADDER_STEPS.every((s) => done.includes(s.id) || skip.includes(s.id));
  const id = nextStep(done, skip);
  const step = LADDER_STEPS.find((s) => s.id === id) ?? LADDER_STEPS[0];
  return { signal, step: step.id, template: (allDone ? step.templates.at(-1) : undefined) ?? step.templates[0] };
}

/** Reads the agent's latest message and proposes the next step, or null when it is neither a refusal nor a stall. */
export function proposeNext(done: readonly string[], agentMessage: string, options: LadderOptions = {}): LadderProposal | null {
  const match = detectAgentSignal(agentMessage, options.langs);
  if (!match) return null;
  const proposal = proposeAfter(match.kind, done, options.skip);
  return proposal && { ...proposal, match };
}
