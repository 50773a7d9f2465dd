/**
 * A held send: the warning, and what each of its actions does. Edit puts the caret at the first
 * finding; Use suggestion replaces the draft with the calmer draft the warning shows (the user
 * then sends it); Send anyway repeats the user's send through the widget, once. The draft counts
 * as acknowledged from the moment the warning shows, so the same draft sent again goes through
 * without a second one.
 */
import type { Analysis, CalmDraft } from '../../core/tone/index';
import type { Binding } from '../detect/types';
import { placeCaret, readDraft } from './draft';
import { insertText } from './insert';
import type { SendIntent } from './intercept';
import { resend } from './resend';
import { showWarning, type Warning } from './warning';

export interface HoldContext {
  binding: Binding;
  /** Marks a text as seen: the gate lets it through from now on. */
  acknowledge(text: string): void;
  /** The warning went away: the draft was sent (Send anyway), or it stays in the composer. */
  settled(outcome: 'sent' | 'kept', text: string): void;
}

export interface Held extends Warning {
  /** Closes the warning without a choice (Esc) and puts focus back in the composer. */
  dismiss(): void;
}

export function holdSend(ctx: HoldContext, intent: SendIntent, text: string, analysis: Analysis, calmer: CalmDraft | null): Held {
  ctx.acknowledge(text);
  const findings = analysis.findings;
  const composer = () => {
    const now = ctx.binding.composer();
    return now?.isConnected ? now : intent.composer;
  };
  const dismiss = () => {
    warning.close();
    composer().focus();
    ctx.settled('kept', text);
  };
  const warning = showWarning(intent.composer, text, findings, calmer, {
    edit() {
      warning.close();
      const first = findings[0];
      placeCaret(composer(), first?.start ?? text.length, first ? text.slice(first.start, first.end) : '');
      ctx.settled('kept', text);
    },
    useSuggestion() {
      warning.close();
      const target = composer();
      insertText(target, calmer?.text ?? text, 'replace');
      const now = readDraft(target);
      ctx.acknowledge(now);
      ctx.settled('kept', now);
    },
    sendAnyway() {
      warning.close();
      const win = intent.composer.ownerDocument.defaultView;
      resend({ ...intent, composer: composer() }, {
        control: () => ctx.binding.sendButton(),
        draftChanged: () => {
          const now = ctx.binding.composer();
          return !now || !now.isConnected || readDraft(now) !== text;
        },
        wait: (ms) => new Promise((done) => (win ?? globalThis).setTimeout(done, ms)),
      }).then(() => ctx.settled('sent', text), () => ctx.settled('sent', text));
    },
    dismiss,
  });
  return { ...warning, dismiss };
}
