/** A message for the user: an i18n key plus positional parameters ($1, $2 … in the locale string). */
export interface UiMessage {
  key: string;
  params?: string[];
}
