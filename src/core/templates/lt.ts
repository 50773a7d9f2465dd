import type { TemplatePack } from './types';

export const lt: TemplatePack = {
  whatWouldYouDo: { title: 'Ką darytumėte mano vietoje?', body: 'Suprantu. Tikiuosi, kad galima {outcomeWanted}. Ką darytumėte mano vietoje?' },
  summary: { title: 'Trumpa situacijos santrauka', body: 'Užsakymas {orderNumber}: {purchaseDate} pirkau {item} už {amount}. {whatHappened} Norėčiau, kad {outcomeWanted}.' },
  citeTerms: { title: 'Cituoti garantiją ar sąlygas', body: 'Perskaičiau prekės {item} garantijos ir pirkimo sąlygas. Kaip suprantu, turiu teisę į {outcomeWanted}. Ar galėtumėte tai patikrinti?' },
  policyWhere: { title: 'Paklausti, kur parašyta taisyklė', body: 'Ar galėtumėte parodyti, kur ši taisyklė parašyta? Nuoroda arba sąlygų punktas man labai padėtų.' },
  supervisor: { title: 'Paprašyti vadovo', body: 'Suprantu, kad galbūt ne jūs tai sprendžiate. Ar galėčiau pasikalbėti su vadovu?' },
  timeline: { title: 'Terminas, atskambinimas ir numeris', body: 'Kada galiu tikėtis atsakymo ir kada su manimi susisieksite? Ar galėtumėte nurodyti užklausos numerį?' },
  dispute: { title: 'Paminėti mokėjimo ginčijimą', body: 'Norėčiau tai išspręsti su jumis. Jei nepavyks, {amount} mokėjimą ginčysiu per savo kortelės banką.' },
  executive: { title: 'Paklausti apie skundų skyrių', body: 'Ar galėtumėte pasakyti, kaip susisiekti su jūsų skundų skyriumi arba vadovybe?' },
  notYourFault: { title: 'Tai ne jūsų kaltė', body: 'Žinau, kad tai ne jūsų kaltė, ir labai vertinu jūsų pagalbą.' },
  thanks: { title: 'Padėka', body: 'Ačiū už pagalbą, {agentName}. Geros dienos!' },
};
