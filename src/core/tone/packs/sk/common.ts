/**
 * Slovak sentences that no rule of the pack may flag: firm-but-polite escalation, frustration,
 * codes, quotes and negation. Shared by every rule's `examples.pass`.
 */
export const PASS_SK: string[] = [
  'Práčka sa po piatich mesiacoch pokazila, preto si uplatňujem reklamáciu v rámci záruky.',
  'Ak peniaze neprídu do stredy, požiadam banku o vrátenie platby kartou (chargeback).',
  'Mohli by ste ma, prosím, prepojiť s vaším vedúcim?',
  'Som frustrovaná, že problém po dvoch týždňoch stále trvá.',
  'Číslo objednávky je KOK-4411, prosím, skontrolujte stav.',
  'Váš kolega mi napísal: „Ste debil, prečítajte si podmienky.“ To sa mi nezdalo v poriadku.',
  'Netvrdím, že ste neschopný.',
];
