/**
 * The content script past its first stage (sentinel.ts): detection, and once a chat is found or
 * the background asks, everything else (lifecycle.ts). The build wraps this entry in a function
 * the sentinel calls (vite.config.ts, scripts/lib/content-stage.ts).
 */
export { startParley } from './lifecycle';
