/**
 * The composer gate's listeners, armed when the content script starts (document_start) in every
 * frame, so that they run before the page's own handlers for Enter, the send control's click and
 * the form's submit. They cost next to nothing until a chat is bound: the gate's judgment (gate.ts,
 * with the tone engine) is loaded only then and attached here.
 */
export interface GateHandlers {
  onSend(event: Event): void;
  onInput(event: Event): void;
}

export interface ArmedGate {
  /** Removes the listeners (the extension went away). */
  disarm(): void;
  /** Hands the listeners to the gate's judgment (replacing any earlier one). */
  attach(handlers: GateHandlers): void;
  /** Whether an input method is composing text right now (its Enter is not a send). */
  composing(): boolean;
}

const SEND_EVENTS = ['keydown', 'keypress', 'keyup', 'click', 'submit'];

export function armGate(win: Window): ArmedGate {
  let handlers: GateHandlers | null = null;
  let composing = false;
  const onSend = (event: Event) => handlers?.onSend(event);
  const onInput = (event: Event) => handlers?.onInput(event);
  const onComposition = (event: Event) => (composing = event.type === 'compositionstart');
  // `true`: capture, without an options object (and no AbortSignal) to convert at start-up.
  for (const type of SEND_EVENTS) win.addEventListener(type, onSend, true);
  win.addEventListener('input', onInput, { capture: true, passive: true });
  win.addEventListener('compositionstart', onComposition, true);
  win.addEventListener('compositionend', onComposition, true);
  return {
    attach(next) {
      handlers = next;
    },
    composing: () => composing,
    disarm() {
      handlers = null;
      for (const type of SEND_EVENTS) win.removeEventListener(type, onSend, true);
      win.removeEventListener('input', onInput, true);
      win.removeEventListener('compositionstart', onComposition, true);
      win.removeEventListener('compositionend', onComposition, true);
    },
  };
}
