import type { PhraseRule } from '../../pack';
import { PASS_SK } from './common';

/** Slovak blame, sarcasm, threats, ultimatums and dismissiveness. */
export const CONDUCT_SK: PhraseRule[] = [
  {
    id: 'blame',
    category: 'blame',
    severity: 'consider',
    phrases: [
      'vy tam ~4 (mimo|nič|nikto)', 'vy tam ~3 neviete', 'vy tam ~3 neschopn*', 'vy ľudia', 'vy všetci ste',
      'u vás ~1 (vždy|stále|zakaždým|večne) ~2 (niečo|nejaký|nejaká|nejaké|problém|problémy|chaos|bordel|zle)',
      'u vás ~1 (vždy|stále|zakaždým|večne) ~2 pokazen*', 'u vás ~1 (vždy|stále|zakaždým) to isté',
      'typické pre vás', 'typické pre vašu firmu', 'typicky vy', 'ako vždy u vás',
      'vy ~2 nič nedokážete', 'vy ~2 nikdy nič', 'nikto z vás ~2 (nič|nevie)', 'vy ~1 stále klamete',
      'vy ~1 (vždy|stále) všetko pokazíte', 'vaša firma ~2 (nikdy|vždy) ~1 (nič|zle|klame)',
      'klamete', 'zase klamete', 'vy ~1 klamete', 'klamete mi', 'klamali ste',
        '(zase|opäť|znova|ako vždy) ste ~1 (pokazili|pokašľali|dokašľali|posrali|zvorali|zbabrali|doplietli)',
      ],
    rewrite: {
      message:
        'Stalo sa mi to už viackrát a veľmi ma to frustruje. Môžete mi pomôcť, aby to tentoraz vyšlo?',
    },
    examples: {
      flag: [
        'Vy tam ste úplne mimo.',
        'U vás je vždy nejaký problém.',
        'U vás stále niečo nefunguje.',
        'Typické pre vás, najprv sľúbiť a potom nič.',
        'Nikto z vás nič nevie.',
        'Opäť ste to zbabrali.',
      ],
      pass: [...PASS_SK, 'Dostávam u vás vždy faktúru e-mailom?', 'Vy tam v Košiciach ste mi veľmi pomohli.'],
    },
  },
  {
    id: 'sarcasm',
    category: 'sarcasm',
    severity: 'consider',
    phrases: [
      'ďakujem ~1 za nič', 'vďaka za nič', 'dík za nič', 'no super takže', 'no paráda takže', 'no výborne takže',
      'no super ďalší', 'no nádhera', 'skvelá práca naozaj', 'fakt skvelá práca', 'gratulujem fakt',
      'gratulujem k takému', 'to sa vám ~1 podarilo', 'ste mi ~1 pomohli ako mŕtvemu zimnica',
      'pomohli ste mi ako mŕtvemu zimnica', 'jasné určite', 'no jasné ešte čo',
        '(no|tak to je) (super|paráda|výborne|skvelé|bomba|nádhera) ~1 (zase|opäť|znova|ďalší|ďalšia|ďalšie)',
        '(zase|opäť|znova) nič ~3 (super|skvelá|výborná|paráda|bravo|gratulujem)',
      ],
    rewrite: {
      message: 'Som sklamaný, pretože môj problém stále nie je vyriešený. Čo môžeme urobiť ďalej?',
    },
    examples: {
      flag: [
        'Ďakujem za nič, naozaj.',
        'No super, takže balík je zase stratený.',
        'Fakt skvelá práca, tretíkrát zlá adresa.',
        'To sa vám fakt podarilo.',
        'dakujem za nic',
        'Opäť nič, no paráda.',
      ],
      pass: [...PASS_SK, 'Super, ďakujem za rýchlu pomoc!', 'Skvelá práca, všetko prišlo v poriadku.'],
    },
  },
  {
    id: 'harm',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'viem kde ~2 (bývate|bývaš|pracujete|pracuješ|sedíte)', 'viem kde máte ~1 (pobočku|kanceláriu|sklad)',
      'zverejním ~4 (meno|adresu|adresa|telefón|číslo|fotku)',
      'dám ~3 (vaše|tvoje) ~1 (meno|adresu) na (internet|facebook|net)', 'ja si vás nájdem',
      'nájdem si vás', 'vybavím si vás', 'zabijem vás', 'zabijem ťa', 'rozbijem vám', 'dám vám po papuli',
    ],
    rewrite: {
      message: 'Som z tejto situácie veľmi nahnevaný. Prosím, povedzte mi záväzne, dokedy bude problém vyriešený.',
    },
    examples: {
      flag: [
        'Viem, kde bývate, a idem k právnikovi.',
        'Nájdem si vás, na to sa spoľahnite.',
        'Zverejním vaše telefónne číslo.',
      ],
      pass: [
        ...PASS_SK,
        'Viem, kde je balík: u suseda.',
        'Zajtra prídem na pobočku a tovar si vyzdvihnem.',
      ],
    },
  },
  {
    id: 'threat',
    category: 'threat',
    severity: 'strong',
    allowable: false,
    phrases: [
      'oľutujete', 'oľutuješ', 'budete to ~1 ľutovať', 'budeš to ~1 ľutovať', 'to budete ľutovať',
      'si ma neprajte', 'si ma neželajte', 'si ma nepraj', 'inak uvidíte', 'lebo uvidíte', 'inak to schytáte',
      'to si odnesiete', 'dostanem vás',
      'dajte si pozor ~2 čo',
      'zo života peklo', 'peklo zo života', 'urobím ~3 peklo',
        '(ešte raz|ešte jeden|ešte jedna|ešte jedno) ~5 (a|tak|a potom) (uvidíte|uvidíš|to schytáte|to oľutujete)',
      ],
    rewrite: {
      message:
        'Prosím, povedzte mi záväzný termín, do kedy to bude vyriešené. Inak sa obrátim na Slovenskú obchodnú inšpekciu.',
    },
    examples: {
      flag: [
        'Toto ešte oľutujete.',
        'Budete to ešte ľutovať.',
        'Vráťte peniaze, inak uvidíte.',
        'To si odnesiete, sľubujem.',
        'Ak to nebude hotové, tak si ma neprajte.',
        'este to olutujete', 'Ešte raz mi pošlite tú istú šablónu a uvidíte.',
      ],
      pass: [
        ...PASS_SK,
        'Viem, kde je problém: adresa je zle.',
        'Inak sa budem musieť obrátiť na SOI.',
        'Objednávku zruším a napíšem recenziu.',
      ],
    },
  },
  {
    id: 'demand',
    category: 'demand',
    severity: 'consider',
    phrases: [
      '(okamžite|ihneď|hneď) ~4 inak (uvidíte|budete|vás|prídem|dám|pôjdem|si)',
      '(okamžite|ihneď|hneď) ~4 lebo (uvidíte|budete|vás|prídem|dám|pôjdem|inak)', 'robte ~2 (robotu|prácu)',
      'makajte', 'ale fofrom', 'a to hneď', 'a to okamžite', 'a šup šup',
    ],
    rewrite: {
      message: 'Prosím, vráťte mi peniaze. Do kedy mi to môžete záväzne potvrdiť?',
    },
    examples: {
      flag: [
        'Pošlite mi náhradu okamžite, inak si peniaze zoženiem inak.',
        'Tak konečne robte svoju prácu.',
        'Chcem späť peniaze, a to hneď.',
      ],
      pass: [
        ...PASS_SK,
        'Diely potrebujem do piatku, inak stojí celá stavba.',
        'Prosím, hneď ma spojte s vedúcim, inak sa točíme v kruhu.',
        'Môžete to, prosím, okamžite stornovať?',
      ],
    },
  },
  {
    id: 'dismissive',
    category: 'dismissive',
    severity: 'consider',
    phrases: [
      '(drž|držte|zavri|zavrite|stiahni|stiahnite) ~1 (hubu|papuľu|zobák|ústa)', 'je mi ~1 ukradnuté',
      'je mi ~1 u riti', 'je mi (úplne|fakt) jedno čo', 'čítate ~1 vôbec', 'viete ~1 vôbec čítať',
      'neviete čítať', 'nemáte ani (šajnu|potuchy|poňatia)', 'nemáte (šajnu|potuchy|poňatia)',
      'nezaujíma ma čo (hovoríte|píšete|tvrdíte)', 'ušetrite ma ~2 (výhovoriek|kecov|fráz)',
      'nechajte si ~1 (výhovorky|kecy|frázy)', 'prestaňte ~1 kecať', 'nekecajte',
        '(robíte|robíš|robia) si ~2 (zo mňa|z nás) (srandu|dobrý deň|prdel|žarty|posmech|blázna|bláznov|kozy)', '(robíte|robíš|robia) si (srandu|dobrý deň|prdel|žarty|posmech|blázna|bláznov) (zo mňa|z nás)', '(kašlem|kašleme|seriem|serem) na (vás|vašu|váš|vaše|vašich|teba)', '(nemáte|nemáš) ~3 ani (páru|šajnu|potuchy|poňatia)',
      ],
    rewrite: {
      message: 'Mám pocit, že moja požiadavka ešte nebola pochopená. Môžem ju stručne zhrnúť?',
    },
    examples: {
      flag: [
        'Držte už hubu.',
        'Je mi úplne ukradnuté, čo píšu vaše podmienky.',
        'Čítate vôbec moje správy?',
        'Nechajte si tie výhovorky.',
        'Nemáte ani šajnu, však?',
        'Robíte si zo mňa srandu?', 'Nemáte o ničom ani páru.',
      ],
      pass: [...PASS_SK, 'Farba je mi jedno, hlavne nech to príde rýchlo.', 'Nemám ani šajnu, kde je faktúra.',
        'Mám ťažké prechladnutie, kašlem celý týždeň.',
      ],
    },
  },
];
