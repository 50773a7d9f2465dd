/**
 * A held send: the warning, and what each of its actions does. Edit puts the caret at the first
 * finding; Use suggestion replaces the draft with the calmer text (the user then sends it);
 * Send anyway repeats the user's send through the widget. The draft counts as acknowledged from
 * the moment the warning shows, so the same draft sent again goes through without a second one.
 */
import type { Analysis } from '../../core/tone/index';
import type { Binding } from '../detect/types';
import { placeCaret, readDraft } from './draft';
import { insertText } from './insert';
import type { SendIntent } from './intercept';
import { resend } from './resend';
import { calmerText } from './suggest';
import { showWarning, type Warning } from './warning';

export interface HoldContext {
  binding: Binding;
  /** Marks a text as seen: the gate lets it through from now on. */
  acknowledge(text: string): void;
}

export function holdSend(ctx: HoldContext, intent: SendIntent, text: string, analysis: Analysis): Warning {
  ctx.acknowledge(text);
  const findings = analysis.findings;
  const calmer = calmerText(text, findings);
  const composer = () => {
    const now = ctx.binding.composer();
    return now?.isConnected ? now : intent.composer;
  };
  const warning = showWarning(intent.composer, text, findings, calmer !== null, {
    edit() {
      warning.close();
      const first = findings[0];
      placeCaret(composer(), first?.start ?? text.length, first ? text.slice(first.start, first.end) : '');
    },
    useSuggestion() {
      warning.close();
      const target = composer();
      insertText(target, calmer ?? text, 'replace');
      ctx.acknowledge(readDraft(target));
    },
    sendAnyway() {
      warning.close();
      resend({ ...intent, composer: composer() }, ctx.binding.sendButton());
    },
    dismiss() {
      warning.close();
      composer().focus();
    },
  });
  return warning;
}
