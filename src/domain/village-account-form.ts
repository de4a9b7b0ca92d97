// The form staff make a village operator's or Camat's account with (src/islands/staff/VillageAccounts.tsx),
// checked the same in the workspace and the server (pb_hooks/village_accounts.pb.js). Kept apart from
// village-accounts.ts so the activation page does not load what only staff need.
import { PHONE_EXAMPLE, isPhoneNumber } from './phone';
import type { VillageAccountCollection } from './village-accounts';

/** The relation each kind of account is tied to: an operator to a village, a Camat to a kecamatan. */
export const ACCOUNT_PLACE_FIELDS: Record<VillageAccountCollection, 'village' | 'kecamatan'> = {
  operators: 'village',
  camats: 'kecamatan',
};

/** An example address that passes the form's own check (tests/unit/village-account-form.test.ts). */
export const EMAIL_EXAMPLE = 'operator.desa@contoh.id';

export interface AccountInput {
  name: string;
  email: string;
  /** Operators only: Camat accounts have no phone. */
  phone: string;
  /** The village's or kecamatan's record id. */
  place: string;
}

export interface AccountProblem {
  field: 'name' | 'email' | 'phone' | 'village' | 'kecamatan';
  message: string;
}

export function isEmailAddress(text: string): boolean {
  return /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(text.trim());
}

/** What is wrong with an account staff are making, in the words the form shows; the server checks the same. */
export function accountProblems(collection: VillageAccountCollection, input: AccountInput): AccountProblem[] {
  const problems: AccountProblem[] = [];
  if (!input.place)
    problems.push(
      collection === 'operators'
        ? { field: 'village', message: 'Pilih desa atau kelurahan operator ini.' }
        : { field: 'kecamatan', message: 'Pilih kecamatan Camat ini.' },
    );
  if (!input.name.trim()) problems.push({ field: 'name', message: 'Tuliskan nama pemegang akun.' });
  if (!isEmailAddress(input.email))
    problems.push({
      field: 'email',
      message: `Tuliskan alamat email pemegang akun, misalnya ${EMAIL_EXAMPLE}: kode aktivasi dipakai bersama email ini.`,
    });
  if (collection === 'operators' && !isPhoneNumber(input.phone))
    problems.push({ field: 'phone', message: `Tuliskan nomor HP operator, misalnya ${PHONE_EXAMPLE}.` });
  return problems;
}
