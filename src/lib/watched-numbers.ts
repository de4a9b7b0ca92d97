// "Pantau nomor ini": numbers a resident asked this device to watch, each with its verifier and the
// step last seen, kept in IndexedDB on this device only — the page and the service worker both read
// them. The service worker (src/service-worker/service-worker.ts) checks them each time the app is
// opened and, where the browser allows it (Periodic Background Sync: an installed app in Chrome on
// Android), in the background about twice a day, and shows a notification on the device when the
// step changed. No push service, no phone number, no subscription on the server: the server sees
// the same lookup as a resident pressing "Cek status". How they are checked: ./watch-check.ts.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { StatusLookupAnswer } from '../domain/public-status';

export interface WatchedNumber {
  number: string;
  verifier: string;
  /** Its status and step when last seen (stageOf): a notification says when they change. */
  stage: string;
  /** When it was last looked up. */
  checkedAt: string;
}

/** The Periodic Background Sync registration's name. */
export const WATCH_SYNC_TAG = 'pantau-status';
/** About twice a day: the browser chooses when, never more often than this. */
export const WATCH_SYNC_INTERVAL_MS = 12 * 60 * 60 * 1000;

/** Periodic Background Sync (Chromium only, not yet in TypeScript's DOM types). */
interface PeriodicSync {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}
const periodicSyncOf = (registration: ServiceWorkerRegistration) =>
  (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSync }).periodicSync;

let store: UseStore | undefined;
const opened = () => (store ??= createStore('layanan-pantau', 'nomor'));

export const allWatched = () => values<WatchedNumber>(opened());

export const stageOf = (result: Pick<StatusLookupAnswer, 'status' | 'currentStep'>) =>
  `${result.status}/${result.currentStep}`;

export const watchedNumber = (number: string) => get<WatchedNumber>(number, opened());

/** Watches a number from a result just looked up: its step then is what a change is measured from. */
export const watchNumber = (
  number: string,
  verifier: string,
  result: Pick<StatusLookupAnswer, 'status' | 'currentStep' | 'checkedAt'>,
) =>
  set(
    number,
    { number, verifier, stage: stageOf(result), checkedAt: result.checkedAt } satisfies WatchedNumber,
    opened(),
  );

/** Stops watching a number; with none left, the background checks stop too. */
export async function stopWatching(number: string, registration: ServiceWorkerRegistration | undefined) {
  await del(number, opened());
  if (registration && (await allWatched()).length === 0)
    await periodicSyncOf(registration)
      ?.unregister(WATCH_SYNC_TAG)
      .catch(() => undefined);
}

/**
 * Asks for background checks about twice a day. Whether the browser grants them is its own choice
 * (an installed app in Chrome on Android, used often enough): false where it does not.
 */
export async function checkInBackground(registration: ServiceWorkerRegistration): Promise<boolean> {
  const periodicSync = periodicSyncOf(registration);
  if (!periodicSync) return false;
  try {
    await periodicSync.register(WATCH_SYNC_TAG, { minInterval: WATCH_SYNC_INTERVAL_MS });
    return (await periodicSync.getTags()).includes(WATCH_SYNC_TAG);
  } catch {
    return false;
  }
}
