// How sign-in resists password guessing, for every kind of account (staff, Camats, village
// operators, superusers) alike. Failures are counted per account — whatever collection or
// address they come from — and per address; past a few, each account or address must wait,
// doubling the wait with every further failure. The right password does not open a waiting
// account before its time: otherwise guessing would only need to be patient.

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
  /** Failures per account allowed before it must wait. */
  freeFailuresPerAccount: 5,
  /** Failures per address allowed before it must wait (an office may share one address). */
  freeFailuresPerAddress: 20,
  firstWaitMs: 60 * 1000,
  longestWaitMs: 30 * 60 * 1000,
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
