/**
 * Lithuanian sentences that no rule of the pack may flag: firm-but-polite escalation,
 * frustration, codes, quotes and negation. Shared by every rule's `examples.pass`.
 */
export const PASS_LT: string[] = [
  'Skalbyklė sugedo po penkių mėnesių, todėl teikiu pretenziją pagal garantiją.',
  'Jei pinigai negrįš iki trečiadienio, kreipsiuosi į banką dėl mokėjimo užginčijimo.',
  'Gal galėtumėte sujungti mane su savo vadovu?',
  'Esu nusivylusi, kad problema po dviejų savaičių vis dar neišspręsta.',
  'Užsakymo numeris KURV-4411, prašau patikrinti būseną.',
  'Jūsų kolega parašė: „Jūs idiotas, skaitykite taisykles.“ Man tai pasirodė netinkama.',
  'Nesakau, kad jūs nekompetentingas.',
];
