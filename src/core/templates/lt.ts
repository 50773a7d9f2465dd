import type { TemplatePack } from './types';

/**
 * Lithuanian built-ins, in the polite jūs form. Gendered participles ("nusivylęs/nusivylusi")
 * are avoided; slots stand after a colon or a noun so the nominative a user types always fits.
 */
export const lt: TemplatePack = {
  whatWouldYouDo: { title: 'Ką darytumėte mano vietoje?', body: 'Suprantu. Mano prašymas: {outcomeWanted}. Ką darytumėte mano vietoje?' },
  whatWouldYouDoPlain: { title: 'Ką darytumėte? (trumpai)', body: 'Suprantu. Ką darytumėte mano vietoje?' },
  whatWouldYouDoInMyPlace: { title: 'Jei būtumėte mano vietoje…', body: 'Jei būtumėte mano vietoje, ką bandytumėte daryti toliau?' },
  summary: { title: 'Trumpa atvejo santrauka', body: 'Užsakymas {orderNumber}, pirkta {purchaseDate}: {item}, kaina {amount}. {whatHappened} Mano prašymas: {outcomeWanted}.' },
  citeTerms: { title: 'Remtis garantija ar taisyklėmis', body: 'Perskaičiau garantijos ir pirkimo sąlygas ({item}). Pagal jas man priklauso: {outcomeWanted}. Ar galėtumėte tai patikrinti?' },
  policyWhere: { title: 'Paklausti, kur tai parašyta', body: 'Ar galėtumėte parodyti, kur ši taisyklė parašyta? Padėtų nuoroda arba sąlygų punktas.' },
  supervisor: { title: 'Paprašyti vadovo', body: 'Suprantu, kad galbūt ne jūs tai sprendžiate. Ar galėčiau pasikalbėti su jūsų vadovu?' },
  timeline: { title: 'Terminas, atsakymas ir užklausos numeris', body: 'Iki kada galiu tikėtis sprendimo ir kada su manimi susisieksite? Ar galėtumėte nurodyti ir užklausos numerį?' },
  dispute: { title: 'Ramiai paminėti mokėjimo ginčijimą', body: 'Norėčiau tai išspręsti su jumis. Jei nepavyks, dėl {amount} mokėjimo kreipsiuosi į kortelę išdavusį banką.' },
  executive: { title: 'Vadovybė ar skundų skyrius', body: 'Ar galėtumėte pasakyti, kaip susisiekti su jūsų vadovybe arba skundų skyriumi?' },
  publicChannel: { title: 'Paklausti apie kitą oficialų kanalą', body: 'Ar yra kitas oficialus būdas tai spręsti, pavyzdžiui, rašytinis skundas ar jūsų pagalba socialiniuose tinkluose?' },
  notYourFault: { title: 'Tai ne jūsų kaltė', body: 'Žinau, kad tai ne jūsų kaltė, ir labai vertinu jūsų pagalbą.' },
  thanks: { title: 'Padėka', body: 'Ačiū už pagalbą, {agentName}. Geros dienos!' },
  thanksResolved: { title: 'Padėka (išspręsta)', body: 'Ačiū, klausimas išspręstas. Labai vertinu jūsų laiką ir pagalbą.' },
};
