import type { TemplatePack } from './types';

/**
 * Slovak built-ins, vykanie. First-person past and conditional forms are avoided ("kúpil/kúpila
 * som", "chcel/chcela by som") because they show the writer's gender, which Parley doesn't know;
 * slots stand after a colon or a noun so the nominative a user types always fits.
 */
export const sk: TemplatePack = {
  whatWouldYouDo: { title: 'Čo by ste robili na mojom mieste?', body: 'Rozumiem. Ide mi o toto: {outcomeWanted}. Čo by ste robili na mojom mieste?' },
  whatWouldYouDoPlain: { title: 'Čo by ste robili? (krátko)', body: 'Rozumiem. Čo by ste robili na mojom mieste?' },
  whatWouldYouDoInMyPlace: { title: 'Keby ste boli na mojom mieste…', body: 'Keby ste boli na mojom mieste, čo by ste skúsili ďalej?' },
  summary: { title: 'Krátke zhrnutie prípadu', body: 'Objednávka {orderNumber} zo dňa {purchaseDate}: {item}, suma {amount}. {whatHappened} Moja požiadavka: {outcomeWanted}.' },
  citeTerms: { title: 'Odvolať sa na záruku alebo podmienky', body: 'Záručné a obchodné podmienky k tovaru {item} mám prečítané. Podľa nich mi patrí: {outcomeWanted}. Mohli by ste to, prosím, overiť?' },
  policyWhere: { title: 'Opýtať sa, kde je pravidlo uvedené', body: 'Mohli by ste mi ukázať, kde je toto pravidlo uvedené? Pomohol by mi odkaz alebo príslušný článok podmienok.' },
  supervisor: { title: 'Požiadať o nadriadeného', body: 'Rozumiem, že o tom možno nemôžete rozhodnúť sami. Bolo by možné, prosím, hovoriť s vaším nadriadeným?' },
  timeline: { title: 'Termín, spätný kontakt a číslo prípadu', body: 'Dokedy môžem očakávať vyriešenie a kedy sa mi ozvete? Mohli by ste mi, prosím, dať aj číslo prípadu?' },
  dispute: { title: 'Pokojne spomenúť reklamáciu platby', body: 'Najradšej to vyriešim s vami. Ak sa to nepodarí, budem platbu {amount} reklamovať u vydavateľa mojej karty.' },
  executive: { title: 'Vedenie zákazníckeho servisu', body: 'Mohli by ste mi, prosím, povedať, ako kontaktovať vedenie zákazníckeho servisu alebo oddelenie sťažností?' },
  publicChannel: { title: 'Opýtať sa na iný oficiálny kanál', body: 'Existuje iný oficiálny spôsob, ako to riešiť, napríklad písomná sťažnosť alebo vaša podpora na sociálnych sieťach?' },
  notYourFault: { title: 'Nie je to vaša chyba', body: 'Viem, že to nie je vaša chyba, a vašu pomoc si naozaj vážim.' },
  thanks: { title: 'Poďakovanie', body: 'Ďakujem za pomoc, {agentName}. Prajem pekný deň!' },
  thanksResolved: { title: 'Poďakovanie (vyriešené)', body: 'Ďakujem, tým je to vyriešené. Vážim si váš čas aj pomoc.' },
};
