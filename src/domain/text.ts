// Free text people type into forms. Control characters and the Unicode controls that reverse or
// isolate the direction of text can make what staff read differ from what was stored (a name
// that displays as another, a phone number shown backwards): they are refused, not silently dropped.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function hasHiddenControls(text: string): boolean {
  return HIDDEN_CONTROLS.test(text);
}

/** Sixteen digits in a row is a NIK: it belongs on the KTP photo, never in free text. */
export function looksLikeNik(text: string): boolean {
  return /(^|\D)\d{16}(\D|$)/.test(text);
}

export const HIDDEN_CONTROLS_MESSAGE =
  'memuat karakter tersembunyi (misalnya pembalik arah teks). Ketik ulang isinya tanpa menempelkan teks dari tempat lain.';

/**
 * A number as people write it — "12", "-1", "2.5" — and nothing else: not "1e3", "0x10" or
 * "Infinity", which JavaScript's Number() would read and a database column would not. Null when
 * it is not such a number.
 */
export function plainNumber(typed: string): number | null {
  const text = typed.trim();
  return /^-?\d{1,12}(\.\d{1,6})?$/.test(text) ? Number(text) : null;
}
