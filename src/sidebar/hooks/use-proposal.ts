import { useMemo, useState } from 'preact/hooks';
import { classifyAgentMessage, proposeAfter, type LadderProposal } from '../../core/escalation';
import type { MessageRecord } from '../../shared/transcript-types';

/**
 * The ladder's proposal after the agent's latest message, until the user acts on it or
 * dismisses it; a newer agent message brings a new one.
 */
export function useProposal(messages: readonly MessageRecord[], done: readonly string[]): { proposal: LadderProposal | null; dismiss(): void } {
  const [handled, setHandled] = useState<string | null>(null);
  const latest = useMemo(() => [...messages].reverse().find((m) => m.author === 'agent'), [messages]);
  const proposal = latest && latest.key !== handled ? proposeAfter(classifyAgentMessage(latest.text), done) : null;
  return { proposal, dismiss: () => setHandled(latest?.key ?? null) };
}
