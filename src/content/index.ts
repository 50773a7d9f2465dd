/**
 * Parley's content script, injected into every frame (top, iframes, about:blank/srcdoc). Its first
 * stage stays asleep until there may be a chat (sentinel.ts); the rest loads on demand (stage.ts).
 */
import { stage } from 'parley:content-stage';
import { startSentinel } from './sentinel';

startSentinel(window, document, stage);
