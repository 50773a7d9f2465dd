/** Tone messages are rendered by the shared i18n formatter; re-exported here for the engine's users. */
export { renderMessage } from '../i18n/format';
export type { MessageLookup } from '../i18n/format';
