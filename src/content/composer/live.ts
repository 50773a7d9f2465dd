/**
 * Live feedback while the user types: each `input` only marks the draft dirty (nothing runs in
 * the keystroke's own task); the tone check runs once the browser is idle (or after a short
 * timeout), and the summary goes to the sidebar at most five times a second, the last state
 * always sent.
 */
import type { Analysis } from '../../core/tone/index';

const SEND_INTERVAL_MS = 200;
const IDLE_TIMEOUT_MS = 150;
/**
 * While a long draft is typed without a pause, its check waits this long for the browser to be
 * idle: reading a huge field's value and finding the edit cost a few milliseconds that would
 * otherwise land between keystrokes several times a second.
 */
const LONG_IDLE_TIMEOUT_MS = 1_000;
/**
 * Drafts up to this length are checked whole on every pause in typing. A longer draft (a pasted
 * log, a 1 MB message) is checked live only around the part that just changed, so each keystroke
 * costs the same however long the draft is; the whole draft is still checked when it is sent.
 */
export const LIVE_WHOLE_MAX = 20_000;
const LIVE_WINDOW = 10_000;

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
  /**
   * The send of `text` was just decided (held): a check of the same text still waiting to be
   * published must not follow the warning and say "typing" to the sidebar.
   */
  settle(text: string): void;
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
    last = { text, analysis: text.trim() === '' ? null : text.length <= LIVE_WHOLE_MAX ? options.analyze(text) : analyzeAroundEdit(text, last?.text ?? '', options.analyze) };
    const wait = sentAt + SEND_INTERVAL_MS - win.performance.now();
    if (wait <= 0) publish();
    else trailing ??= setTimeout(publish, wait);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    const idle = (win as IdleWindow).requestIdleCallback;
    if (idle) idle.call(win, run, { timeout: (last?.text.length ?? 0) > LIVE_WHOLE_MAX ? LONG_IDLE_TIMEOUT_MS : IDLE_TIMEOUT_MS });
    else setTimeout(run, 16);
  };
  signal.addEventListener('abort', () => clearTimeout(trailing), { once: true });
  return {
    dirty: schedule,
    forget: () => {
      last = null;
    },
    settle: (text) => {
      clearTimeout(trailing);
      trailing = undefined;
      last = { text, analysis: null };
    },
  };
}

/**
 * The check of a long draft around its latest edit: the changed span (common prefix and suffix
 * with the previous draft) widened to LIVE_WINDOW either side, cut at whitespace where it can be,
 * analysed alone, with offsets mapped back into the whole draft. Suggestions for the whole
 * message do not fit a part of it and are left out; span suggestions keep their offsets.
 */
export function analyzeAroundEdit(text: string, previous: string, analyze: (text: string) => Analysis | null): Analysis | null {
  let prefix = 0;
  const shortest = Math.min(text.length, previous.length);
  while (prefix < shortest && text.charCodeAt(prefix) === previous.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && text.charCodeAt(text.length - 1 - suffix) === previous.charCodeAt(previous.length - 1 - suffix)) suffix++;
  const editStart = previous === '' ? text.length : prefix;
  const editEnd = previous === '' ? text.length : text.length - suffix;
  const start = wordBoundary(text, Math.max(0, editStart - LIVE_WINDOW), -1);
  const end = wordBoundary(text, Math.min(text.length, editEnd + LIVE_WINDOW), 1);
  const analysis = analyze(text.slice(start, end));
  if (!analysis) return null;
  return {
    lang: analysis.lang,
    findings: analysis.findings.map((f) => ({ ...f, start: f.start + start, end: f.end + start, suggestions: f.suggestions.filter((s) => s.scope === 'span') })),
  };
}

/** `at` moved to the nearest whitespace within 200 characters in `direction`, or kept, never splitting a surrogate pair. */
function wordBoundary(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(text.length, at));
  for (let i = 0, p = at; i < 200 && p > 0 && p < text.length; i++, p += direction) {
    if (/\s/.test(text[p]!)) return direction < 0 ? p + 1 : p;
  }
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + direction : at;
}
