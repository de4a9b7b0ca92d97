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

/** Wrong verifiers of one number are counted over a day: guessing slowly does not reset them. */
export const LOOKUP_FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** How long a challenge may be solved and used. */
export const POW_LIFETIME_MS = 2 * 60 * 1000;

/**
 * The work a status lookup costs, from how many wrong verifiers the number has had lately: none
 * at first (the owner's typo costs nothing), then about half a second, two seconds and ten on a
 * slow phone (≈ 100,000 hashes a second), on average half of maxNumber hashes.
 */
export function lookupWork(recentFailures: number): number | null {
  if (recentFailures < 3) return null;
  if (recentFailures < 10) return 100_000;
  if (recentFailures < 50) return 400_000;
  return 2_000_000;
}

/**
 * The work an online application or complaint costs a script sending them by the thousand:
 * about half a second on a slow phone. Solved before the upload starts and valid for half an hour,
 * long enough for a large upload on a weak signal.
 */
export const SUBMISSION_WORK = 100_000;
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
export const submissionScope = (kind: SubmissionKind, key: string) => `${kind}|${key}`;

/** The text the server signs: the challenge and the scope it is for. */
export function signedText(challenge: Pick<PowChallenge, 'salt' | 'challenge' | 'maxNumber'>, scope: string): string {
  return `${challenge.salt}|${challenge.challenge}|${challenge.maxNumber}|${scope}`;
}

/** When the challenge stops being valid (ms since epoch), read from its salt. */
export function challengeExpiry(challenge: Pick<PowChallenge, 'salt'>): number {
  return Number(challenge.salt.split('.').pop());
}
