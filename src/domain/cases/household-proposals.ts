// A household proposed for DTSEN by its village (usulan DTSEN, src/domain/household-proposal.ts):
// recorded by the village's data entry, agreed at the village's deliberation (musdes/muskel, or an
// SPTJM where the office allows it), verified by the Dinas or returned to the village with a reason,
// sent to the centre, and the centre's result. The village's operator records the deliberation; the
// office's staff the rest (roles.ts: HOUSEHOLD_STATUSES_BY_ACTOR). Residents follow it by number.
import {
  DELIBERATION_WAYS,
  DESIL_RANGE,
  HOUSEHOLD_NUMBER_PREFIX,
  HOUSEHOLD_RESULTS,
  HOUSEHOLD_STAGES,
} from '../household-proposal';
import { HOUSEHOLD_STATUSES_BY_ACTOR, type HouseholdActor } from '../roles';
import {
  HOUSEHOLD_STATUSES,
  HOUSEHOLD_STATUS_STEP,
  HOUSEHOLD_TRANSITIONS,
  isFinished,
  type HouseholdStatus,
} from '../statuses';
import { isoOrNull, onlyToQuoted, type CaseChanges, type CaseType, type Fields } from './engine';

const stepOf = (record: Fields) => HOUSEHOLD_STATUS_STEP[record.text('status') as HouseholdStatus];
const blankNote = (event: Fields) => event.text('public_note').trim() === '';
const result = (event: Fields) => event.text('result') as keyof typeof HOUSEHOLD_RESULTS | '';

export const householdProposals: CaseType<HouseholdStatus, HouseholdActor> = {
  name: 'household_proposals',
  events: { collection: 'household_proposal_events', caseField: 'household_proposal' },
  noun: 'usulan',
  numberPrefix: HOUSEHOLD_NUMBER_PREFIX,
  statuses: HOUSEHOLD_STATUSES,
  firstStatus: () => 'dicatat-desa',
  firstNote: () => 'Usulan dicatat desa/kelurahan.',
  finished: (Object.keys(HOUSEHOLD_STATUSES) as HouseholdStatus[]).filter(isFinished),
  moves: HOUSEHOLD_TRANSITIONS,
  mayRecord: (actor, to) => HOUSEHOLD_STATUSES_BY_ACTOR[actor].includes(to),
  moveLabel: (_from, to) =>
    ({ 'diverifikasi-dinsos': 'Data sesuai: verifikasi', 'dikembalikan-ke-desa': 'Kembalikan ke desa' })[
      to as 'diverifikasi-dinsos' | 'dikembalikan-ke-desa'
    ] ?? HOUSEHOLD_STATUSES[to],
  wording: {
    closed: () => 'Hasil usulan ini sudah dicatat; statusnya tidak dapat diubah lagi.',
    onlyTo: onlyToQuoted(HOUSEHOLD_STATUSES, 'usulan'),
  },
  requirements: [
    {
      field: 'way',
      to: ['musyawarah-desa'],
      refused: ({ event }) => !(event.text('way') in DELIBERATION_WAYS),
      message: `Pilih cara penetapan: ${Object.values(DELIBERATION_WAYS).join(', ')}.`,
    },
    {
      field: 'deliberated_on',
      to: ['musyawarah-desa'],
      refused: ({ event }) => event.text('deliberated_on') === '',
      message: 'Tulis tanggal musyawarah (atau tanggal SPTJM ditandatangani).',
    },
    {
      field: 'public_note',
      to: ['dikembalikan-ke-desa'],
      refused: ({ event }) => blankNote(event),
      message: 'Tuliskan untuk desa apa yang perlu diperbaiki dan mengapa usulan dikembalikan.',
    },
    {
      field: 'result',
      to: ['hasil'],
      refused: ({ event }) => !(result(event) in HOUSEHOLD_RESULTS),
      message: `Pilih hasil dari aplikasi pusat: ${Object.values(HOUSEHOLD_RESULTS).join(', ')}.`,
    },
    {
      field: 'public_note',
      to: ['hasil'],
      refused: ({ event }) => result(event) !== 'masuk' && blankNote(event),
      message: 'Tulis alasan dari aplikasi pusat: keluarga membacanya di halaman status.',
    },
    {
      field: 'desil',
      to: ['hasil'],
      refused: ({ event }) => {
        const desil = event.number('desil');
        return desil !== 0 && (desil < DESIL_RANGE.min || desil > DESIL_RANGE.max);
      },
      message: `Desil diisi angka ${DESIL_RANGE.min} sampai ${DESIL_RANGE.max}, atau dikosongkan.`,
    },
  ],
  eventTexts: { public_note: 'Catatan/alasan', internal_note: 'Catatan internal' },
  // Operators and staff record as themselves: the server names them.
  recorder: { staff: 'staff', operators: 'operator' },
  deadline: null,
  effects: ({ to, at, event }) => {
    const changes: CaseChanges = { status: to };
    // The village reads why a household came back until its deliberation agrees it again.
    if (to === 'dikembalikan-ke-desa') changes['note_for_village'] = event.text('public_note').trim();
    if (to === 'musyawarah-desa') {
      changes['note_for_village'] = '';
      changes['way'] = event.text('way');
      changes['deliberated_on'] = event.text('deliberated_on');
    }
    if (to === 'hasil') {
      changes['result'] = event.text('result');
      changes['desil'] = event.number('desil');
    }
    if (isFinished(to)) changes['finished_at'] = at.toISOString();
    return changes;
  },
  late: null,
  placement: 'own',
  publicStatus: {
    kind: 'usulan-dtsen',
    steps: () => Object.values(HOUSEHOLD_STAGES),
    currentStep: stepOf,
    eventStep: stepOf,
    // What the family reads: the result in words with its reason; a return's reason; never a name or NIK.
    eventNote: (event) => {
      const given = result(event);
      const note = event.text('public_note').trim();
      if (event.text('status') === 'hasil' && given)
        return note ? `${HOUSEHOLD_RESULTS[given]}. ${note}` : HOUSEHOLD_RESULTS[given];
      return note;
    },
    showsDueAt: false,
    promisesCompletionTime: false,
    documents: (subject, { keptDays }) => ({
      documents: { keptDays, deletedAt: isoOrNull(subject, 'documents_deleted_at') },
      resendableDocuments: null,
    }),
  },
  // The family opens it with the last four digits of its phone, or the four digits it chose.
  lookup: {
    verifier: "(CASE WHEN phone != '' THEN phone ELSE chosen_digits END)",
    dueSql: '',
    finishedSql: 'finished_at',
  },
};
