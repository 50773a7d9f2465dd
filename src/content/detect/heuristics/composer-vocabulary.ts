/**
 * Cues for chat composers and send controls (widgets.md D.1 "Composer cues", "Send cues"),
 * including the extension's seven UI languages. Kept as data, apart from matching code.
 */

/** Placeholder / aria-label / name words of a chat composer. */
export const COMPOSER_HINT =
  /message|type|write|compose|reply|chat|ask|question|nachricht|schreib|mensaje|escrib|écri|ecri|votre message|メッセージ|入力|správ|napíš|žinut|rašyk/i;

/** Placeholder / label / name words of fields that are not chat composers. */
export const NON_COMPOSER_HINT =
  /search|suche|buscar|recherch|検索|hľad|ieško|\bq\b|e-?mail|newsletter|subscribe|abonn|suscrib|\bname\b|first.?name|last.?name|full.?name|\bphone\b|\btel\b|\bzip\b|postal|coupon|promo|password|comment|kommentar|comentario|commentaire|コメント|koment|review/i;

/** Test ids that vendors put on composers. */
export const COMPOSER_TESTIDS = /message-field|chat-input|widget-textarea|composer|message-input/i;

/** Words of a send control's label, title or text. */
export const SEND_WORDS =
  /\bsend\b|send message|send a message|senden|envoyer|enviar|送信|odoslať|poslať|siųsti|submit message|paper.?plane/i;

/** Class tokens of a send control. */
export const SEND_TOKENS: ReadonlySet<string> = new Set(['send', 'sender-button', 'submit-message', 'plane']);

/** Words of controls that are never a chat's send button: they post, publish, search or sign up. */
export const NOT_SEND_WORDS =
  /search|subscribe|sign ?up|comment|komment|comentar|コメント|koment|\bpost\b|publish|veröffentlich|publicar|publier|投稿|zverejni|paskelb|log ?in|register|newsletter/i;

/** Input types of contact fields (a chat composer never sits next to one). */
export const CONTACT_FIELD_TYPES: ReadonlySet<string> = new Set(['email', 'tel']);

/** `autocomplete` tokens of contact fields. */
export const CONTACT_AUTOCOMPLETE = /(^|\s)(email|tel(-[a-z-]+)?|name|given-name|family-name|additional-name|organization)(\s|$)/i;

/**
 * Name, id, placeholder or label words of contact fields: e-mail, phone, a person's name, a
 * subject line, in the extension's seven UI languages.
 */
export const CONTACT_FIELD_HINT =
  /e-?mail|mail\b|courriel|correo|メール|pašt|phone|telefon|teléfono|téléphone|電話|\btel\b|mobile|handy|subject|betreff|asunto|objet|sujet|件名|predmet|\btema\b|\bname\b|vorname|nachname|nombre|\bnom\b|prénom|名前|氏名|\bmeno\b|priezvisko|vardas|pavard/i;
