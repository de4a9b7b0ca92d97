// The public status lookup (pocketbase/pb_hooks/status_lookup.pb.js), as outcomes the page can explain.
import { ClientResponseError } from 'pocketbase';
import type { StatusLookupAnswer } from '../domain/public-status';
import { pocketbase } from './pocketbase-client';

export type LookupOutcome =
  | { kind: 'found'; result: StatusLookupAnswer }
  | { kind: 'not-found'; message: string }
  | { kind: 'invalid'; field: 'number' | 'verifier'; message: string }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'unreachable' }
  | { kind: 'server-error' };

const RATE_LIMITED = 'Terlalu banyak permintaan dari perangkat Anda. Tunggu sekitar satu menit, lalu coba lagi.';

export async function lookupStatus(number: string, verifier: string): Promise<LookupOutcome> {
  try {
    const result = await pocketbase().send<StatusLookupAnswer>('/api/layanan/status', { method: 'POST', body: { number, verifier }, requestKey: null });
    return { kind: 'found', result };
  } catch (error) {
    if (!(error instanceof ClientResponseError) || error.status === 0) return { kind: 'unreachable' };
    const message = typeof error.response?.['message'] === 'string' ? (error.response['message'] as string) : '';
    if (error.status === 404) return { kind: 'not-found', message };
    if (error.status === 429) {
      // A locked number explains itself; PocketBase's per-address limiter answers in English.
      return { kind: 'rate-limited', message: error.response?.['code'] === 'nomor-dikunci' ? message : RATE_LIMITED };
    }
    if (error.status === 400) return { kind: 'invalid', field: error.response?.['field'] === 'verifier' ? 'verifier' : 'number', message };
    return { kind: 'server-error' };
  }
}
