/**
 * Words that announce a one-time code, in Parley's seven languages (en de sk ja lt es fr). Kept
 * as data apart from the matching code. A trailing `*` marks a stem that may take endings
 * (Slovak and Lithuanian decline nouns: kód, kódu, kódom; kodas, kodą, kodo); other entries
 * must be whole words, so "pin" does not fire inside "spinning" or "pink".
 */
export const CODE_KEYWORDS: readonly string[] = [
  // en
  'code*', 'otp', 'pin', 'passcode*', 'verification', 'verify', 'one-time', 'one time', '2fa', 'security code*',
  // de
  'bestätigungscode*', 'sicherheitscode*', 'einmalcode*', 'verifizierungscode*', 'aktivierungscode*',
  'zugangscode*', 'freischaltcode*', 'anmeldecode*', 'sms-code*', 'tan', 'mtan', 'smstan', 'einmalpasswort*',
  'einmalkennwort*', 'bestätigung*', 'verifizierung*',
  // sk
  'kód*', 'overovac*', 'overenie', 'overenia', 'jednorazov*', 'bezpečnostn*',
  // lt
  'kod*', 'patvirtinim*', 'vienkartin*', 'slaptažod*',
  // es
  'código*', 'codigo*', 'verificación', 'verificacion', 'clave', 'contraseña',
  // fr
  'vérification', 'mot de passe', 'usage unique', 'à usage unique',
];

/**
 * Japanese writes no spaces between words, so these match anywhere (and digits are often
 * full-width, which the code pattern accepts).
 */
export const CODE_KEYWORDS_UNSPACED: readonly string[] = [
  'コード', '認証番号', '確認番号', '暗証番号', 'ワンタイムパスワード', 'ワンタイム', 'パスコード', '認証', 'ＯＴＰ', 'ＰＩＮ',
];

/**
 * Words right before a keyword that make a nearby number something else: "zip code 10115",
 * "error code 5003", "QRコード".
 */
export const NOT_A_CODE_BEFORE: readonly string[] = [
  'zip', 'postal', 'post', 'area', 'error', 'promo', 'promotional', 'discount', 'coupon', 'voucher',
  'gift', 'gift card', 'country', 'dial', 'dialing', 'tracking', 'product', 'reference', 'referral',
  'status', 'bar', 'qr', 'source', 'dress', 'fehler', 'rabatt', 'gutschein',
];

/** The same for Japanese, matched without word boundaries. */
export const NOT_A_CODE_BEFORE_UNSPACED: readonly string[] = ['QR', 'ＱＲ', 'バー', 'クーポン', 'プロモーション', '割引', 'エラー', '郵便'];

/** Words right after a keyword that do the same: "code postal 75001", "código de descuento". */
export const NOT_A_CODE_AFTER: readonly string[] = [
  'postal', 'de descuento', 'de error', 'promo', 'promocional', 'de promoción', 'de réduction',
  'de suivi', "d'erreur", 'de seguimiento', 'chyby', 'klaidos', 'pašto',
];

/** Units and currencies right after a number that make it an amount, not a code: "1234 euros". */
export const NOT_A_CODE_UNITS: readonly string[] = [
  '€', '$', '£', '¥', '円', 'eur', 'euro', 'euros', 'usd', 'dollar', 'dollars', 'gbp', 'jpy', 'yen', 'chf',
  'czk', 'kč', 'pln', 'zł', 'sek', 'nok', 'dkk', 'kr', 'items', 'pcs', 'km', 'kg', 'min', 'minutes',
  'hours', 'days', 'tage', 'dní', 'días', 'jours', 'dienų', '日', '個', '件',
];
