/**
 * "Send anyway": the held send is repeated through the widget's own mechanism, so the widget
 * sends exactly as it would have. The gate lets the repeat through because the user has now
 * seen the warning for this draft. Synthetic key events do no default action (no newline, no
 * implicit form submission), so when no widget handler took the Enter, the send control is
 * clicked or the form submitted instead: exactly one of the two happens.
 */
import type { SendIntent } from './intercept';

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };

function pressEnter(composer: HTMLElement): boolean {
  composer.focus();
  const down = new KeyboardEvent('keydown', ENTER);
  composer.dispatchEvent(down);
  let handled = down.defaultPrevented;
  if (!handled) {
    const press = new KeyboardEvent('keypress', { ...ENTER, charCode: 13 });
    composer.dispatchEvent(press);
    handled = press.defaultPrevented;
  }
  composer.dispatchEvent(new KeyboardEvent('keyup', ENTER));
  return handled;
}

function submit(form: HTMLFormElement, submitter?: HTMLElement): void {
  const button = submitter && form.contains(submitter) && 'form' in submitter ? submitter : undefined;
  if (typeof form.requestSubmit === 'function') form.requestSubmit(button as HTMLButtonElement | undefined);
  else form.submit();
}

/** Repeats the user's send; `control` is the widget's send control right now, if any. */
export function resend(intent: SendIntent, control: HTMLElement | null): void {
  if (intent.kind === 'click' && (control ?? intent.control)) {
    (control ?? intent.control)!.click();
    return;
  }
  if (intent.kind === 'submit' && intent.form) {
    submit(intent.form, intent.control);
    return;
  }
  if (pressEnter(intent.composer)) return;
  const form = intent.composer.closest('form');
  if (control) control.click();
  else if (form) submit(form);
}
