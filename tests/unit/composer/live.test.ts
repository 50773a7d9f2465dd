/**
 * Live feedback on a long draft (a pasted log, a 1 MB message): each pause in typing checks only
 * the part around the edit, so typing costs the same however long the draft is, and what it finds
 * points at the right place in the whole draft.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAroundEdit, LIVE_WHOLE_MAX, liveFeedback } from '../../../src/content/composer/live';
import * as tone from '../../../src/core/tone/index';

const filler = 'I ordered the blender on the third and it has not arrived yet, so I am writing again. ';
const long = filler.repeat(Math.ceil((LIVE_WHOLE_MAX * 50) / filler.length)); // about 1 MB

describe('analyzeAroundEdit', () => {
  it('checks only a window around the edit and maps findings back into the whole draft', () => {
    const before = `You idiots lost it. ${long}`;
    const after = `${before}Where is it, you morons?`;
    const seen: number[] = [];
    const analysis = analyzeAroundEdit(after, before, (text) => {
      seen.push(text.length);
      return tone.analyze(text, { lang: 'en' });
    })!;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(25_000);
    const insults = analysis.findings.filter((f) => f.category === 'insult');
    // The insult typed at the end is found where it is; the one at the start is outside the window.
    expect(insults.map((f) => after.slice(f.start, f.end).toLowerCase())).toEqual([expect.stringMatching(/morons$/)]);
    expect(analysis.findings.every((f) => f.suggestions.every((s) => s.scope === 'span'))).toBe(true);
  });

  it('an edit at the start is checked at the start', () => {
    const before = long;
    const after = `You idiots lost it. ${long}`;
    const analysis = analyzeAroundEdit(after, before, (text) => tone.analyze(text, { lang: 'en' }))!;
    const insult = analysis.findings.find((f) => f.category === 'insult')!;
    expect(after.slice(insult.start, insult.end).toLowerCase()).toMatch(/idiots$/);
    expect(insult.start).toBeLessThan(20);
  });

  it('never splits a surrogate pair at the window edges', () => {
    const emoji = '😀'.repeat(30_000);
    const after = `${emoji} you idiot ${emoji}`;
    const windows: string[] = [];
    analyzeAroundEdit(after, `${emoji} you ${emoji}`, (text) => {
      windows.push(text);
      return tone.analyze(text, { lang: 'en' });
    });
    expect(windows[0]).toMatch(/^[\s\S]*you idiot[\s\S]*$/);
    expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(windows[0]!)).toBe(false);
  });
});

describe('liveFeedback while typing without a pause', () => {
  /** A window whose browser is never idle: idle callbacks run only when their timeout expires. */
  function busyWindow() {
    let now = 0;
    const timers: { at: number; fn: () => void }[] = [];
    const win = {
      performance: { now: () => now },
      requestIdleCallback: (fn: () => void, o?: { timeout: number }) => timers.push({ at: now + (o?.timeout ?? 0), fn }),
      advance(ms: number) {
        now += ms;
        for (const t of timers.filter((x) => x.at <= now)) {
          timers.splice(timers.indexOf(t), 1);
          t.fn();
        }
      },
    };
    return win;
  }

  function typeFor(draft: string, seconds: number) {
    const win = busyWindow();
    let text = draft;
    let checks = 0;
    const live = liveFeedback({
      win: win as unknown as Window,
      signal: new AbortController().signal,
      read: () => text,
      analyze: () => {
        checks++;
        return null;
      },
      publish: () => undefined,
    });
    // A key every 100 ms (a slow browser with a huge field), each one an input event.
    for (let t = 0; t < seconds * 1000; t += 100) {
      text += 'a';
      live.dirty();
      win.advance(100);
    }
    return checks;
  }

  it('after a held send, a check of the same draft still waiting is not published; the next edit is', () => {
    const win = busyWindow();
    let text = 'You idiots lost my order';
    const published: string[] = [];
    const live = liveFeedback({
      win: win as unknown as Window,
      signal: new AbortController().signal,
      read: () => text,
      analyze: () => null,
      publish: (t) => void published.push(t),
    });
    live.dirty();
    live.settle(text);
    win.advance(1_000);
    expect(published).toEqual([]);
    text += '!';
    live.dirty();
    win.advance(1_000);
    expect(published).toEqual(['You idiots lost my order!']);
  });

  it('checks a short draft several times a second, and a 1 MB draft about once a second', () => {
    expect(typeFor('Where is my order? ', 5)).toBeGreaterThanOrEqual(20);
    const long = typeFor(filler.repeat(Math.ceil(1_000_000 / filler.length)), 5);
    expect(long).toBeGreaterThanOrEqual(4);
    expect(long).toBeLessThanOrEqual(6);
  });
});
