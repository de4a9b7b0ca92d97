// Sends a resident's submission without an account — an online application or a complaint: a
// proof of work bound to its idempotency key (src/domain/proof-of-work.ts), then the multipart
// upload with progress, in the outbox's terms (src/lib/outbox.ts). A proof the server no longer
// takes (428: others started guessing at the number a complaint is about) is retried by the
// outbox with a new challenge.
import type { PowChallenge, PowSolution, SubmissionKind } from '../domain/proof-of-work';
import type { SendOutcome } from './outbox';
import type { AnswerOf, RequestOf, Route } from '../domain/routes';
import { ROUTES, routeUrl } from './api-address';
import { uploadRecord } from './upload';

export async function sendWithProof<R extends Route>(
  kind: SubmissionKind,
  key: string,
  route: R,
  formData: (proof: PowSolution) => FormData,
  onProgress: (sent: number, total: number) => void,
  /** A complaint about a request: its number and verifier, which the same proof covers (more work while others guess at it). */
  about?: { number: string; verifier: string },
): Promise<SendOutcome<AnswerOf<R>>> {
  let challenge: PowChallenge;
  try {
    const response = await fetch(routeUrl(ROUTES.submissionChallenge), {
      method: ROUTES.submissionChallenge.method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key, kind, ...about } satisfies RequestOf<typeof ROUTES.submissionChallenge>),
    });
    if (!response.ok) return { kind: 'retry-later', reason: `Server menjawab ${response.status}` };
    challenge = ((await response.json()) as AnswerOf<typeof ROUTES.submissionChallenge>).challenge;
  } catch {
    return { kind: 'retry-later', reason: 'Tidak ada sambungan' };
  }
  const { solveChallenge } = await import('./proof-of-work-solver');
  const proof = await solveChallenge(challenge);
  return uploadRecord<AnswerOf<R>>(routeUrl(route), formData(proof), null, onProgress);
}
