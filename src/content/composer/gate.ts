/**
 * The composer gate: the moment before a message leaves. Its listeners (arm.ts) sit on the window
 * in the capture phase, registered when the content script starts (document_start), so they run
 * before the page's own handlers for Enter, the send control's click and the form's submit; this
 * judgment is loaded and attached to them when a chat is found. Until a widget is bound they
 * return at once. Only the user's own (trusted) events are judged:
 * widgets' scripted follow-ups and the gate's own repeats pass untouched.
 *
 * A key press is one decision: when the gate takes an Enter (the send is held, or the key was
 * pressed on the warning) or an Esc (it closes the warning), the rest of that press (keypress,
 * key repeats, keyup) is the gate's too, so a widget that sends on keypress or keyup, or
 * listens on the whole document, never sees it.
 */
import type { Analysis, Lang } from '../../core/tone/index';
import { LANGS } from '../../core/tone/types';
import { sendToBackground } from '../../platform/messaging';
import type { Binding } from '../detect/types';
import { armGate, type ArmedGate } from './arm';
import { analyzeDraft, judge, suggestCalmer } from './check';
import { readDraft } from './draft';
import { holdSend, type Held } from './hold';
import { insertText, type InsertMode } from './insert';
import { eventReaches, isComposing, sendIntent, type SendIntent } from './intercept';
import { liveFeedback, type Live } from './live';
import { showNote, type Note } from './nudge';
import { Pacing } from './pacing';
import { followSettings, type LiveSettings } from './settings';
import { draftTone, type DraftPhase } from './summary';
import { loadTone, toneEngine } from './tone';

/** A send of the same text within this time is the same user action reaching us again. */
const SAME_ACTION_MS = 1_000;

interface Bound {
  binding: Binding;
  signal: AbortSignal;
  settings: LiveSettings;
  pacing: Pacing;
  live: Live;
  composer: HTMLElement | null;
  acknowledged: string | null;
  passed: { text: string; at: number };
  warning: Held | null;
  note: Note | null;
}

/**
 * A key press the gate took for itself, by key: the rest of it (keypress, repeats, keyup) stays
 * with the gate. `onWarning`: pressed on the warning, whose buttons act on it (the browser's
 * default action) while the page never sees it.
 */
type Taken = Map<string, { onWarning: boolean }>;

export interface ComposerGate {
  /** Starts gating the bound widget's composer until `signal` aborts. */
  bind(binding: Binding, signal: AbortSignal): void;
  insert(request: { text: string; mode: InsertMode }): { inserted: boolean };
}

/**
 * Compiles the likely language's tone rules while the browser is idle after a chat was found, so
 * the user's first keystroke is not the one that pays for it (a few hundred milliseconds once).
 */
function warmUpToneRules(win: Window, signal: AbortSignal): void {
  const guess = ((win.document.documentElement.lang || win.navigator.language || 'en').slice(0, 2).toLowerCase()) as Lang;
  const run = () => {
    if (!signal.aborted) toneEngine()?.prepareLanguage(LANGS.includes(guess) ? guess : 'en');
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 3_000 });
  else win.setTimeout(run, 500);
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Arms the listeners and attaches the judgment at once (tests, and frames bound at start). */
export function armComposerGate(win: Window, signal: AbortSignal): ComposerGate {
  const armed = armGate(win);
  signal.addEventListener('abort', () => armed.disarm(), { once: true });
  return createComposerGate(win, armed, signal);
}

