import type { TemplatePack } from './types';

export const sk: TemplatePack = {
  whatWouldYouDo: { title: 'Čo by ste urobili na mojom mieste?', body: 'Rozumiem. Dúfam v {outcomeWanted}. Čo by ste urobili na mojom mieste?' },
  summary: { title: 'Krátke zhrnutie prípadu', body: 'Objednávka {orderNumber}: {purchaseDate} som kúpil(a) {item} za {amount}. {whatHappened} Chcel(a) by som {outcomeWanted}.' },
  citeTerms: { title: 'Citovať záruku alebo podmienky', body: 'Prečítal(a) som si záručné a obchodné podmienky pre {item}. Podľa nich mám nárok na {outcomeWanted}. Mohli by ste to, prosím, overiť?' },
  policyWhere: { title: 'Opýtať sa, kde je pravidlo uvedené', body: 'Mohli by ste mi ukázať, kde je toto pravidlo uvedené? Pomohol by mi odkaz alebo článok obchodných podmienok.' },
  supervisor: { title: 'Požiadať o nadriadeného', body: 'Chápem, že o tom možno nemôžete rozhodnúť vy. Mohol (mohla) by som, prosím, hovoriť s nadriadeným?' },
  timeline: { title: 'Termín, spätné volanie a číslo prípadu', body: 'Dokedy môžem očakávať odpoveď a kedy sa mi ozvete? Mohli by ste mi, prosím, dať číslo prípadu?' },
  dispute: { title: 'Spomenúť reklamáciu platby', body: 'Radšej by som to vyriešil(a) s vami. Ak sa to nepodarí, budem platbu {amount} reklamovať u vydavateľa karty.' },
  executive: { title: 'Opýtať sa na oddelenie sťažností', body: 'Mohli by ste mi, prosím, povedať, ako sa skontaktujem s oddelením sťažností alebo vedením?' },
  notYourFault: { title: 'Nie je to vaša chyba', body: 'Viem, že to nie je vaša chyba, a vážim si vašu pomoc.' },
  thanks: { title: 'Poďakovanie', body: 'Ďakujem za pomoc, {agentName}. Prajem pekný deň!' },
};
