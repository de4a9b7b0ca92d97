// A complaint, question or suggestion (src/domain/complaints.ts): received → verified → passed to a
// unit → answered → closed. One outside the office's remit is not taken up, with a pointer to the
// right channel. Once answered, the complainant says whether it is resolved, and may reopen it for
// a while (their reply: pb_hooks/complaints.pb.js, within REOPEN_DAYS).
import { REFERRALS, type ComplaintKind, type Referral } from '../kinds-of-complaints';
import { COMPLAINT_WAITING_STATUSES, type ComplaintIdentity } from '../complaints';
import { COMPLAINT_STATUSES_BY_ROLE, type StaffRole } from '../roles';
import {
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_STEP,
  COMPLAINT_STEPS,
  COMPLAINT_TRANSITIONS,
  isFinished,
  type ComplaintStatus,
} from '../statuses';
import { isoOrNull, onlyToQuoted, type CaseType, type Fields } from './engine';

/** The complainant's replies: resolved, or reopened (also after saying it was resolved). */
const REPLIES = ['selesai', 'dibuka-kembali'] as const satisfies readonly ComplaintStatus[];
const stepOf = (record: Fields) => COMPLAINT_STATUS_STEP[record.text('status') as ComplaintStatus];
const blank = (event: Fields) => event.text('public_note').trim() === '';

