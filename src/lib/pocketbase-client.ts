import PocketBase, { type RecordService } from 'pocketbase';
import type { CamatsRecord, CollectionRecords, OperatorsRecord, StaffRecord } from '../domain/records';
import { ROUTES, POCKETBASE_URL, routeUrl } from './api-address';
import { rememberSignInWarning } from './sign-in-warning';

/** The SDK with each collection's record type (src/domain/records.ts, generated from the schema). */
export interface TypedPocketBase extends Omit<PocketBase, 'collection'> {
  collection<Name extends keyof CollectionRecords>(name: Name): RecordService<CollectionRecords[Name]>;
}

let client: TypedPocketBase | undefined;

/** One SDK client per page, so every island shares the session (kept in localStorage). */
export function pocketbase(): TypedPocketBase {
  client ??= new PocketBase(POCKETBASE_URL) as unknown as TypedPocketBase;
  return client;
}

/** Accounts that sign in, by collection. */
export interface AccountRecords {
  staff: StaffRecord;
  operators: OperatorsRecord;
  camats: CamatsRecord;
}
export type AccountCollection = keyof AccountRecords;
export type SignedInAccount = AccountRecords[AccountCollection];

/** The account last signed in on this device, even if its session has ended (work goes on offline). */
export function rememberedAccount(): SignedInAccount | null {
  return (pocketbase().authStore.record as unknown as SignedInAccount | null) ?? null;
}

/** The account signed in on this device, if its session is still valid. */
export function signedInAccount(): SignedInAccount | null {
  return pocketbase().authStore.isValid ? rememberedAccount() : null;
}

/**
 * Ends the session on the server (every session of the account: PocketBase cannot end one token
 * alone) and forgets it on this device. Offline, it is at least forgotten here.
 */
export async function signOut(): Promise<void> {
  const { authStore } = pocketbase();
  if (authStore.token) {
    await fetch(routeUrl(ROUTES.signOut), {
      method: ROUTES.signOut.method,
      headers: { Authorization: authStore.token },
    }).catch(() => undefined);
  }
  authStore.clear();
  rememberSignInWarning(null);
}
