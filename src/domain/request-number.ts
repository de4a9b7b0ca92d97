// Request numbers: an office prefix, 40 random bits in Crockford base32 and a check character,
// e.g. PWK-7KX3-Q9MD-8. Requests and village proposals share the scheme and one number space.
// Shared by the status page (checks before any server call) and the PocketBase hooks.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RANDOM_LENGTH = 8;
/** Office prefixes: three letters without I, L, O and U, which are easily mistaken for digits. */
export const PREFIX_PATTERN = /^[ABCDEFGHJKMNPQRSTVWXYZ]{3}$/;
// Written out rather than derived: the status lookup runs this on every request, and simple
// regular expressions are what PocketBase's JS runtime evaluates fastest.
const RANDOM_PATTERN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}$/;
const TYPED_NUMBER_PATTERN = /^[ABCDEFGHJKMNPQRSTVWXYZ]{3}[0-9ABCDEFGHJKMNPQRSTVWXYZ]{9}$/;
/** The canonical form as stored: the pattern of every number field in PocketBase. */
export const NUMBER_PATTERN = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/;

/** Luhn mod 32 over the Crockford alphabet: catches every single wrong character and most swaps. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const codePoint = CROCKFORD_ALPHABET.indexOf(body.charAt(i));
    if (codePoint < 0) throw new Error(`"${body.charAt(i)}" bukan huruf/angka nomor permohonan`);
    const addend = factor * codePoint;
    sum += (addend >> 5) + (addend & 31);
    factor = 3 - factor;
  }
  return CROCKFORD_ALPHABET.charAt((32 - (sum & 31)) & 31);
}

export function isValidPrefix(prefix: string): boolean {
  return PREFIX_PATTERN.test(prefix);
}

/** Builds a number from its prefix and random part (RANDOM_LENGTH characters of the alphabet). */
export function formatRequestNumber(prefix: string, random: string): string {
  if (!isValidPrefix(prefix))
    throw new Error(`Awalan nomor "${prefix}" harus tiga huruf Crockford (tanpa I, L, O, U).`);
  if (!RANDOM_PATTERN.test(random)) {
    throw new Error(`Bagian acak nomor harus ${RANDOM_LENGTH} karakter Crockford base32.`);
  }
  return `${prefix}-${random.slice(0, 4)}-${random.slice(4)}-${checkCharacter(prefix + random)}`;
}

/** The number shown to people as an example (hints, messages, README); made by the real algorithm. */
export const EXAMPLE_NUMBER = formatRequestNumber('PWK', '7KX3Q9MD');

export type ParsedRequestNumber =
  | { ok: true; number: string; prefix: string }
  | { ok: false; reason: 'kosong' | 'format' | 'cek'; message: string };

const MESSAGES = {
  kosong: `Masukkan nomor permohonan, misalnya ${EXAMPLE_NUMBER}.`,
  format: `Nomor permohonan terdiri dari 3 huruf dan 9 huruf/angka, misalnya ${EXAMPLE_NUMBER}. Periksa kembali.`,
  cek: 'Nomor tidak valid, periksa kembali. Mungkin ada satu huruf atau angka yang salah ketik.',
} as const;

/**
 * Reads a number as people type it: any case, spaces or no dashes, O for 0 and I or L for 1.
 * Returns the canonical form, or why it cannot be a number we issued.
 */
export function parseRequestNumber(input: string): ParsedRequestNumber {
  const compact = input.toUpperCase().replace(/[\s\-–—._/]/g, '');
  if (compact === '') return { ok: false, reason: 'kosong', message: MESSAGES.kosong };
  const prefix = compact.slice(0, 3);
  const typed = prefix + compact.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!TYPED_NUMBER_PATTERN.test(typed)) return { ok: false, reason: 'format', message: MESSAGES.format };
  const random = typed.slice(3, 3 + RANDOM_LENGTH);
  const check = typed.charAt(3 + RANDOM_LENGTH);
  if (checkCharacter(prefix + random) !== check) return { ok: false, reason: 'cek', message: MESSAGES.cek };
  return { ok: true, number: `${prefix}-${random.slice(0, 4)}-${random.slice(4)}-${check}`, prefix };
}
