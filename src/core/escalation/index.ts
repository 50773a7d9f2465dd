export { AGENT_PHRASES, type AgentPhrases } from './phrases';
export { classifyAgentMessage, detectAgentSignal, type AgentSignal, type AgentSignalKind } from './detect';
export { LADDER_STEPS, STALL_TEMPLATE, nextStep, proposeAfter, proposeNext, stepOfTemplate, type LadderOptions, type LadderProposal, type LadderStepId } from './ladder';
