// Accounts of village operators and Camats are made by the office's staff, who never set or learn
// their passwords: staff hand over a one-time activation code (on paper or by phone), and the
// account holder chooses a password with it on /aktivasi/. A new code (a reset) ends the old
// password and every session at once.
import { CROCKFORD_ALPHABET } from './request-number';

export const ACTIVATION_CODE_LENGTH = 12;
export const ACTIVATION_CODE_HOURS = 72;
export const ACTIVATION_PATH = '/aktivasi/';

/** The collections whose accounts are activated with a code. */
export const VILLAGE_ACCOUNT_COLLECTIONS = { operators: 'operator desa/kelurahan', camats: 'Camat' } as const;
export type VillageAccountCollection = keyof typeof VILLAGE_ACCOUNT_COLLECTIONS;

/** "K7Q2M9XD3PAB" → "K7Q2-M9XD-3PAB": in groups of four, as it is read out and typed. */
export function formatActivationCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** A code as typed — any case, spaces or dashes, O for 0, I or L for 1 — in its canonical form, or null. */
export function normalizeActivationCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s\-–—._]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== ACTIVATION_CODE_LENGTH) return null;
  for (const character of code) if (!CROCKFORD_ALPHABET.includes(character)) return null;
  return code;
}
