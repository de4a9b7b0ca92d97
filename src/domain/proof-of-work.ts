// A self-hosted proof of work (in the manner of ALTCHA; nothing loaded from another host): the
// server picks a salt and a secret number n ≤ maxNumber and sends SHA-256(salt + n); the browser
// finds n by trying 0, 1, 2 … and sends it back with the signed challenge. Costly for a script
// that guesses thousands of times, a moment for one person. Challenges are signed by the server
// (HMAC-SHA-256) and bound to what they allow — e.g. one status lookup of one number with one
// verifier — so a solution cannot be reused for another guess.

export interface PowChallenge {
  algorithm: 'SHA-256';
  /** Random, then "." and the expiry in ms since epoch. */
  salt: string;
  /** Hex SHA-256 of salt + the secret number. */
  challenge: string;
  maxNumber: number;
  /** Hex HMAC-SHA-256, by the server, of signedText(challenge, scope). */
  signature: string;
}

export interface PowSolution extends PowChallenge {
  number: number;
}

/** Wrong verifiers of one number, and from one address, are counted over a day: guessing slowly does not reset them. */
export const LOOKUP_FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** How long a challenge may be solved and used. */
export const POW_LIFETIME_MS = 2 * 60 * 1000;

/**
 * The most a number's owner is ever asked to solve because of what others did with the number: at
 * most 3 s in Chromium with its processor slowed 4× (a cheap phone), as bench/owner-cost.ts measures
 * (docs/performance.md).
 */
export const OWNER_WORK_CAP = 100_000;

/**
 * The work an attempt on a number costs (the secret number's upper bound; on average half of it is
 * tried). From the number's wrong verifiers of the day: nothing for the first three (the owner's
 * typos), then OWNER_WORK_CAP whatever their count, so strangers can make the owner wait seconds
 * at most. From the wrong verifiers sent from the attempt's own address, on any number: nothing for
 * the first ten of the day (an office's counter shares one address), then rising — a guesser pays
 * for its own guesses, and more with each.
 */
export function lookupWork(numberFailures: number, addressFailures: number): number | null {
  const forNumber = numberFailures < 3 ? 0 : OWNER_WORK_CAP;
  const forAddress =
    addressFailures < 10 ? 0 : addressFailures < 30 ? 100_000 : addressFailures < 100 ? 400_000 : 2_000_000;
  const work = Math.max(forNumber, forAddress);
  return work === 0 ? null : work;
}

/**
 * The work an online application or complaint costs a script sending them by the thousand: as much
 * as a resident is ever asked for, so that a complaint about one's own request — one proof for the
 * complaint and the number together — stays within the owner's seconds too. Solved before the
 * upload starts and valid for half an hour, long enough for a large upload on a weak signal.
 */
export const SUBMISSION_WORK = OWNER_WORK_CAP;
export const SUBMISSION_CHALLENGE_LIFETIME_MS = 30 * 60 * 1000;

/** What may be sent with a submission challenge: an online application or a complaint. */
export const SUBMISSION_KINDS = ['permohonan', 'pengaduan'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export function isSubmissionKind(value: string): value is SubmissionKind {
  return (SUBMISSION_KINDS as readonly string[]).includes(value);
}

/** A solution as a client sent it (parsed JSON), when it has a solution's shape; what it proves is checked by the server. */
export function sentPowSolution(value: unknown): PowSolution | null {
  if (!value || typeof value !== 'object') return null;
  const { salt, challenge, maxNumber, signature, number } = value as Partial<Record<keyof PowSolution, unknown>>;
  if (typeof salt !== 'string' || typeof challenge !== 'string' || typeof signature !== 'string') return null;
  if (!Number.isInteger(maxNumber) || !Number.isInteger(number)) return null;
  return { algorithm: 'SHA-256', salt, challenge, signature, maxNumber: maxNumber as number, number: number as number };
}

/** What a submission's challenge is bound to: its kind and its idempotency key. */
const submissionScope = (kind: SubmissionKind, key: string) => `${kind}|${key}`;

/** A submission's challenge: what it is bound to, the work it costs and how long it may be used. */
export const submissionTerms = (kind: SubmissionKind, key: string) => ({
  scope: submissionScope(kind, key),
  work: SUBMISSION_WORK,
  lifetimeMs: SUBMISSION_CHALLENGE_LIFETIME_MS,
});

/** The text the server signs: the challenge and the scope it is for. */
export function signedText(challenge: Pick<PowChallenge, 'salt' | 'challenge' | 'maxNumber'>, scope: string): string {
  return `${challenge.salt}|${challenge.challenge}|${challenge.maxNumber}|${scope}`;
}

/** When the challenge stops being valid (ms since epoch), read from its salt. */
export function challengeExpiry(challenge: Pick<PowChallenge, 'salt'>): number {
  return Number(challenge.salt.split('.').pop());
}
