import type { TemplatePack } from './types';

/** English built-ins. Paragraph fields ({whatHappened}) get their full stop when filled. */
export const en: TemplatePack = {
  whatWouldYouDo: { title: 'What would you do in my situation?', body: "I understand. I'm hoping for {outcomeWanted}. What would you do in my situation?" },
  whatWouldYouDoPlain: { title: 'What would you do? (short)', body: 'I understand. What would you do in my situation?' },
  whatWouldYouDoInMyPlace: { title: 'If you were in my place…', body: 'If you were in my place, what would you try next?' },
  summary: { title: 'Short summary of the case', body: 'Order {orderNumber}: I bought {item} on {purchaseDate} for {amount}. {whatHappened} I would like {outcomeWanted}.' },
  citeTerms: { title: 'Cite the warranty or terms', body: 'I have read the warranty and terms for {item}. As I understand them, I am entitled to {outcomeWanted}. Could you check this, please?' },
  policyWhere: { title: 'Ask where the policy is written', body: 'Could you show me where this policy is written? A link or the section of the terms would help me understand.' },
  supervisor: { title: 'Ask for a supervisor', body: 'I understand this may be outside what you can decide. Could I please speak with a supervisor or manager?' },
  timeline: { title: 'Timeline, callback and reference', body: 'When can I expect this to be resolved, and when will you get back to me? Could you also give me a reference number for this case?' },
  dispute: { title: 'Mention disputing the charge', body: "I'd prefer to solve this with you. If we can't, I will dispute the charge of {amount} with my card issuer." },
  executive: { title: 'Ask for executive customer service', body: 'Could you tell me how to reach your executive customer service or complaints team, please?' },
  publicChannel: { title: 'Ask for another official channel', body: 'Is there another official channel where I can raise this, such as a written complaint or your social media team?' },
  notYourFault: { title: "It isn't your fault", body: "I know this isn't your fault, and I really appreciate your help." },
  thanks: { title: 'Thank you', body: 'Thank you for your help, {agentName}. Have a good day!' },
  thanksResolved: { title: 'Thank you (resolved)', body: 'Thank you, that solves it. I really appreciate your time and help.' },
};
