import { afterEach, describe, expect, it } from 'vitest';
import { saveCaptured } from '../../../src/background/save-captured';
import { verifyChain } from '../../../src/core/transcript/hash-chain';
import { saveSettings } from '../../../src/platform/settings-store';
import { getMessages } from '../../../src/platform/transcript-db';

const batch = (text: string) => ({
  widget: 'generic',
  topUrl: 'https://shop.example/help',
  title: 'Help',
  snapshot: true,
  messages: [{ key: 'k1', author: 'customer' as const, text, seenAt: 1_000 }],
});

afterEach(() => saveSettings({ 'transcripts.redactCards': true, 'transcripts.redactIbans': false, 'transcripts.redactCodes': false }));

describe('redaction before storing', () => {
  it('hides card numbers by default, before the text is hashed', async () => {
    const r = await saveCaptured(batch('My card 4242 4242 4242 4242 was charged twice'), 2_000);
    const [stored] = await getMessages(r.conversationId);
    expect(stored!.text).not.toContain('4242 4242 4242 4242');
    expect(stored!.text).toContain('4242]');
    expect(await verifyChain([stored!])).toEqual({ ok: true });
  });

  it('hides IBANs and one-time codes only when switched on', async () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00, code: 493817';
    const plain = await saveCaptured(batch(text), 2_000);
    expect((await getMessages(plain.conversationId))[0]!.text).toBe(text);
    await saveSettings({ 'transcripts.redactIbans': true, 'transcripts.redactCodes': true });
    const hidden = await saveCaptured({ ...batch(text), widget: 'other' }, 3_000);
    const stored = (await getMessages(hidden.conversationId))[0]!.text;
    expect(stored).not.toContain('0532 0130 00');
    expect(stored).not.toContain('493817');
  });

  it('stores the text untouched when every kind is off', async () => {
    await saveSettings({ 'transcripts.redactCards': false });
    const r = await saveCaptured(batch('4242 4242 4242 4242'), 2_000);
    expect((await getMessages(r.conversationId))[0]!.text).toBe('4242 4242 4242 4242');
  });
});
