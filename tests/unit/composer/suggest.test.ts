// "Use suggestion": the calmer draft keeps everything the user wrote that was not a finding and
// rewrites only the flagged spans and sentences, in all seven languages.
import { describe, expect, it } from 'vitest';
import { analyzeDraft as analyzeWith, suggestCalmer as suggestWith } from '../../../src/content/composer/check';
import * as tone from '../../../src/core/tone/index';

const analyzeDraft = (...args: Parameters<typeof analyzeWith> extends [unknown, ...infer R] ? R : never) => analyzeWith(tone, ...args);
const suggestCalmer = (...args: Parameters<typeof suggestWith> extends [unknown, ...infer R] ? R : never) => suggestWith(tone, ...args);
import { calmDraft, type Finding } from '../../../src/core/tone/index';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';

const settings = DEFAULT_SETTINGS;

function calmer(text: string) {
  const analysis = analyzeDraft(text, settings);
  return { analysis, calm: suggestCalmer(text, analysis, settings) };
}

/** Realistic held drafts: the hostile part, then the facts the agent needs (kept verbatim). */
const DRAFTS: { lang: string; hostile: string; facts: string }[] = [
  { lang: 'en', hostile: 'You people are useless idiots!!!', facts: 'My order 4411 arrived broken and I want a refund by Friday.' },
  { lang: 'de', hostile: 'Ihr seid alle Idioten!!!', facts: 'Meine Bestellung 4411 kam kaputt an und ich will bis Freitag mein Geld zurück.' },
  { lang: 'sk', hostile: 'Ste banda neschopných idiotov!!!', facts: 'Objednávka č. 4411 prišla rozbitá a chcem peniaze späť do piatku.' },
  { lang: 'ja', hostile: 'お前らバカか！！！', facts: '注文番号4411の商品が壊れて届きました。金曜日までに返金してください。' },
  { lang: 'lt', hostile: 'Jūs visi idiotai!!!', facts: 'Užsakymas 4411 atkeliavo sugadintas. Prašau grąžinti pinigus iki penktadienio.' },
  { lang: 'es', hostile: '¡Sois unos inútiles!', facts: 'Mi pedido 4411 llegó roto y quiero el reembolso antes del viernes.' },
  { lang: 'fr', hostile: 'Vous êtes des incapables !!!', facts: 'Ma commande 4411 est arrivée cassée et je veux être remboursé avant vendredi.' },
];

/** What a rewrite must never leave behind. */
function readsNaturally(text: string): void {
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/ {2}/); // no double spaces
  expect(text).not.toMatch(/ [,.;](?=\s|$)/u); // no space before , . ; (French spaces only ! ? :)
  expect(text).not.toMatch(/[,;:、]\s*[.!?。！？]/u); // no orphaned comma before a sentence end
  expect(text).not.toMatch(/^[,.;:!?、。]/u); // nothing dangling at the start
  expect(text).not.toMatch(/[,;:、]$/u); // nor at the end
  expect(text).not.toMatch(/¡[^!]*$/u); // no Spanish ¡ without its !
}

