// Phone numbers as applicants and village contacts give them, and the status-lookup verifier
// derived from them. The pattern is also the PocketBase field pattern of every phone field
// (checked by tests/integration/schema-agreement.test.ts).

/** Digits with an optional leading "+", spaces, dashes and brackets: "0812-3456-7890", "+62 812 3456 7890". */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{7,19}$/;

/** A number shown to people as an example; tests check it passes isPhoneNumber. */
export const PHONE_EXAMPLE = '0812 3456 7890';

export function isPhoneNumber(text: string): boolean {
  return PHONE_PATTERN.test(text.trim());
}

/** The verifier an applicant gives: the last four digits of the phone number they registered. */
export function phoneVerifier(phone: string): string {
  return phone.replace(/\D/g, '').slice(-4);
}

export function isWellFormedVerifier(verifier: string): boolean {
  return /^\d{4}$/.test(verifier.trim());
}

/**
 * The verifier from what a person typed where it is asked for: the four digits themselves, or a
 * whole phone number typed by habit, of which the last four are taken. Undefined when it is neither.
 */
export function verifierFromTyped(typed: string): string | undefined {
  const text = typed.trim();
  if (isWellFormedVerifier(text)) return text;
  return isPhoneNumber(text) ? phoneVerifier(text) : undefined;
}

/**
 * An Indonesian phone number as written ("0877 2444 7749", "(0286) 591892") in international
 * digits without "+" ("6287724447749"). Short service numbers such as 171 stay as they are.
 */
export function internationalPhoneDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}
