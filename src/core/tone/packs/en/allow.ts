/**
 * Firm, legitimate escalation in English: never a finding, and it cancels look-alike threat,
 * demand and blame hits in the same sentence (tone.md §3.2 "Threat versus legitimate escalation").
 */
export const ALLOW: string[] = [
  // Warranty, guarantee, terms and statutory rights.
  'warranty', 'guarantee', 'terms and conditions', 'terms of service', 'terms of sale', 'statutory rights', 'consumer rights',
  'consumer law', 'under the law', 'money-back', 'money back guarantee', 'return policy', 'refund policy',
  // Card disputes.
  'chargeback', 'charge back', 'dispute (the|this) (charge|payment|transaction)', 'card issuer', 'my bank', 'credit card company',
  'paypal dispute', 'open a dispute', 'file a dispute',
  // Consumer authorities and formal complaints.
  'ftc', 'bbb', 'better business bureau', 'trading standards', 'ombudsman', 'consumer protection', 'attorney general', 'cfpb',
  'citizens advice', 'ofcom', 'ofgem', 'formal complaint', 'file a complaint', 'regulator',
  // Supervisors and executive customer service.
  'supervisor', 'manager', 'escalate', 'escalation', 'executive (customer service|team|office)', 'someone senior', 'team lead*',
  'complaints department',
  // Reviews and cancelling.
  '(leave|write|post) (a|an|my) (review|honest review)', 'trustpilot', 'cancel*', 'close my account', 'take my business elsewhere',
  'switch (provider|providers|to another provider)',
  // Calm legal steps.
  'lawyer', 'attorney', 'solicitor', 'legal (action|advice|steps|step)', 'small claims', 'court', 'sue', 'lawsuit', 'letter before action',
  'formal notice',
  // Frustration stated as an I-statement.
  "(i'm|i am) (frustrated|disappointed|upset)", 'frustrat*', 'this is the (second|third|fourth|fifth) time',
];
