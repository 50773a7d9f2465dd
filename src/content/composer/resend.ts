/**
 * "Send anyway": the held send is repeated through the widget's own mechanism, so the widget
 * sends exactly as it would have. The gate lets the repeat through because it is not the user's
 * own (trusted) event, and the user has now seen the warning for this draft.
 *
 * A held Enter is repeated as the browser would send it: keydown, keypress unless the keydown
 * was cancelled, keyup. Widgets send on any of the three, and some without cancelling anything
 * (an <input> has no newline to prevent), so the send counts as done when the widget cancelled
 * the key or the composer's draft changed (emptied, or replaced by a re-rendered composer). Some
 * widgets clear the draft a moment later (React and Vue update the DOM after the event), so that
 * is checked again after a short wait. Only when neither happened (no widget handler sends on
 * Enter: synthetic key events have no default action, no newline and no implicit submission) is
 * the send control clicked or the form submitted instead. Exactly one send, in every case.
 */
import type { SendIntent } from './intercept';

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
/** How long a widget may take to clear its composer after sending on a key. */
const SETTLE_MS = 60;

/** Dispatches the Enter key events on the composer; true when the widget cancelled one. */
function pressEnter(composer: HTMLElement): boolean {
  composer.focus();
  const down = new KeyboardEvent('keydown', ENTER);
  composer.dispatchEvent(down);
  let cancelled = down.defaultPrevented;
  if (!cancelled) {
    const press = new KeyboardEvent('keypress', { ...ENTER, charCode: 13 });
    composer.dispatchEvent(press);
    cancelled = press.defaultPrevented;
  }
  const up = new KeyboardEvent('keyup', ENTER);
  composer.dispatchEvent(up);
  return cancelled || up.defaultPrevented;
}

function submit(form: HTMLFormElement, submitter?: HTMLElement): void {
  const button = submitter && form.contains(submitter) && 'form' in submitter ? submitter : undefined;
  if (typeof form.requestSubmit === 'function') form.requestSubmit(button as HTMLButtonElement | undefined);
  else form.submit();
}

export interface ResendContext {
  /** The widget's send control right now, if any. */
  control(): HTMLElement | null;
  /** Whether the composer no longer holds the held draft. */
  draftChanged(): boolean;
  /** Waits for the widget to settle (a timer in the composer's window). */
  wait(ms: number): Promise<void>;
}

/** Repeats the user's send; resolves once it has been handed to the widget. */
export async function resend(intent: SendIntent, ctx: ResendContext): Promise<void> {
  const control = ctx.control();
  if (intent.kind === 'click' && (control ?? intent.control)) {
    (control ?? intent.control)!.click();
    return;
  }
  if (intent.kind === 'submit' && intent.form) {
    submit(intent.form, intent.control);
    return;
  }
  if (pressEnter(intent.composer) || ctx.draftChanged()) return;
  await ctx.wait(SETTLE_MS);
  if (ctx.draftChanged()) return;
  const form = intent.composer.isConnected ? intent.composer.closest('form') : null;
  const now = ctx.control();
  if (now) now.click();
  else if (form) submit(form);
}
