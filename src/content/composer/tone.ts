/**
 * The tone engine, loaded when a chat is bound rather than when the content script starts. The
 * content script runs in every frame of every page, and evaluating the engine (its packs and
 * Unicode-class regular expressions) costs a few milliseconds of main-thread time that pages
 * without a chat should never pay. The bundler keeps everything in the one content-script file
 * and turns this dynamic import into a module that is evaluated on first call (no extra file, no
 * web-accessible chunk). `loadTone()` is called when a widget is bound; the import settles in the
 * same task, long before the user can press Enter in the composer.
 */
import type * as Tone from '../../core/tone/index';

export type ToneEngine = typeof Tone;

let engine: ToneEngine | null = null;
let loading: Promise<ToneEngine> | null = null;

export function loadTone(): Promise<ToneEngine> {
  loading ??= import('../../core/tone/index').then((m) => (engine = m));
  return loading;
}

/** The engine once loaded, else null (the gate then lets the send through untouched). */
export function toneEngine(): ToneEngine | null {
  return engine;
}
