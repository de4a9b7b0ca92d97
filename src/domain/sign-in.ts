// How sign-in (and activation with a one-time code) resists guessing, for every kind of account
// (staff, Camats, village operators, superusers) alike, without letting strangers lock its holder
// out — OWASP's "device cookie" approach. A device that signed in to an account before carries a
// cookie the server signed for that account: only its own failures slow it down. Any other device
// is slowed by the account's failures from its own address, by its address's failures (whichever
// accounts), and — past a ceiling high enough that only a spread-out attack reaches it — by the
// account's failures from everywhere, which is audited and told to the holder at their next
// sign-in. Past its free failures each count makes the device wait, doubling the wait with every
// further failure; the right password does not shorten a wait: otherwise guessing would only need
// to be patient.

/**
 * How long a session lasts after signing in with a password, renewals included; the collections'
 * token durations are the same (checked by tests/integration/schema-agreement.test.ts). Village
 * operators work in the field on weak connections: a week between sign-ins.
 */
export const SESSION_HOURS = { staff: 8, camats: 8, operators: 7 * 24 } as const;
export type SignInCollection = keyof typeof SESSION_HOURS;

/** When every token of a session begun with a password at `signedInAt` (ms since epoch) has expired. */
export function sessionEnd(collection: SignInCollection, signedInAt: number): number {
  return signedInAt + SESSION_HOURS[collection] * 60 * 60 * 1000;
}

export const SIGN_IN_POLICY = {
  /** Failures counted together; an older first failure starts the count again. */
  windowMs: 15 * 60 * 1000,
  /** Failures of one account from one address (on a device not known to it) before that address waits for it. */
  freeFailuresPerAccountAddress: 5,
  /** Failures per address, whichever accounts (an office may share one address). */
  freeFailuresPerAddress: 20,
  /** Failures of one account from devices not known to it, every address together, before such devices wait. */
  freeFailuresPerAccount: 50,
  /** Failures on a device known to the account before it waits. */
  freeFailuresPerDevice: 5,
  firstWaitMs: 60 * 1000,
  longestWaitMs: 30 * 60 * 1000,
  /** How long a device stays known after it last signed in. */
  knownDeviceDays: 180,
  /** From this many recent failures on the account, its holder is told at sign-in. */
  warnFromFailures: 5,
} as const;

export interface FailureCount {
  failures: number;
  /** When the first failure of the current count happened (ms since epoch). */
  firstAt: number;
  /** When the last failure happened (ms since epoch). */
  lastAt: number;
}

/** The count after one more failure at `now`; failures more than `windowMs` apart start it again. */
export function countFailure(
  previous: FailureCount | null,
  now: number,
  windowMs: number = SIGN_IN_POLICY.windowMs,
): FailureCount {
  if (!previous || now - previous.lastAt > windowMs) return { failures: 1, firstAt: now, lastAt: now };
  return { failures: previous.failures + 1, firstAt: previous.firstAt, lastAt: now };
}

/** Until when (ms since epoch) sign-in must wait, or null when it may go ahead. */
export function waitUntil(count: FailureCount | null, freeFailures: number, now: number): number | null {
  if (!count || count.failures < freeFailures || now - count.lastAt > SIGN_IN_POLICY.windowMs) return null;
  const wait = Math.min(
    SIGN_IN_POLICY.longestWaitMs,
    SIGN_IN_POLICY.firstWaitMs * 2 ** (count.failures - freeFailures),
  );
  const until = count.lastAt + wait;
  return until > now ? until : null;
}

/** "3 menit", rounded up: how long someone has to wait. */
export function waitText(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 60_000))} menit`;
}

/** The failure counts that decide whether a sign-in attempt must wait. */
export type SignInFailures =
  /** From a device that signed in to the account before: its own failures only. */
  | { knownDevice: true; device: FailureCount | null }
  | {
      knownDevice: false;
      accountFromAddress: FailureCount | null;
      address: FailureCount | null;
      account: FailureCount | null;
    };

/** Until when (ms since epoch) a sign-in attempt with these failures must wait, or null. */
export function signInWaitUntil(failures: SignInFailures, now: number): number | null {
  const policy = SIGN_IN_POLICY;
  const waits =
    'device' in failures
      ? [waitUntil(failures.device, policy.freeFailuresPerDevice, now)]
      : [
          waitUntil(failures.accountFromAddress, policy.freeFailuresPerAccountAddress, now),
          waitUntil(failures.address, policy.freeFailuresPerAddress, now),
          waitUntil(failures.account, policy.freeFailuresPerAccount, now),
        ];
  const latest = Math.max(0, ...waits.map((until) => until ?? 0));
  return latest > now ? latest : null;
}

/** What the holder is told on signing in when others have been failing to sign in to the account, or null. */
export function signInWarning(account: FailureCount | null, now: number): string | null {
  if (!account || account.failures < SIGN_IN_POLICY.warnFromFailures || now - account.lastAt > SIGN_IN_POLICY.windowMs)
    return null;
  const held = account.failures >= SIGN_IN_POLICY.freeFailuresPerAccount;
  return (
    `Peringatan keamanan: ada ${account.failures} percobaan masuk yang gagal ke akun ini dalam ${SIGN_IN_POLICY.windowMs / 60_000} menit terakhir, ` +
    `dari perangkat yang belum pernah dipakai masuk ke akun ini.${held ? ' Perangkat baru sementara harus menunggu; perangkat Anda tidak.' : ''} ` +
    'Bila itu bukan Anda, ganti kata sandi Anda dan beri tahu kepala bidang.'
  );
}
