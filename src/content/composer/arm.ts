/**
 * The composer gate's send listeners, armed when the content script starts (document_start) in
 * every frame, so that they run before the page's own handlers for Enter, the send control's
 * click and the form's submit. They cost next to nothing until a chat is bound: the gate's
 * judgment (gate.ts, with the tone engine) is loaded only then and attached here, with the
 * listeners that need not come first (typing, input-method composition).
 */
export type SendHandler = (event: Event) => void;

export interface ArmedGate {
  /** Hands the listeners to the gate's judgment (replacing any earlier one). */
  attach(onSend: SendHandler): void;
  /** Removes the listeners (the extension went away). */
  disarm(): void;
}

const SEND_EVENTS = ['keydown', 'keypress', 'keyup', 'click', 'submit'];

export function armGate(win: Window): ArmedGate {
  let handler: SendHandler | null = null;
  const onSend = (event: Event) => handler?.(event);
  // `true`: capture, without an options object (or an AbortSignal) to convert at start-up.
  for (const type of SEND_EVENTS) win.addEventListener(type, onSend, true);
  return {
    attach(next) {
      handler = next;
    },
    disarm() {
      handler = null;
      for (const type of SEND_EVENTS) win.removeEventListener(type, onSend, true);
    },
  };
}