/** The gate's judgment, attached to send listeners armed earlier; its own end with `signal`. */
export function createComposerGate(win: Window, armed: ArmedGate, signal: AbortSignal): ComposerGate {
  let bound: Bound | null = null;
  let composing = false;
  const taken: Taken = new Map();

  const reachesComposer = (b: Bound, event: Event) => {
    const composer = b.binding.composer();
    return !!composer && eventReaches(event, composer, (root) => root.activeElement === composer);
  };

  const publish = (b: Bound, phase: DraftPhase, text: string, analysis: Analysis | null) => {
    sendToBackground('draft/tone', draftTone(b.binding.widget, phase, text, analysis)).catch(() => undefined);
  };
  const closePanels = (b: Bound) => {
    b.warning?.close();
    b.note?.close();
    b.warning = b.note = null;
  };
  const passed = (b: Bound, text: string) => {
    closePanels(b);
    b.passed = { text, at: win.performance.now() };
    b.pacing.sent(text);
    b.live.forget();
    publish(b, 'cleared', '', null);
  };

  const decide = (b: Bound, event: Event, intent: SendIntent) => {
    const text = readDraft(intent.composer);
    if (text.trim() === '') return;
    const settings = b.settings.current();
    const repeat = text === b.passed.text && win.performance.now() - b.passed.at < SAME_ACTION_MS;
    if (repeat || text === b.acknowledged) return passed(b, text);
    const engine = toneEngine();
    if (!engine) return;
    const analysis = analyzeDraft(engine, text, settings, b.pacing.history(b.binding), Date.now());
    const verdict = judge(analysis, settings);
    if (!verdict.hold) {
      passed(b, text);
      if (verdict.nudge.length > 0) b.note = showNote(intent.composer, verdict.nudge, b.signal);
      return;
    }
    swallow(event);
    closePanels(b);
    const held = holdSend({
      binding: b.binding,
      acknowledge: (t) => (b.acknowledged = t),
      settled: (outcome, t) => {
        if (b.warning === held) b.warning = null;
        if (outcome === 'sent') passed(b, t);
        else refresh(b);
      },
    }, intent, text, analysis, suggestCalmer(engine, text, analysis, settings));
    b.warning = held;
    if (event.type === 'keydown') taken.set('Enter', { onWarning: false });
    b.live.settle(text);
    publish(b, 'held', text, analysis);
  };

  /** Publishes the draft's tone afresh (the warning closed and the draft stayed). */
  const refresh = (b: Bound) => {
    b.live.forget();
    b.live.dirty();
  };

  /** The rest of a press the gate took: kept from the page (on the warning, its default action stays). */
  const onTakenKey = (event: KeyboardEvent, onWarning: boolean): void => {
    const activates = onWarning && event.type === 'keypress' && !event.repeat && !!bound?.warning?.owns(event);
    if (!activates) event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'keyup') taken.delete(event.key);
  };

  const onKey = (b: Bound, event: KeyboardEvent): boolean => {
    // A fresh press of a key starts a new decision; other keys pressed meanwhile change nothing.
    if (event.type === 'keydown' && !event.repeat) taken.delete(event.key);
    const mine = taken.get(event.key);
    if (mine) {
      onTakenKey(event, mine.onWarning);
      return true;
    }
    if (event.type !== 'keydown' || composing || isComposing(event)) return false;
    const warning = b.warning;
    if (!warning) return false;
    if (event.key === 'Escape' && (warning.owns(event) || reachesComposer(b, event))) {
      swallow(event);
      taken.set('Escape', { onWarning: false });
      warning.dismiss();
      return true;
    }
    if (event.key === 'Enter' && warning.owns(event)) {
      // Enter on the warning's buttons: the button acts on it, the page's key handlers never see it.
      event.stopImmediatePropagation();
      taken.set('Enter', { onWarning: true });
      return true;
    }
    return false;
  };

  const onSend = (event: Event) => {
    const b = bound;
    if (!b || !event.isTrusted || b.signal.aborted) return;
    if (event instanceof KeyboardEvent) {
      if (onKey(b, event) || event.type === 'keyup') return;
      if (composing || isComposing(event) || event.key !== 'Enter') return;
    }
    const intent = sendIntent(event, b.binding);
    if (intent) decide(b, event, intent);
  };

  const onInput = (event: Event) => {
    const b = bound;
    if (!b || b.signal.aborted) return;
    if (!b.composer?.isConnected) b.composer = b.binding.composer();
    if (!b.composer || !eventReaches(event, b.composer, (root) => root.activeElement === b.composer)) return;
    b.warning?.close();
    b.warning = null;
    b.live.dirty();
  };

  armed.attach(onSend);
  const options = { capture: true, signal };
  win.addEventListener('input', onInput, { ...options, passive: true });
  win.addEventListener('compositionstart', () => (composing = true), options);
  win.addEventListener('compositionend', () => (composing = false), options);

  return {
    bind(binding, bindingSignal) {
      void loadTone().then(() => warmUpToneRules(win, bindingSignal));
      const b: Bound = {
        binding,
        signal: bindingSignal,
        settings: followSettings(bindingSignal, () => b.live.forget()),
        pacing: new Pacing(),
        live: liveFeedback({
          win,
          signal: bindingSignal,
          read: () => (b.composer?.isConnected ? readDraft(b.composer) : null),
          analyze: (text) => {
            const engine = toneEngine();
            return engine ? analyzeDraft(engine, text, b.settings.current()) : null;
          },
          publish: (text, analysis) => publish(b, analysis ? 'typing' : 'cleared', text, analysis),
        }),
        composer: binding.composer(),
        acknowledged: null,
        passed: { text: '', at: -Infinity },
        warning: null,
        note: null,
      };
      bound = b;
      bindingSignal.addEventListener('abort', () => {
        closePanels(b);
        if (bound === b) bound = null;
      }, { once: true });
    },
    insert({ text, mode }) {
      const composer = bound?.binding.composer();
      return { inserted: composer ? insertText(composer, text, mode) : false };
    },
  };
}
