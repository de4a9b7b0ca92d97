// The public status lookup (pocketbase/pb_hooks/status_lookup.pb.js), as outcomes the page can explain.
import { ClientResponseError } from 'pocketbase';
import type { StatusLookupAnswer } from '../domain/public-status';
import type { PowChallenge, PowSolution } from '../domain/proof-of-work';
import { pocketbase } from './pocketbase-client';
import type { AnswerOf, RequestOf } from '../domain/routes';
import { ROUTES } from './api-address';

/**
 * What lets the status page act for its resident after a lookup — send a document staff asked for,
 * reply to an answer, rate the service: the verifier it was looked up with (a complaint about the
 * request is checked again with it) and the server's access token for the number (STATUS_ACCESS_HOURS).
 */
export interface StatusAccess {
  verifier: string;
  token: string;
}

export type LookupOutcome =
  /** `access`: the server's access token for the number (pocketbase/pb_hooks/lib/number_guard.js). */
  | { kind: 'found'; result: StatusLookupAnswer; access: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'invalid'; field: 'number' | 'verifier'; message: string }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'unreachable' }
  | { kind: 'server-error' };

const RATE_LIMITED = 'Terlalu banyak permintaan dari perangkat Anda. Tunggu sekitar satu menit, lalu coba lagi.';

/**
 * Looks a number up. When the number has lately had wrong verifiers, the server first asks for a
 * proof of work (428); it is solved here — `onChecking` reports progress — and the lookup repeated.
 */
export async function lookupStatus(
  number: string,
  verifier: string,
  onChecking?: (share: number) => void,
): Promise<LookupOutcome> {
  let proof: PowSolution | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const { access, ...result } = await pocketbase().send<AnswerOf<typeof ROUTES.statusLookup>>(
        ROUTES.statusLookup.path,
        {
          method: ROUTES.statusLookup.method,
          body: { number, verifier, proof } satisfies RequestOf<typeof ROUTES.statusLookup>,
          requestKey: null,
        },
      );
      return { kind: 'found', result, access };
    } catch (error) {
      if (error instanceof ClientResponseError && error.status === 428 && error.response?.['challenge']) {
        const { solveChallenge } = await import('./proof-of-work-solver');
        onChecking?.(0);
        proof = await solveChallenge(error.response['challenge'] as PowChallenge, onChecking);
        continue;
      }
      return outcomeOf(error);
    }
  }
  return { kind: 'server-error' };
}

function outcomeOf(error: unknown): LookupOutcome {
  if (!(error instanceof ClientResponseError) || error.status === 0) return { kind: 'unreachable' };
  const message = typeof error.response?.['message'] === 'string' ? (error.response['message'] as string) : '';
  if (error.status === 404) return { kind: 'not-found', message };
  // PocketBase's per-address limiter answers in English; the page explains in Indonesian.
  if (error.status === 429) return { kind: 'rate-limited', message: RATE_LIMITED };
  if (error.status === 400)
    return { kind: 'invalid', field: error.response?.['field'] === 'verifier' ? 'verifier' : 'number', message };
  return { kind: 'server-error' };
}
