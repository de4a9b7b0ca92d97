// How the numbers watched on this device ("Pantau nomor ini", ./watched-numbers.ts) are checked,
// by the service worker when the app is opened and in the background: looked up as "Cek status"
// does, and a changed step told in the words of the office's WhatsApp update.
import { TRACKED_KIND_LABELS, type StatusLookupAnswer } from '../domain/public-status';
import { isFinished, type ComplaintStatus, type ProposalStatus, type RequestStatus } from '../domain/statuses';
import { ROUTES, routeUrl } from './api-address';
import { statusPagePath } from './paths';
import { servicePlacesOf } from './service-places';
import { allWatched, stageOf, stopWatching, watchNumber } from './watched-numbers';
import { nextAction, stepPhrase, type TrackedUpdate } from './whatsapp-update';

/** What a notification says: the same words as the office's WhatsApp update. */
export interface WatchNotice {
  number: string;
  title: string;
  body: string;
  /** The status page with the number filled in: this device knows the verifier, and looks it up. */
  url: string;
}

/** The lookup a resident makes with "Cek status", without the SDK; null when it cannot answer now. */
export async function lookUp(number: string, verifier: string): Promise<StatusLookupAnswer | null> {
  try {
    const response = await fetch(routeUrl(ROUTES.statusLookup), {
      method: ROUTES.statusLookup.method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number, verifier }),
    });
    // Not found, or a proof of work asked for (someone guessed at this number): tried again next time.
    return response.ok ? ((await response.json()) as StatusLookupAnswer) : null;
  } catch {
    return null;
  }
}

/** The notification of a result whose step changed, worded as the office's WhatsApp update. */
export async function watchNotice(result: StatusLookupAnswer): Promise<WatchNotice> {
  const base = {
    office: result.agency.shortName,
    number: result.number,
    service: result.service?.title ?? '',
    statusUrl: statusPagePath(result.number),
  };
  const update: TrackedUpdate =
    result.kind === 'permohonan'
      ? {
          ...base,
          kind: 'permohonan',
          status: result.status as RequestStatus,
          steps: result.steps,
          currentStep: result.currentStep,
          serviceSlug: result.service?.slug ?? '',
          collectAt:
            result.status === 'selesai' && result.service
              ? await servicePlacesOf(result.service.slug).catch(() => [])
              : [],
        }
      : result.kind === 'usulan'
        ? { ...base, kind: 'usulan', status: result.status as ProposalStatus }
        : { ...base, kind: 'pengaduan', status: result.status as ComplaintStatus };
  const finished = isFinished(result.status) ? ' Nomor ini tidak dipantau lagi.' : '';
  return {
    number: result.number,
    title: `${TRACKED_KIND_LABELS[result.kind]} ${result.number}`,
    body: `Sekarang ${stepPhrase(update)}. ${nextAction(update)}${finished}`,
    url: base.statusUrl,
  };
}

/**
 * Looks every watched number up, and notifies of each whose step changed since last seen. A
 * finished one is watched no longer: nothing changes any more but by its holder's own hand.
 */
export async function checkWatchedNumbers(
  notify: (notice: WatchNotice) => Promise<void>,
  registration: ServiceWorkerRegistration,
): Promise<void> {
  for (const watched of await allWatched()) {
    const result = await lookUp(watched.number, watched.verifier);
    if (!result) continue;
    if (stageOf(result) !== watched.stage) await notify(await watchNotice(result));
    if (isFinished(result.status)) await stopWatching(watched.number, registration);
    else await watchNumber(watched.number, watched.verifier, result);
  }
}