describe('the calmer draft', () => {
  it.each(DRAFTS)('$lang: keeps the facts verbatim and rewrites only the hostile sentence', ({ lang, hostile, facts }) => {
    const draft = lang === 'ja' ? `${hostile}${facts}` : `${hostile} ${facts}`;
    const { analysis, calm } = calmer(draft);
    expect(analysis.lang).toBe(lang);
    expect(calm).not.toBeNull();
    expect(calm!.text.endsWith(facts)).toBe(true);
    expect(calm!.text).not.toContain(hostile.replace(/[!！¡]+/gu, '').trim());
    // The I-statement is the pack's own, written by people, and it is the only new text.
    const statement = calm!.text.slice(0, calm!.text.length - facts.length).trim();
    const offered = analysis.findings.flatMap((f) => (f.calm ? [f.calm] : []));
    expect(offered).toContain(statement);
    expect(calm!.parts.filter((p) => !p.changed).map((p) => p.text).join('')).toContain(facts);
    // Calm now: checked again, nothing holds it.
    expect(analyzeDraft(calm!.text, settings, undefined, undefined, analysis.lang).findings.filter((f) => f.family === 'hostile')).toEqual([]);
    readsNaturally(calm!.text);
  });

  it('turns the audit example into an I-statement followed by the order number and the request', () => {
    const { calm } = calmer('You people are useless idiots!!! My order 4411 arrived broken and I want a refund by Friday.');
    expect(calm!.text).toBe("I'm really frustrated with how this has gone, and I need it resolved. My order 4411 arrived broken and I want a refund by Friday.");
  });

  it('drops only the offending clause of a sentence and capitalises what follows', () => {
    expect(calmer('You are useless, my order 4411 arrived broken!!!').calm!.text)
      .toBe("I'm frustrated that this still isn't sorted out. Could you help me fix it? My order 4411 arrived broken.");
    expect(calmer('Danke für nichts, die Sendung 4411 ist immer noch nicht da!!').calm!.text)
      .toBe('Ich bin enttäuscht, weil mein Problem noch nicht gelöst ist. Was können wir als Nächstes tun? Die Sendung 4411 ist immer noch nicht da.');
  });

  it('keeps calm sentences before and after, line breaks included', () => {
    const text = 'Hi,\nmy order 4411 arrived broken.\nYou people never listen!!!\nPlease send a replacement.';
    expect(calmer(text).calm!.text).toBe("Hi,\nmy order 4411 arrived broken.\nI've had this problem several times now, and I'd like it solved this time.\nPlease send a replacement.");
  });

  it('fixes marks and shouting in place, keeping the rest of the sentence', () => {
    expect(calmer('WHERE IS MY PARCEL? I ordered the blue kettle on 3 May (order 4411) and the tracking hasn\'t moved!!!').calm!.text)
      .toBe("Where is my parcel? I ordered the blue kettle on 3 May (order 4411) and the tracking hasn't moved.");
    expect(calmer('WHY IS NOBODY ANSWERING MY EMAILS').calm!.text).toBe('Why is nobody answering my emails');
    expect(calmer('Das ist doch lächerlich!!! Ich warte seit dem 3. Mai auf die Bestellung 4411.').calm!.text)
      .toBe('Das ist doch lächerlich. Ich warte seit dem 3. Mai auf die Bestellung 4411.');
  });

  it('removes a swear word without leaving a gap, and calms what that uncovers', () => {
    expect(calmer('Damn, the parcel is late again.').calm!.text).toBe('The parcel is late again.');
    expect(calmer('The damn parcel is late again.').calm!.text).toBe('The parcel is late again.');
    expect(calmer('This shit service lost my parcel 4411.').calm!.text).toBe('This service lost my parcel 4411.');
    // Little is left without the swear word: the sentence gets the rule's calm sentence instead.
    expect(calmer('Go fuck yourself.').calm!.text).toBe('This is really frustrating me. Please help me sort it out.');
    // Without "fucking", "This is ridiculous" is a finding of its own: calmed in a second round.
    const { calm } = calmer('This is fucking ridiculous, I ordered on 3 May and still nothing!!');
    expect(calm!.text).toBe("I'm frustrated that this still isn't resolved. What can you do today? I ordered on 3 May and still nothing.");
  });

  it('keeps a clause that carries facts, removing only the flagged phrase', () => {
    const { calm } = calmer('You idiots sent me the wrong size and the box was soaked through when it arrived.');
    expect(calm!.text).toBe("I'm really frustrated with how this has gone, and I need it resolved. You sent me the wrong size and the box was soaked through when it arrived.");
  });

  it('marks exactly what Parley changed; the parts make up the text', () => {
    const { calm } = calmer('You people are useless idiots!!! My order 4411 arrived broken.');
    expect(calm!.parts.map((p) => p.text).join('')).toBe(calm!.text);
    expect(calm!.parts.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(["I'm really frustrated with how this has gone, and I need it resolved."]);
    const shouted = calmer('My order 4411 is late. WHERE IS MY PACKAGE!!').calm!;
    expect(shouted.parts).toEqual([
      { text: 'My order 4411 is late. ', changed: false },
      { text: 'Where is my package.', changed: true },
    ]);
  });

  it('offers nothing for coaching findings alone: their advice is not a rewrite of the message', () => {
    const coaching: Finding = { rule: 'core/length', category: 'length', family: 'coaching', severity: 'consider', start: 0, end: 5, lang: 'en', message: { key: 'tone_length' }, suggestions: [{ scope: 'message', text: 'Put your request in the first line.' }] };
    expect(calmDraft('Hello there, a long story.', [coaching], 'en')).toBeNull();
  });
});
