/**
 * Parley's content script, injected into every frame (top, iframes, about:blank/srcdoc). It stays
 * idle until a support chat shows up: see lifecycle.ts and detect/watch.ts.
 */
import { startParley } from './lifecycle';

startParley(window, document);
