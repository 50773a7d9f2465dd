import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Out {
  id?: unknown;
  lang?: string;
  error?: string;
  findings: Array<{ rule: string; category: string; message: string; suggestions: unknown[] }>;
}

/** Runs `npm run --silent tone` the way the README shows, with the given stdin lines. */
function tone(lines: string[], args: string[] = []) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/tone-cli.ts', ...args], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Out), err: r.stderr };
}

describe('the tone CLI', () => {
  it('answers one JSON line per input with findings and English messages, and carries on past a bad line', () => {
    const { status, out } = tone([
      JSON.stringify({ id: 1, text: 'You people are useless idiots!!!' }),
      'this is not json',
      JSON.stringify({ id: 'calm', text: 'Could you check where my order 4411 is, please?' }),
      JSON.stringify({ id: 4 }),
    ]);
    expect(status).toBe(0);
    expect(out).toHaveLength(4);
    const [hostile, bad, calm, noText] = out;
    expect(hostile!.id).toBe(1);
    const exclaim = hostile!.findings.find((f) => f.category === 'exclaim')!;
    expect(exclaim).toMatchObject({ rule: 'core/exclaim', start: 29, end: 32 });
    expect(exclaim.message).toMatch(/^3 exclamation marks/);
    expect(exclaim.suggestions).toContainEqual({ scope: 'span', text: '.' });
    expect(hostile!.findings.some((f) => f.category === 'insult')).toBe(true);
    expect(Object.keys(exclaim).sort()).toEqual(['category', 'end', 'message', 'rule', 'severity', 'start', 'suggestions']);
    expect(bad!.error).toBeTruthy();
    expect(calm).toEqual({ id: 'calm', lang: 'en', findings: [] });
    expect(noText).toMatchObject({ id: 4, error: expect.stringContaining('text') });
  });

  it('uses --lang as the hint for lines without one, and a line\'s own lang first', () => {
    const text = 'Ihr seid alle Idioten.';
    const { out } = tone([JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text, lang: 'de' })], ['--lang', 'ja']);
    expect(out[0]!.lang).toBe('ja');
    expect(out[1]!.lang).toBe('de');
    expect(out[1]!.findings.map((f) => f.rule)).toContain('de/insult');
  });

  it('refuses an unknown --lang', () => {
    const { status, err } = tone([], ['--lang', 'xx']);
    expect(status).toBe(2);
    expect(err).toMatch(/--lang must be one of/);
  });
});
