// The non-personal status of a case — a request, a village proposal, a complaint: what the public
// status lookup (pocketbase/pb_hooks/status_lookup.pb.js) answers and the status page shows. Built
// by the hooks whenever the record or its timeline changes, from its case type's declaration
// (src/domain/cases/engine.ts: casePublicStatus; pb_hooks/lib/cases.js), so a lookup is one
// indexed read. Nothing in it may identify the applicant: no name, phone, address or free text
// other than the office's public notes.
import { formatCompletionTime, type CompletionTimeUnit } from './completion-time';
import type { PromiseState } from './due-date';
import type { AnyStatus } from './statuses';
import type { ComplaintIdentity, ComplaintKind } from './complaints';
import type { SurveyOffer } from './satisfaction-survey';

export type TrackedKind = 'permohonan' | 'usulan' | 'pengaduan' | 'usulan-dtsen';

/** What a number names, as the status page's heading and a watched number's notification say it. */
export const TRACKED_KIND_LABELS: Record<TrackedKind, string> = {
  permohonan: 'Permohonan',
  usulan: 'Usulan',
  pengaduan: 'Pengaduan',
  'usulan-dtsen': 'Usulan DTSEN',
};

/** What the status page says of a complaint besides its timeline. */
export interface PublicComplaint {
  kind: ComplaintKind;
  identity: ComplaintIdentity;
  /** The unit it was passed to, once it was. */
  unit: string | null;
  /** The request or proposal it is about. */
  aboutNumber: string | null;
  verificationDueAt: string | null;
  verifiedAt: string | null;
  answerDueAt: string | null;
  /** The latest answer's time; the complainant may reply until REOPEN_DAYS after it. */
  answeredAt: string | null;
}

export interface PublicStatus {
  kind: TrackedKind;
  number: string;
  /** A complaint need not be about one service. */
  service: { slug: string; title: string; url: string } | null;
  agency: { slug: string; name: string; shortName: string };
  status: AnyStatus;
  currentStep: number;
  steps: string[];
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  completionTime: { amount: number; unit: CompletionTimeUnit; text: string; note: string | null } | null;
  timeline: { step: number; stepName: string | null; status: AnyStatus; note: string | null; at: string | null }[];
  /** Where documents were sent with it: how long they are kept after it is finished, and when they were deleted. */
  documents: { keptDays: number; deletedAt: string | null } | null;
  /** While staff ask for a document: the requirements the applicant may send again from the status page. */
  resendableDocuments: string[] | null;
  /** Complaints only. */
  complaint: PublicComplaint | null;
}

/**
 * How long a status lookup lets its page act for the resident (send a document asked for, reply,
 * rate) without the verifier and proof again: long enough for a large upload on a weak signal.
 */
export const STATUS_ACCESS_HOURS = 2;

/** What the lookup answers: the prepared status plus what depends on the moment of asking. */
export interface StatusLookupAnswer extends PublicStatus {
  promise: PromiseState;
  checkedAt: string;
  /** Once finished: whether the applicant rated the service (satisfaction survey) and until when it may be changed. */
  survey: SurveyOffer | null;
}

export interface PublicStatusInput extends Omit<PublicStatus, 'completionTime' | 'timeline'> {
  completionTime: { amount: number; unit: CompletionTimeUnit; note: string } | null;
  events: { step: number; status: AnyStatus; note: string; at: string | null }[];
}

export function buildPublicStatus(input: PublicStatusInput): PublicStatus {
  const { events, completionTime, ...rest } = input;
  return {
    ...rest,
    completionTime: completionTime && {
      amount: completionTime.amount,
      unit: completionTime.unit,
      text: formatCompletionTime(completionTime),
      note: completionTime.note || null,
    },
    timeline: events.map((event) => ({
      step: event.step,
      stepName: input.steps[event.step - 1] ?? null,
      status: event.status,
      note: event.note || null,
      at: event.at,
    })),
  };
}
