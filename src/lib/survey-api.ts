// Sends a satisfaction-survey response (pocketbase/pb_hooks/satisfaction_survey.pb.js) and says
// what came of it in words the form can show. Plain fetch, not the PocketBase SDK: the counter
// page loads nothing it does not need.
import type { PowChallenge } from '../domain/proof-of-work';
import type { SurveyOffer, SurveyProblem } from '../domain/satisfaction-survey';
import { ROUTES, POCKETBASE_URL, routeUrl } from './api-address';

/** Where responses go: with a number (the status page), or at the counter (also the plain HTML form's action). */
export const SURVEY_ROUTES = { nomor: ROUTES.surveyWithNumber, loket: ROUTES.surveyAtCounter } as const;
export type SurveyRoute = keyof typeof SURVEY_ROUTES;

/** The counter form's action for a browser without JavaScript (server-rendered, so no `location`). */
export const COUNTER_FORM_ACTION = `${POCKETBASE_URL.replace(/\/?$/, '')}${SURVEY_ROUTES.loket.path}`;

export type SurveyOutcome =
  | { kind: 'sent'; state: 'baru' | 'diubah'; offer: SurveyOffer | null }
  | { kind: 'invalid'; problems: SurveyProblem[] }
  /** Not taken: a wrong number or verifier, not finished yet, past its 7 days, too many from this device or network. */
  | { kind: 'refused'; message: string }
  | { kind: 'unreachable' }
  | { kind: 'server-error' };

const TOO_MANY =
  'Terlalu banyak penilaian dikirim dari jaringan ini. Tunggu sebentar, lalu kirim lagi; jawaban Anda tetap di sini.';

/**
 * Sends the form's fields. When the server first wants a proof of work (a number others tried to
 * guess), it is solved here — `onChecking` reports progress — and the response sent again.
 */
export async function sendSurvey(
  route: SurveyRoute,
  form: FormData,
  onChecking?: (share: number) => void,
): Promise<SurveyOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    let response: Response;
    try {
      response = await fetch(routeUrl(SURVEY_ROUTES[route]), {
        method: SURVEY_ROUTES[route].method,
        headers: { Accept: 'application/json' },
        body: form,
        credentials: 'same-origin',
      });
    } catch {
      return { kind: 'unreachable' };
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok) return { kind: 'sent', state: body.state, offer: body.offer ?? null };
    if (response.status === 428 && body.challenge) {
      const { solveChallenge } = await import('./proof-of-work-solver');
      onChecking?.(0);
      form.set('proof', JSON.stringify(await solveChallenge(body.challenge as PowChallenge, onChecking)));
      continue;
    }
    if (response.status === 400 && Array.isArray(body.problems)) return { kind: 'invalid', problems: body.problems };
    // PocketBase's own limiter answers in English, with its status in the body; ours explain in Indonesian.
    if (response.status === 429 && body.status === 429) return { kind: 'refused', message: TOO_MANY };
    if ([400, 401, 404, 409, 429].includes(response.status) && typeof body.message === 'string')
      return { kind: 'refused', message: body.message };
    return { kind: 'server-error' };
  }
  return { kind: 'server-error' };
}
