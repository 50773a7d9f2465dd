/**
 * The content script's awake stage as a file of its own (`src/content/awake.js` in the build):
 * messaging, capture, the gate's judgment with the tone engine, the sidebar. A frame evaluates it
 * only once a chat is found there or the background wakes it: the background injects it on the
 * frame's request (awake-load.ts), so the content script every frame of every page compiles stays
 * a fifth of its size. It leaves its module under a symbol of Parley's isolated world.
 */
import * as awake from './awake';
import { AWAKE_MODULE_KEY } from './wake';

const scope = globalThis as Record<symbol, unknown>;
scope[Symbol.for(AWAKE_MODULE_KEY)] ??= awake;
