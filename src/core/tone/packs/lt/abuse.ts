import type { PhraseRule } from '../../pack';
import { PASS_LT } from './common';

/** Lithuanian insults and profanity. Stems (`*`) cover case endings and plurals. */
export const ABUSE_LT: PhraseRule[] = [
  {
    id: 'insult',
    category: 'insult',
    severity: 'strong',
    phrases: [
      'idiot*', 'debil*', 'kretin*', 'durnius', 'durniai', 'durni', 'durniaus', 'durnių', 'durniams',
      'durniais', 'kvailys', 'kvailiai', 'kvailių', 'kvailiais', 'kvailiams', 'asilas', 'asilai',
      'asilų', 'asilais', 'mulkis', 'mulkiai', 'mulkių', 'mulkiais', 'aferist*', 'sukčiai', 'sukčius',
      'sukčių', 'sukčiais', 'sukčiams', 'apgavik*',
      'vagys', 'vagių', 'vagimis', 'šikn*', 'pyder*', 'kalės vaik*', 'avigalv*', 'bukagalv*',
      'gėda jums',
      'jums turėtų būti gėda', 'jūs ~2 (kvaili|durni|buki|bukas|kvailas|durnas)',
      'tu ~2 (kvailas|durnas|bukas)',
      'eikit velniop', 'eikite velniop', 'eik velniop', 'eikit po velnių', 'eikit šikt', 'eik šikt',
      'melag*', 'klounai', 'klounais', 'klounų', 'bukaprot*', 'ar jūs normalūs', 'ar jūs sveiki',
      'ar jūs ~1 sveiko proto', 'velniop jus', 'jus velniop',
      'jūs ~1 išprotėję', 'ar jūs ~1 išprotėję', 'spjaunu į',
        '(eikit|eikite|eik) ~1 (šikt|šikti|velniop|po velnių|nachui|na hui)', 'jūs ~2 (kurti|kurčias|kurčia|akli|aklas|akla|nenormalūs|nenormalus|debilai|asilai|pamišę)',
      ],
    rewrite: {
      message:
        'Esu tikrai nusivylęs, nes problema vis dar neišspręsta. Gal galime kartu rasti sprendimą?',
    },
    examples: {
      flag: [
        'Jūs tikras idiotas, negaliu patikėti.',
        'Su tokiais debilais neįmanoma kalbėtis.',
        'Jūs, kvailiai, atsiuntėte ne tą spalvą.',
        'Jūs ką, visiškai kvaili?',
        'Sukčiai, jums rūpi tik mano pinigai.',
        'Eikit velniop.',
        'Ar jūs visai kurti?',
      ],
      pass: [
        ...PASS_LT,
        'Gal kvailas klausimas, bet kada atvažiuos kurjeris?',
        'Tai panašu į sukčiavimą, gavau keistą SMS.',
        'Apgailėtina, kad taip nutiko, bet tikiuosi greito sprendimo.',
        'Man gėda prisipažinti, bet pamiršau slaptažodį.',
        'Mano tėtis yra kurčias, todėl prašau rašyti žinutę.',
      ],
    },
  },
  {
    id: 'incompetent',
    category: 'insult',
    severity: 'consider',
    phrases: [
      'nevykėl*', 'nekompetenting*', 'apgailėtin* (įmonė|įmonės|firma|parduotuvė|aptarnavimas|darbas)',
      'kokia apgailėtin*', 'neprofesional*', 'diletant*', 'mėgėjiška*',
      'kas per nesąmonė', 'visiška nesąmonė', 'nesąmones rašot*', 'vienas didelis juokas', 'juokas o ne', 'cirkas o ne',
        '(aptarnavimas|įmonė|parduotuvė|paslauga|servisas|firma|programėlė|svetainė|prekė|produktas) ~2 (šlamštas|šūdas|mėšlas|šiukšlynas|pajuoka|cirkas|farsas)',
        'šlykšt* (aptarnavimas|įmonė|parduotuvė|paslauga|servisas|firma|elgesys)', '(aptarnavimas|įmonė|parduotuvė|firma|servisas) ~2 gėda',
      ],
    rewrite: {
      message: 'Esu nusivylęs, kaip iki šiol buvo sprendžiamas mano klausimas. Gal galite padėti jį išspręsti?',
    },
    examples: {
      flag: [
        'Koks nekompetentingas aptarnavimas.',
        'Jūs visiškai nekompetentingi.',
        'Kokia apgailėtina parduotuvė.',
        'Tai tiesiog neprofesionalu.',
        'Jūsų servisas tikras cirkas.',
        'Šlykštus elgesys su klientais.',
      ],
      pass: [
        ...PASS_LT,
        'Nenoriu pasakyti, kad jūs nevykėliai.',
        'Apgailėtina, kad taip nutiko, bet tikiuosi greito sprendimo.',
      ],
    },
  },
  {
    id: 'profanity',
    category: 'profanity',
    severity: 'strong',
    phrases: [
      'kurva', 'kurvos', 'kurvą', 'kurvom', 'kurw*', 'bliat', 'blet*', 'nachui', 'nachuj',
      'nahui', 'pizd*', 'pyzd*', 'šūd*', 'šudas', 'sudas', 'sudinas', 'sudina', 'bybis', 'bybio',
      'fuck*', 'shit', 'velniai rautų', 'velnias griebtų',
    ],
    rewrite: { message: 'Mane tai labai erzina. Prašau padėti tai išspręsti.' },
    examples: {
      flag: [
        'Kurva, kur mano siuntinys?',
        'Tas šūdinas spausdintuvas vėl neveikia.',
        'Blet, kiek galima laukti?',
        'Tai š*das, o ne prekė.',
        'Velniai rautų, vėl ta pati klaida.',
      ],
      pass: [
        ...PASS_LT,
        'Po velnių, įrašiau ne tą pašto kodą.',
        'Skalbyklės būgnas nebesisuka.',
        'Ar galite pasakyti, kas bus su mano siunta?',
      ],
    },
  },
];
