/**
 * Word lists for UI chrome inside message rows: timestamps, avatars, receipts, screen-reader
 * labels and typing indicators. A message's text must exclude all of them.
 */

/** Class tokens of elements whose text is never part of a message. */
export const CHROME_TOKENS: ReadonlySet<string> = new Set([
  'time', 'timestamp', 'timeago', 'date', 'datetime', 'avatar', 'receipt', 'receipts',
  'delivered', 'seen', 'status', 'meta', 'metadata', 'footer', 'actions', 'toolbar', 'reactions',
  'sender', 'author', 'name', 'username', 'byline', 'header', 'tooltip', 'menu',
]);

/** Class names of visually hidden text meant only for screen readers. */
export const SR_ONLY_CLASSES: ReadonlySet<string> = new Set([
  'sr-only', 'sr_only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader',
  'screen-reader-only', 'a11y-hidden', 'assistive-text', 'offscreen', 'u-hidden-visually',
  'hidden-accessible', 'ui-helper-hidden-accessible', 'cdk-visually-hidden', 'slds-assistive-text',
]);

/** Class tokens marking a typing indicator row. */
export const TYPING_TOKENS: ReadonlySet<string> = new Set(['typing', 'composing', 'istyping']);

/** Text of typing indicators, in the extension's seven languages. */
export const TYPING_TEXT = /\b(is|are) typing|typing\u2026|typing\.\.\.|schreibt|est en train d'écrire|está escribiendo|escribiendo|入力中|píše|rašo/i;

/** Elements whose content is never message text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'img', 'picture', 'video', 'audio', 'canvas',
  'time', 'button', 'input', 'textarea', 'select', 'iframe', 'object',
]);

/** Elements that start a new line when flattening text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr',
  'section', 'article', 'header', 'footer', 'table', 'figure', 'figcaption', 'dl', 'dt', 'dd',
]);
