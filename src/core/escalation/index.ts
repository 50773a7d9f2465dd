export { classifyAgentMessage, type AgentSignal } from './classify';
export { LADDER_STEPS, nextStep, proposeAfter, stepOfTemplate, type LadderProposal, type LadderStepId } from './ladder';
