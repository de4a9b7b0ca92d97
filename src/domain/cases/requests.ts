// A request for a service (Standar Pelayanan): registered at the counter, or sent online and
// verified first. It moves through its service's steps — its own copy of them, taken when it was
// registered — until finished or refused.
import { requestStatusesAllowed, type Completer, type StaffRole } from '../roles';
import { REQUEST_STATUSES, REQUEST_TRANSITIONS, isFinished, stepsHaveBegun, type RequestStatus } from '../statuses';
import type { OnlineApplication } from '../online-application';
import { isoOrNull, onlyToQuoted, type CaseChanges, type CaseType, type Fields } from './engine';

const FINISHED = (Object.keys(REQUEST_STATUSES) as RequestStatus[]).filter(isFinished);
const stepCount = (subject: Fields) => ((subject.json('steps') as string[] | null) ?? []).length;
const blank = (event: Fields) => event.text('public_note').trim() === '';

export const requests: CaseType<RequestStatus, StaffRole, Completer> = {
  name: 'requests',
  events: { collection: 'request_events', caseField: 'request' },
  noun: 'permohonan',
  statuses: REQUEST_STATUSES,
  firstStatus: (subject) => (subject.text('channel') === 'online' ? 'menunggu-verifikasi' : 'diterima'),
  firstNote: (subject) =>
    subject.text('channel') === 'online'
      ? 'Permohonan online diterima. Petugas akan memeriksa dokumen Anda.'
      : 'Permohonan diterima.',
  finished: FINISHED,
  moves: REQUEST_TRANSITIONS,
  // Who finishes a request is its service's completer (content: completedBy); refusing is the kepala bidang's.
  mayRecord: (role, to, completedBy) => requestStatusesAllowed(role, completedBy).includes(to),
  moveLabel: (from, to) => {
    if (from === 'menunggu-verifikasi' && to === 'diproses') return 'Dokumen lengkap: terima dan mulai langkah 1';
    // While a document is asked for: the applicant brought it to the counter, or it is not needed after all.
    if (from === 'perlu-dilengkapi' && to === 'diproses')
      return 'Dokumen sudah diserahkan di loket: terima dan mulai langkah 1';
    if (to === 'menunggu-verifikasi') return 'Dokumen ternyata tidak perlu: kembalikan ke verifikasi';
    if (to === 'perlu-dilengkapi') return 'Minta pemohon melengkapi dokumen';
    return REQUEST_STATUSES[to];
  },
  wording: {
    closed: () => 'Permohonan ini sudah selesai atau ditolak; statusnya tidak dapat diubah lagi.',
    onlyTo: onlyToQuoted(REQUEST_STATUSES, 'permohonan'),
  },
  requirements: [
    {
      field: 'public_note',
      to: ['perlu-dilengkapi'],
      refused: ({ event }) => blank(event),
      message: 'Tuliskan untuk pemohon dokumen apa yang perlu dikirim ulang dan mengapa.',
    },
    {
      field: 'public_note',
      to: ['ditolak'],
      refused: ({ event }) => blank(event),
      message: 'Tuliskan untuk pemohon mengapa permohonan ditolak.',
    },
    {
      field: 'step',
      alsoFirst: true,
      refused: ({ event, subject }) => event.number('step') < subject.number('current_step'),
      message: ({ subject }) =>
        `Langkah tidak boleh mundur: permohonan sudah di langkah ${subject.number('current_step')}.`,
    },
    {
      field: 'step',
      alsoFirst: true,
      refused: ({ event, subject }) => event.number('step') > stepCount(subject),
      message: ({ subject }) => `Permohonan ini hanya punya ${stepCount(subject)} langkah.`,
    },
  ],
  eventTexts: { public_note: 'Catatan untuk pemohon', internal_note: 'Catatan internal' },
  // Finishing passes the last step: "Selesai" is recorded there, whichever step was chosen
  // (src/domain/request-progress.ts), so the status page, receipt and WhatsApp update agree.
  adjustEvent: (to, subject): CaseChanges => (to === 'selesai' ? { step: stepCount(subject) } : {}),
  deadline: 'completion-time',
  effects: ({ from, to, at, event, deadline }) => {
    const changes: Record<string, string | number> = { current_step: event.number('step'), status: to };
    // Accepting an online application (verification → its steps) starts the time its standard promises.
    if (!stepsHaveBegun(from) && stepsHaveBegun(to) && to !== 'ditolak') {
      changes['verified_at'] = at.toISOString();
      changes['due_at'] = deadline(at)?.toISOString() ?? '';
    }
    if (isFinished(to)) changes['finished_at'] = at.toISOString();
    return changes;
  },
  late: { waiting: { notIn: FINISHED } },
  placement: 'own',
  publicStatus: {
    kind: 'permohonan',
    steps: (subject) => (subject.json('steps') as string[] | null) ?? [],
    currentStep: (subject) => subject.number('current_step'),
    eventStep: (event) => event.number('step'),
    showsDueAt: true,
    promisesCompletionTime: true,
    // Sent online: how long its documents are kept; while staff ask for one, which may be sent again.
    documents: (subject, { keptDays, service }) => {
      if (subject.text('channel') !== 'online') return { documents: null, resendableDocuments: null };
      const application = service?.json('online_application') as OnlineApplication | null;
      return {
        documents: { keptDays, deletedAt: isoOrNull(subject, 'documents_deleted_at') },
        resendableDocuments:
          subject.text('status') === 'perlu-dilengkapi' && application
            ? application.requirements.filter((item) => item.mode === 'dokumen').map((item) => item.requirement)
            : null,
      };
    },
  },
  lookup: { verifier: 'applicant_phone', dueSql: 'due_at', finishedSql: 'finished_at' },
};