export const complaints: CaseType<ComplaintStatus, StaffRole> = {
  name: 'complaints',
  events: { collection: 'complaint_events', caseField: 'complaint' },
  noun: 'pengaduan',
  statuses: COMPLAINT_STATUSES,
  firstStatus: () => 'diterima',
  firstNote: () =>
    'Diterima. Petugas memeriksa apakah ini wewenang kantor ini, lalu meneruskannya ke unit yang menangani.',
  finished: (Object.keys(COMPLAINT_STATUSES) as ComplaintStatus[]).filter(isFinished),
  moves: COMPLAINT_TRANSITIONS,
  resident: {
    moves: { dijawab: REPLIES, selesai: ['dibuka-kembali'] },
    // The complainant's reply names no staff member.
    records: (event, to) => event.text('staff') === '' && (REPLIES as readonly ComplaintStatus[]).includes(to),
    refusal: 'Pelapor hanya dapat menanggapi pengaduan yang sudah dijawab: sudah selesai, atau dibuka kembali.',
  },
  mayRecord: (role, to) => COMPLAINT_STATUSES_BY_ROLE[role].includes(to),
  moveLabel: (_from, to) =>
    ({
      diverifikasi: 'Terverifikasi: wewenang kantor ini (atau tambah catatan)',
      'tidak-diproses': 'Bukan wewenang kantor ini: arahkan ke saluran yang tepat',
      didisposisikan: 'Teruskan ke unit yang menangani',
      dijawab: 'Jawab pelapor',
      selesai: 'Tutup pengaduan',
    })[to as string] ?? COMPLAINT_STATUSES[to],
  wording: {
    closed: () => 'Pengaduan ini sudah ditutup; statusnya tidak dapat diubah lagi.',
    onlyTo: onlyToQuoted(COMPLAINT_STATUSES, 'pengaduan'),
  },
  requirements: [
    {
      field: 'public_note',
      to: ['dijawab'],
      refused: ({ event }) => blank(event),
      message: 'Tuliskan jawaban untuk pelapor: jawaban ini yang dibacanya di halaman Cek Status.',
    },
    {
      field: 'public_note',
      to: ['tidak-diproses'],
      refused: ({ event }) => blank(event),
      message: 'Tuliskan untuk pelapor mengapa pengaduan ini bukan wewenang kantor ini.',
    },
    {
      field: 'referral',
      to: ['tidak-diproses'],
      refused: ({ event }) => !event.text('referral'),
      message: 'Pilih ke mana pelapor sebaiknya menyampaikannya.',
    },
    {
      field: 'unit',
      to: ['didisposisikan'],
      refused: ({ event }) => event.text('unit').trim() === '',
      message: 'Tuliskan unit yang menangani, misalnya Bidang Perlindungan dan Jaminan Sosial.',
    },
    {
      field: 'assignee',
      refused: ({ event, subject, officeOf }) =>
        event.text('assignee') !== '' && officeOf(event.text('assignee')) !== subject.text('agency'),
      message: 'Petugas yang dituju bukan petugas kantor ini.',
    },
    {
      field: 'publish_answer',
      refused: ({ to, event, subject }) =>
        event.flag('publish_answer') &&
        (to !== 'dijawab' || subject.text('identity') === 'rahasia' || subject.text('kind') === 'sanggah'),
      // A sanggah's answer speaks of a named neighbour: never public, anonymous or not.
      message: 'Hanya jawaban pengaduan yang tidak rahasia (dan bukan sanggah) yang dapat ditampilkan untuk publik.',
    },
  ],
  eventTexts: { public_note: 'Catatan atau jawaban untuk pelapor', internal_note: 'Catatan internal', unit: 'Unit' },
  deadline: 'answer',
  // Verification starts the answer deadline; a reopening starts a new one.
  effects: ({ to, at, event, subject, deadline }) => {
    const when = at.toISOString();
    const changes: Record<string, string | boolean> = { status: to };
    if ((to === 'diverifikasi' || to === 'tidak-diproses') && subject.text('verified_at') === '') {
      changes['verified_at'] = when;
      if (to === 'diverifikasi') {
        const due = deadline(at)?.toISOString() ?? '';
        changes['answer_due_at'] = due;
        changes['due_at'] = due;
      }
    }
    if (to === 'didisposisikan') {
      changes['unit'] = event.text('unit').trim();
      changes['assignee'] = event.text('assignee');
    }
    if (to === 'dijawab') {
      changes['answered_at'] = when;
      if (subject.text('first_answered_at') === '') changes['first_answered_at'] = when;
      if (event.flag('publish_answer')) changes['publish_answer'] = true;
    }
    if (to === 'dibuka-kembali') {
      changes['answered_at'] = '';
      changes['closed_at'] = '';
      changes['due_at'] = deadline(at)?.toISOString() ?? '';
    }
    if (isFinished(to)) changes['closed_at'] = when;
    return changes;
  },
  // Waiting on the office: for verification, or for an answer; `due_at` is that deadline.
  late: { waiting: { in: COMPLAINT_WAITING_STATUSES } },
  placement: 'own',
  publicStatus: {
    kind: 'pengaduan',
    steps: () => COMPLAINT_STEPS,
    currentStep: stepOf,
    eventStep: stepOf,
    // Passing it to a unit names the unit (never the person); refusing it points to where to go instead.
    eventNote: (event) => {
      const note = event.text('public_note');
      const status = event.text('status');
      if (status === 'didisposisikan' && event.text('unit'))
        return [`Diteruskan ke ${event.text('unit')}.`, note].filter(Boolean).join(' ');
      const referral = event.text('referral') as Referral | '';
      if (status === 'tidak-diproses' && referral)
        return [note, `Silakan sampaikan ke: ${REFERRALS[referral]}.`].filter(Boolean).join(' ');
      return note;
    },
    showsDueAt: true,
    promisesCompletionTime: false,
    documents: (subject, { keptDays }) => ({
      documents:
        subject.text('photo') || subject.text('photo_deleted_at')
          ? { keptDays, deletedAt: isoOrNull(subject, 'photo_deleted_at') }
          : null,
      resendableDocuments: null,
    }),
    // Its kind, the unit handling it and its deadlines — never its text or who sent it.
    complaint: (subject) => ({
      kind: subject.text('kind') as ComplaintKind,
      identity: subject.text('identity') as ComplaintIdentity,
      unit: subject.text('unit') || null,
      aboutNumber: subject.text('about_number') || null,
      verificationDueAt: isoOrNull(subject, 'verification_due_at'),
      verifiedAt: isoOrNull(subject, 'verified_at'),
      answerDueAt: isoOrNull(subject, 'answer_due_at'),
      answeredAt: isoOrNull(subject, 'answered_at'),
    }),
  },
  lookup: {
    verifier: 'status_verifier',
    dueSql: 'due_at',
    // Finished once answered, or closed as outside the office's remit; a reopened one is not.
    finishedSql:
      "CASE WHEN status = 'tidak-diproses' THEN closed_at WHEN status = 'dibuka-kembali' THEN '' ELSE answered_at END",
  },
};
