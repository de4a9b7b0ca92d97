// Where a request stands among its steps, in the words the status page, the printed receipt and
// the WhatsApp update all use, so that they never disagree: a finished request ("Selesai") has
// passed every one of its steps, whichever step staff recorded it at, and says where its result is
// collected (the service's delivery points, content/service-points.yaml).
import { isFinished, stepsHaveBegun, type RequestStatus } from './statuses';
import type { PublicStatus } from './public-status';

/**
 * A step's state. "dilewati" is a proposal's or complaint's step it went past without taking it —
 * verification skipped, a complaint answered without being passed to a unit: never shown as passed.
 */
export type StepState = 'selesai' | 'sekarang' | 'belum' | 'dilewati';

export const STEP_STATE_LABELS: Record<StepState, string> = {
  selesai: 'Sudah dilalui',
  sekarang: 'Langkah saat ini',
  belum: 'Belum',
  dilewati: 'Tidak dilalui',
};

export interface RequestProgress {
  /** Each step's state, in the request's own steps. */
  steps: StepState[];
  /** "Langkah 2 dari 3", "Selesai — semua 3 langkah sudah dilalui" … */
  summary: string;
}

export function requestProgress(status: RequestStatus, currentStep: number, stepCount: number): RequestProgress {
  const each = (state: (step: number) => StepState) =>
    Array.from({ length: stepCount }, (_, index) => state(index + 1));
  // An online application whose documents are still being checked: its steps begin once they are accepted.
  if (!stepsHaveBegun(status))
    return { steps: each(() => 'belum'), summary: `${stepCount} langkah setelah dokumen diterima` };
  if (status === 'selesai')
    return { steps: each(() => 'selesai'), summary: `Selesai — semua ${stepCount} langkah sudah dilalui` };
  if (status === 'ditolak')
    return {
      steps: each((step) => (step <= currentStep ? 'selesai' : 'belum')),
      summary: `Ditolak di langkah ${currentStep} dari ${stepCount}`,
    };
  return {
    steps: each((step) => (step < currentStep ? 'selesai' : step === currentStep ? 'sekarang' : 'belum')),
    summary: `Langkah ${currentStep} dari ${stepCount}`,
  };
}

/**
 * Each step's state and the line above them, for a request, proposal or complaint as the status
 * lookup answers it: the status page shows it, a watched number's notification says it.
 */
export function statusProgress(
  result: Pick<PublicStatus, 'kind' | 'status' | 'currentStep' | 'steps' | 'timeline'>,
): RequestProgress {
  if (result.kind === 'permohonan')
    return requestProgress(result.status as RequestStatus, result.currentStep, result.steps.length);
  // A proposal's or complaint's steps follow its statuses: one it went past with no entry of its own was not taken.
  const taken = (step: number) => result.timeline.some((event) => event.step === step);
  return {
    steps: result.steps.map((_, index) => {
      const step = index + 1;
      if (step < result.currentStep || (isFinished(result.status) && step === result.currentStep))
        return taken(step) ? 'selesai' : 'dilewati';
      return step === result.currentStep ? 'sekarang' : 'belum';
    }),
    summary: `Langkah ${result.currentStep} dari ${result.steps.length}`,
  };
}

/** The sentence that tells where a finished request's result is collected, from its service's delivery points. */
export function collectionSentence(places: readonly { name: string; address: string }[]): string | null {
  if (places.length === 0) return null;
  return `Hasilnya dapat diambil di ${places.map((place) => `${place.name}, ${place.address}`).join('; atau di ')}.`;
}
