/**
 * Live feedback while the user types: each `input` only marks the draft dirty (nothing runs in
 * the keystroke's own task); the tone check runs once the browser is idle (or after a short
 * timeout), and the summary goes to the sidebar at most five times a second, the last state
 * always sent.
 */
import type { Analysis } from '../../core/tone/index';

const SEND_INTERVAL_MS = 200;
const IDLE_TIMEOUT_MS = 150;

export interface LiveOptions {
  win: Window;
  signal: AbortSignal;
  read: () => string | null;
  analyze: (text: string) => Analysis | null;
  publish: (text: string, analysis: Analysis | null) => void;
}

export interface Live {
  /** Call from the composer's input event. */
  dirty(): void;
  /** The draft left (sent or replaced): the next input is compared afresh. */
  forget(): void;
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

export function liveFeedback(options: LiveOptions): Live {
  const { win, signal } = options;
  let pending = false;
  let last: { text: string; analysis: Analysis | null } | null = null;
  let sentAt = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;

  const publish = () => {
    trailing = undefined;
    if (signal.aborted || !last) return;
    sentAt = win.performance.now();
    options.publish(last.text, last.analysis);
  };
  const run = () => {
    pending = false;
    const text = options.read();
    if (signal.aborted || text === null || text === last?.text) return;
    last = { text, analysis: text.trim() === '' ? null : options.analyze(text) };
    const wait = sentAt + SEND_INTERVAL_MS - win.performance.now();
    if (wait <= 0) publish();
    else trailing ??= setTimeout(publish, wait);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    const idle = (win as IdleWindow).requestIdleCallback;
    if (idle) idle.call(win, run, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(run, 16);
  };
  signal.addEventListener('abort', () => clearTimeout(trailing), { once: true });
  return {
    dirty: schedule,
    forget: () => {
      last = null;
    },
  };
}
