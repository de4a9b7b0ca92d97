// Proofs of work the way any client could make them, independently of the site's solver
// (src/lib/proof-of-work-solver.ts): tests pass them where a resident's browser would.
import { createHash } from 'node:crypto';
import type { SubmissionKind } from '../../src/domain/proof-of-work';

export function solve(challenge: { salt: string; challenge: string; maxNumber: number }) {
  for (let number = 0; number <= challenge.maxNumber; number++) {
    if (
      createHash('sha256')
        .update(challenge.salt + number)
        .digest('hex') === challenge.challenge
    )
      return { ...challenge, number };
  }
  throw new Error('unsolvable');
}

/**
 * A solved submission challenge for `key`, asked of the server at `url`; for a complaint about a
 * request, bound to its number and verifier too.
 */
export async function submissionProof(
  url: string,
  key: string,
  kind?: SubmissionKind,
  about?: { number: string; verifier: string },
) {
  const response = await fetch(`${url}/api/layanan/tantangan`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key, ...(kind ? { kind } : {}), ...about }),
  });
  return solve((await response.json()).challenge);
}
