// Every row of every case type's transition table (src/domain/cases/), allowed and refused, with the
// message staff read, written out here by hand; who may record each move (roles.ts); what an event
// must carry; what a move changes on its case; and "late" agreeing between JavaScript and SQL.
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  CASE_TYPES,
  casePublicStatus,
  complaints,
  isLate,
  lateSql,
  moveChoices,
  nextStatuses,
  numberLookupSql,
  proposals,
  requests,
  sideOf,
  transitionProblems,
  waitingSql,
  type AnyCaseType,
  type Fields,
  type Side,
} from '../../src/domain/cases';
import { storedDate } from '../../src/domain/database';
import type { ComplaintStatus, ProposalStatus, RequestStatus } from '../../src/domain/statuses';

/** Fields from a plain object, as the hooks read a record. */
function fields(values: Record<string, string | number | boolean | unknown[]> = {}): Fields {
  return {
    text: (field) => String(values[field] ?? ''),
    number: (field) => Number(values[field] ?? 0),
    flag: (field) => values[field] === true,
    json: (field) => values[field] ?? null,
  };
}

/** An event that carries everything any requirement asks for: a note, a referral, a unit, a step within the case's steps. */
const COMPLETE_EVENT = fields({
  public_note: 'Catatan.',
  referral: 'sp4n-lapor',
  unit: 'Bidang Rehabilitasi Sosial',
  step: 2,
});
const SUBJECT = fields({ steps: ['Satu', 'Dua', 'Tiga'], current_step: 1, agency: 'kantor1', identity: 'biasa' });
const noStaff = () => null;

function problemsOf(caseType: AnyCaseType, from: string, to: string, side: Side = 'office') {
  return transitionProblems(caseType, from, to, side, {
    first: false,
    event: COMPLETE_EVENT,
    subject: SUBJECT,
    officeOf: noStaff,
  });
}

/** For each status: the moves allowed from it, and the refusal of every other. */
type Table = Record<string, { allowed: string[]; refusal: string }>;

function checkEveryRow(caseType: AnyCaseType, table: Table, side: Side = 'office') {
  const statuses = Object.keys(caseType.statuses);
  expect(Object.keys(table).sort()).toEqual([...statuses].sort());
  let rows = 0;
  for (const from of statuses) {
    for (const to of statuses) {
      const expected = table[from]!.allowed.includes(to) ? [] : [{ field: 'status', message: table[from]!.refusal }];
      expect(problemsOf(caseType, from, to, side), `${caseType.name}: ${from} → ${to} (${side})`).toEqual(expected);
      rows++;
    }
  }
  return rows;
}

describe('the transition tables, every row', () => {
  it('requests: 36 moves', () => {
    const closed = 'Permohonan ini sudah selesai atau ditolak; statusnya tidak dapat diubah lagi.';
    const rows = checkEveryRow(requests, {
      'menunggu-verifikasi': {
        allowed: ['diproses', 'perlu-dilengkapi', 'ditolak'],
        refusal:
          'Dari status "Menunggu verifikasi dokumen" permohonan hanya dapat menjadi: "Sedang diproses", "Perlu dilengkapi", "Ditolak".',
      },
      'perlu-dilengkapi': {
        allowed: ['menunggu-verifikasi', 'diproses', 'ditolak'],
        refusal:
          'Dari status "Perlu dilengkapi" permohonan hanya dapat menjadi: "Menunggu verifikasi dokumen", "Sedang diproses", "Ditolak".',
      },
      diterima: {
        allowed: ['diproses', 'selesai', 'ditolak'],
        refusal: 'Dari status "Diterima" permohonan hanya dapat menjadi: "Sedang diproses", "Selesai", "Ditolak".',
      },
      diproses: {
        allowed: ['diproses', 'selesai', 'ditolak'],
        refusal:
          'Dari status "Sedang diproses" permohonan hanya dapat menjadi: "Sedang diproses", "Selesai", "Ditolak".',
      },
      selesai: { allowed: [], refusal: closed },
      ditolak: { allowed: [], refusal: closed },
    });
    expect(rows).toBe(36);
  });

  it('proposals: 36 moves', () => {
    const rows = checkEveryRow(proposals, {
      diterima: {
        allowed: ['diverifikasi', 'ditolak'],
        refusal: 'Dari status "Diterima" usulan hanya dapat menjadi: Diverifikasi atau Ditolak.',
      },
      diverifikasi: {
        allowed: ['disetujui', 'ditolak'],
        refusal: 'Dari status "Diverifikasi" usulan hanya dapat menjadi: Disetujui atau Ditolak.',
      },
      disetujui: {
        allowed: ['dikirim'],
        refusal: 'Dari status "Disetujui" usulan hanya dapat menjadi: Logistik dikirim.',
      },
      ditolak: { allowed: [], refusal: 'Usulan ini sudah ditolak; statusnya tidak dapat diubah lagi.' },
      dikirim: {
        allowed: ['diterima-desa'],
        refusal: 'Dari status "Logistik dikirim" usulan hanya dapat menjadi: Logistik diterima desa.',
      },
      'diterima-desa': {
        allowed: [],
        refusal: 'Usulan ini sudah logistik diterima desa; statusnya tidak dapat diubah lagi.',
      },
    });
    expect(rows).toBe(36);
  });

  it('complaints, recorded by the office: 49 moves', () => {
    const closed = 'Pengaduan ini sudah ditutup; statusnya tidak dapat diubah lagi.';
    const rows = checkEveryRow(complaints, {
      diterima: {
        allowed: ['diverifikasi', 'tidak-diproses'],
        refusal:
          'Dari status "Diterima" pengaduan hanya dapat menjadi: "Diverifikasi", "Tidak dapat diproses kantor ini".',
      },
      diverifikasi: {
        allowed: ['diverifikasi', 'didisposisikan', 'dijawab'],
        refusal:
          'Dari status "Diverifikasi" pengaduan hanya dapat menjadi: "Diverifikasi", "Diteruskan ke unit", "Dijawab".',
      },
      didisposisikan: {
        allowed: ['didisposisikan', 'dijawab'],
        refusal: 'Dari status "Diteruskan ke unit" pengaduan hanya dapat menjadi: "Diteruskan ke unit", "Dijawab".',
      },
      dijawab: { allowed: ['selesai'], refusal: 'Dari status "Dijawab" pengaduan hanya dapat menjadi: "Selesai".' },
      'dibuka-kembali': {
        allowed: ['didisposisikan', 'dijawab'],
        refusal:
          'Dari status "Dibuka kembali oleh pelapor" pengaduan hanya dapat menjadi: "Diteruskan ke unit", "Dijawab".',
      },
      selesai: { allowed: [], refusal: closed },
      'tidak-diproses': { allowed: [], refusal: closed },
    });
    expect(rows).toBe(49);
  });

  it("complaints, the complainant's reply: 49 moves", () => {
    const refusal = 'Pelapor hanya dapat menanggapi pengaduan yang sudah dijawab: sudah selesai, atau dibuka kembali.';
    const none = { allowed: [], refusal };
    const rows = checkEveryRow(
      complaints,
      {
        diterima: none,
        diverifikasi: none,
        didisposisikan: none,
        dijawab: { allowed: ['selesai', 'dibuka-kembali'], refusal },
        'dibuka-kembali': none,
        selesai: { allowed: ['dibuka-kembali'], refusal },
        'tidak-diproses': none,
      },
      'resident',
    );
    expect(rows).toBe(49);
  });

  it('tells the complainant’s reply from the office’s event: no staff member named, a reply’s status', () => {
    expect(sideOf(complaints, fields({ staff: '' }), 'selesai')).toBe('resident');
    expect(sideOf(complaints, fields({ staff: '' }), 'dibuka-kembali')).toBe('resident');
    expect(sideOf(complaints, fields({ staff: 'petugas1' }), 'selesai')).toBe('office');
    // A superuser's import records the office's steps without naming anyone.
    expect(sideOf(complaints, fields({ staff: '' }), 'diverifikasi')).toBe('office');
    expect(sideOf(requests, fields({ staff: '' }), 'menunggu-verifikasi')).toBe('office');
  });

  it("checks a case's first event, which its creation writes, only for what must hold from the start", () => {
    const first = (caseType: AnyCaseType, status: string, event: Fields) =>
      transitionProblems(caseType, status, status, 'office', {
        first: true,
        event,
        subject: SUBJECT,
        officeOf: noStaff,
      });
    expect(first(requests, 'diterima', fields({ step: 1 }))).toEqual([]);
    expect(first(proposals, 'diterima', fields())).toEqual([]);
    expect(first(complaints, 'diterima', fields())).toEqual([]);
    expect(first(requests, 'diterima', fields({ step: 4 }))).toEqual([
      { field: 'step', message: 'Permohonan ini hanya punya 3 langkah.' },
    ]);
  });
});

describe('what an event must carry', () => {
  const refusal = (
    caseType: AnyCaseType,
    from: string,
    to: string,
    event: Record<string, string | number | boolean>,
    subject = SUBJECT,
  ) =>
    transitionProblems(caseType, from, to, 'office', {
      first: false,
      event: fields(event),
      subject,
      officeOf: (staffId) => ({ petugas1: 'kantor1', petugas2: 'kantor2' })[staffId] ?? null,
    });

  it('a request asked to be completed or refused says why, for the applicant', () => {
    expect(refusal(requests, 'menunggu-verifikasi', 'perlu-dilengkapi', { public_note: ' ', step: 1 })).toEqual([
      { field: 'public_note', message: 'Tuliskan untuk pemohon dokumen apa yang perlu dikirim ulang dan mengapa.' },
    ]);
    expect(refusal(requests, 'diproses', 'ditolak', { step: 2 })).toEqual([
      { field: 'public_note', message: 'Tuliskan untuk pemohon mengapa permohonan ditolak.' },
    ]);
    expect(refusal(requests, 'diproses', 'diproses', { step: 2 })).toEqual([]);
  });

  it("a request's step never goes back, nor past its own steps", () => {
    const atStep2 = fields({ steps: ['Satu', 'Dua', 'Tiga'], current_step: 2 });
    expect(refusal(requests, 'diproses', 'diproses', { step: 1 }, atStep2)).toEqual([
      { field: 'step', message: 'Langkah tidak boleh mundur: permohonan sudah di langkah 2.' },
    ]);
    expect(refusal(requests, 'diproses', 'diproses', { step: 4 }, atStep2)).toEqual([
      { field: 'step', message: 'Permohonan ini hanya punya 3 langkah.' },
    ]);
  });

  it('finishing a request records it at its last step', () => {
    expect(requests.adjustEvent?.('selesai', SUBJECT)).toEqual({ step: 3 });
    expect(requests.adjustEvent?.('diproses', SUBJECT)).toEqual({});
  });

  it('a complaint is answered with an answer, refused with a reason and a referral, passed to a named unit', () => {
    expect(refusal(complaints, 'diverifikasi', 'dijawab', {})).toEqual([
      {
        field: 'public_note',
        message: 'Tuliskan jawaban untuk pelapor: jawaban ini yang dibacanya di halaman Cek Status.',
      },
    ]);
    expect(refusal(complaints, 'diterima', 'tidak-diproses', { referral: 'sp4n-lapor' })).toEqual([
      { field: 'public_note', message: 'Tuliskan untuk pelapor mengapa pengaduan ini bukan wewenang kantor ini.' },
    ]);
    expect(refusal(complaints, 'diterima', 'tidak-diproses', { public_note: 'Bukan wewenang kami.' })).toEqual([
      { field: 'referral', message: 'Pilih ke mana pelapor sebaiknya menyampaikannya.' },
    ]);
    expect(refusal(complaints, 'diverifikasi', 'didisposisikan', { unit: '  ' })).toEqual([
      { field: 'unit', message: 'Tuliskan unit yang menangani, misalnya Bidang Perlindungan dan Jaminan Sosial.' },
    ]);
  });

  it("a complaint is assigned only to the office's own staff, and only a non-confidential answer is published", () => {
    const answer = { public_note: 'Jawaban.' };
    expect(refusal(complaints, 'diverifikasi', 'dijawab', { ...answer, assignee: 'petugas1' })).toEqual([]);
    for (const assignee of ['petugas2', 'tidak-ada'])
      expect(refusal(complaints, 'diverifikasi', 'dijawab', { ...answer, assignee })).toEqual([
        { field: 'assignee', message: 'Petugas yang dituju bukan petugas kantor ini.' },
      ]);
    const published =
      'Hanya jawaban pengaduan yang tidak rahasia (dan bukan sanggah) yang dapat ditampilkan untuk publik.';
    expect(refusal(complaints, 'diverifikasi', 'dijawab', { ...answer, publish_answer: true })).toEqual([]);
    expect(
      refusal(
        complaints,
        'diverifikasi',
        'dijawab',
        { ...answer, publish_answer: true },
        fields({ identity: 'rahasia' }),
      ),
    ).toEqual([{ field: 'publish_answer', message: published }]);
    // A sanggah names a neighbour: its answer stays unpublished, anonymous as it may be.
    expect(
      refusal(
        complaints,
        'diverifikasi',
        'dijawab',
        { ...answer, publish_answer: true },
        fields({ identity: 'anonim', kind: 'sanggah' }),
      ),
    ).toEqual([{ field: 'publish_answer', message: published }]);
    expect(refusal(complaints, 'diverifikasi', 'diverifikasi', { ...answer, publish_answer: true })).toEqual([
      { field: 'publish_answer', message: published },
    ]);
  });

  it('a move refused is refused for its status first, as the hooks have always answered one problem at a time', () => {
    expect(refusal(complaints, 'selesai', 'dijawab', {})).toEqual([
      { field: 'status', message: 'Pengaduan ini sudah ditutup; statusnya tidak dapat diubah lagi.' },
    ]);
  });
});

describe('who may record which move (src/domain/roles.ts)', () => {
  it('requests: the petugas verifies, takes back, accepts at the counter, moves steps, finishes what its service gives it', () => {
    const table = (role: 'petugas' | 'kepala_bidang', completer: 'petugas' | 'kepala_bidang') =>
      Object.fromEntries(
        (Object.keys(requests.statuses) as RequestStatus[]).map((from) => [
          from,
          nextStatuses(requests, role, from, completer),
        ]),
      );
    expect(table('petugas', 'kepala_bidang')).toEqual({
      'menunggu-verifikasi': ['diproses', 'perlu-dilengkapi'],
      'perlu-dilengkapi': ['menunggu-verifikasi', 'diproses'],
      diterima: ['diproses'],
      diproses: ['diproses'],
      selesai: [],
      ditolak: [],
    });
    expect(table('petugas', 'petugas')).toEqual({
      'menunggu-verifikasi': ['diproses', 'perlu-dilengkapi'],
      'perlu-dilengkapi': ['menunggu-verifikasi', 'diproses'],
      diterima: ['diproses', 'selesai'],
      diproses: ['diproses', 'selesai'],
      selesai: [],
      ditolak: [],
    });
    const kepala = {
      'menunggu-verifikasi': ['diproses', 'perlu-dilengkapi', 'ditolak'],
      'perlu-dilengkapi': ['menunggu-verifikasi', 'diproses', 'ditolak'],
      diterima: ['diproses', 'selesai', 'ditolak'],
      diproses: ['diproses', 'selesai', 'ditolak'],
      selesai: [],
      ditolak: [],
    };
    expect(table('kepala_bidang', 'kepala_bidang')).toEqual(kepala);
    expect(table('kepala_bidang', 'petugas')).toEqual(kepala);
  });

  it('requests: each move is offered in the words of the moment', () => {
    expect(moveChoices(requests, 'kepala_bidang', 'menunggu-verifikasi', 'kepala_bidang')).toEqual([
      { value: 'diproses', label: 'Dokumen lengkap: terima dan mulai langkah 1' },
      { value: 'perlu-dilengkapi', label: 'Minta pemohon melengkapi dokumen' },
      { value: 'ditolak', label: 'Ditolak' },
    ]);
    expect(moveChoices(requests, 'petugas', 'diproses', 'petugas')).toEqual([
      { value: 'diproses', label: 'Sedang diproses' },
      { value: 'selesai', label: 'Selesai' },
    ]);
  });

  it('proposals: only the side that decides acts; the petugas verifies and sends, the decider also decides', () => {
    const table = (actor: 'petugas' | 'kepala_bidang' | 'camat', decider: 'kepala_bidang' | 'camat') =>
      Object.fromEntries(
        (Object.keys(proposals.statuses) as ProposalStatus[]).map((from) => [
          from,
          nextStatuses(proposals, actor, from, decider),
        ]),
      );
    const none = { diterima: [], diverifikasi: [], disetujui: [], ditolak: [], dikirim: [], 'diterima-desa': [] };
    // "Logistik dikirim" and "diterima desa" are the server's, with the release and the signed BAST: never offered.
    const decides = { ...none, diterima: ['diverifikasi', 'ditolak'], diverifikasi: ['disetujui', 'ditolak'] };
    expect(table('petugas', 'kepala_bidang')).toEqual({ ...none, diterima: ['diverifikasi'] });
    expect(table('kepala_bidang', 'kepala_bidang')).toEqual(decides);
    expect(table('camat', 'kepala_bidang')).toEqual(none);
    expect(table('camat', 'camat')).toEqual(decides);
    expect(table('petugas', 'camat')).toEqual(none);
    expect(table('kepala_bidang', 'camat')).toEqual(none);
  });

  it('complaints: the petugas handles it day to day; refusing it and closing it are the kepala bidang’s', () => {
    const table = (role: 'petugas' | 'kepala_bidang') =>
      Object.fromEntries(
        (Object.keys(complaints.statuses) as ComplaintStatus[]).map((from) => [
          from,
          nextStatuses(complaints, role, from, null),
        ]),
      );
    const shared = {
      diverifikasi: ['diverifikasi', 'didisposisikan', 'dijawab'],
      didisposisikan: ['didisposisikan', 'dijawab'],
      'dibuka-kembali': ['didisposisikan', 'dijawab'],
      selesai: [],
      'tidak-diproses': [],
    };
    expect(table('petugas')).toEqual({ ...shared, diterima: ['diverifikasi'], dijawab: [] });
    expect(table('kepala_bidang')).toEqual({
      ...shared,
      diterima: ['diverifikasi', 'tidak-diproses'],
      dijawab: ['selesai'],
    });
  });
});

describe('what a move changes on its case', () => {
  const at = new Date('2026-11-23T02:00:00.000Z');
  const due = new Date('2026-11-30T02:00:00.000Z');
  const deadline = () => due;

  it('accepting an online application starts its promised time; finishing a request dates it', () => {
    const move = (from: RequestStatus, to: RequestStatus, step: number, promised: () => Date | null = deadline) =>
      requests.effects({ from, to, at, event: fields({ step }), subject: SUBJECT, deadline: promised });
    const when = '2026-11-23T02:00:00.000Z';
    expect(move('menunggu-verifikasi', 'diproses', 1)).toEqual({
      current_step: 1,
      status: 'diproses',
      verified_at: when,
      due_at: '2026-11-30T02:00:00.000Z',
    });
    // Accepted at the counter while a document was asked for: the same.
    expect(move('perlu-dilengkapi', 'diproses', 1)).toMatchObject({ verified_at: when });
    // A service whose standard promises no time: no deadline.
    expect(move('menunggu-verifikasi', 'diproses', 1, () => null)).toMatchObject({ due_at: '' });
    expect(move('diproses', 'selesai', 3)).toEqual({ current_step: 3, status: 'selesai', finished_at: when });
    // Refusing an application never starts its time.
    expect(move('menunggu-verifikasi', 'ditolak', 1)).toEqual({
      current_step: 1,
      status: 'ditolak',
      finished_at: when,
    });
  });

  it('a proposal is dated when finished: when the village received its logistics', () => {
    expect(
      proposals.effects({ from: 'disetujui', to: 'dikirim', at, event: fields(), subject: SUBJECT, deadline }),
    ).toEqual({ status: 'dikirim' });
    expect(
      proposals.effects({ from: 'dikirim', to: 'diterima-desa', at, event: fields(), subject: SUBJECT, deadline }),
    ).toEqual({
      status: 'diterima-desa',
      finished_at: '2026-11-23T02:00:00.000Z',
    });
    expect(
      proposals.effects({ from: 'diterima', to: 'diverifikasi', at, event: fields(), subject: SUBJECT, deadline }),
    ).toEqual({
      status: 'diverifikasi',
    });
  });

  it('verifying a complaint starts its answer deadline, a reopening a new one; an answer and a closing are dated', () => {
    const move = (from: ComplaintStatus, to: ComplaintStatus, event = fields(), subject = fields()) =>
      complaints.effects({ from, to, at, event, subject, deadline });
    const when = '2026-11-23T02:00:00.000Z';
    const dueText = '2026-11-30T02:00:00.000Z';
    expect(move('diterima', 'diverifikasi')).toEqual({
      status: 'diverifikasi',
      verified_at: when,
      answer_due_at: dueText,
      due_at: dueText,
    });
    expect(move('diverifikasi', 'diverifikasi', fields(), fields({ verified_at: '2026-11-20 01:00:00.000Z' }))).toEqual(
      {
        status: 'diverifikasi',
      },
    );
    expect(move('diterima', 'tidak-diproses')).toEqual({
      status: 'tidak-diproses',
      verified_at: when,
      closed_at: when,
    });
    expect(
      move('diverifikasi', 'didisposisikan', fields({ unit: ' Bidang Linjamsos ', assignee: 'petugas1' })),
    ).toEqual({
      status: 'didisposisikan',
      unit: 'Bidang Linjamsos',
      assignee: 'petugas1',
    });
    expect(move('didisposisikan', 'dijawab', fields({ publish_answer: true }))).toEqual({
      status: 'dijawab',
      answered_at: when,
      first_answered_at: when,
      publish_answer: true,
    });
    expect(
      move('dibuka-kembali', 'dijawab', fields(), fields({ first_answered_at: '2026-11-01 01:00:00.000Z' })),
    ).toEqual({
      status: 'dijawab',
      answered_at: when,
    });
    expect(move('dijawab', 'dibuka-kembali')).toEqual({
      status: 'dibuka-kembali',
      answered_at: '',
      closed_at: '',
      due_at: dueText,
    });
    expect(move('dijawab', 'selesai')).toEqual({ status: 'selesai', closed_at: when });
  });
});

describe('late: one definition, the same in JavaScript and in SQL', () => {
  const now = new Date('2026-11-23T05:00:00.000Z');
  const dueDates = ['', '2026-11-23 04:59:59.999Z', '2026-11-23 05:00:00.000Z', '2026-11-24 00:00:00.000Z'];

  for (const caseType of [requests, complaints] as AnyCaseType[]) {
    it(`${caseType.name}: every status with no deadline, one just passed, one now and one to come`, () => {
      const db = new DatabaseSync(':memory:');
      db.exec(`CREATE TABLE ${caseType.name} (id INTEGER PRIMARY KEY, status TEXT, due_at TEXT)`);
      const insert = db.prepare(`INSERT INTO ${caseType.name} (status, due_at) VALUES (?, ?)`);
      const rows = Object.keys(caseType.statuses).flatMap((status) => dueDates.map((due_at) => ({ status, due_at })));
      for (const row of rows) insert.run(row.status, row.due_at);
      const sql = `SELECT id FROM ${caseType.name} c WHERE ${lateSql(caseType, 'c', ':now')} ORDER BY id`;
      const lateInSql = db
        .prepare(sql)
        .all({ now: storedDate(now) })
        .map((row) => Number(row['id']));
      const lateInJs = rows.flatMap((row, index) => (isLate(caseType, row, now) ? [index + 1] : []));
      expect(lateInSql).toEqual(lateInJs);
      // Known answer: four statuses wait on the office in each, each late once (the deadline just passed).
      expect(lateInJs).toHaveLength(4);
    });
  }

  it('requests wait on the office until finished, complaints while verification or an answer is due', () => {
    expect(waitingSql(requests, 'r')).toBe("r.status != 'selesai' AND r.status != 'ditolak'");
    expect(waitingSql(complaints, 'c')).toBe(
      "c.status IN ('diterima', 'diverifikasi', 'didisposisikan', 'dibuka-kembali')",
    );
    expect(lateSql(complaints)).toBe(
      "status IN ('diterima', 'diverifikasi', 'didisposisikan', 'dibuka-kembali') AND due_at != '' AND due_at < {:now}",
    );
  });

  it("states the open-queue index's own condition, so SQLite uses that index (migration 1795403100)", () => {
    const migration = readFileSync('pocketbase/pb_migrations/1795403100_staff_list_indexes.js', 'utf8');
    expect(migration).toContain(`"${waitingSql(requests)}"`);
  });

  it('a proposal has no deadline, so it is never late', () => {
    expect(isLate(proposals, { status: 'diterima', due_at: storedDate(new Date(0)) }, now)).toBe(false);
    expect(() => lateSql(proposals)).toThrow('proposals has no deadlines.');
  });
});

describe('looking a number up', () => {
  it('finds it in whichever case type holds it, with its verifier, deadline and finishing time', () => {
    const db = new DatabaseSync(':memory:');
    db.exec(`
      CREATE TABLE requests (id TEXT, number TEXT, public_status TEXT, applicant_phone TEXT, due_at TEXT, finished_at TEXT);
      CREATE TABLE proposals (id TEXT, number TEXT, public_status TEXT, contact_phone TEXT, finished_at TEXT);
      CREATE TABLE complaints (id TEXT, number TEXT, public_status TEXT, status_verifier TEXT, due_at TEXT, status TEXT,
        closed_at TEXT, answered_at TEXT);
      INSERT INTO requests VALUES ('r1', 'PWK-AAAA-AAAA-A', '{}', '0812', '2026-12-01', '');
      INSERT INTO proposals VALUES ('p1', 'PWK-BBBB-BBBB-B', '{}', '0813', '2026-11-30');
      INSERT INTO complaints VALUES ('c1', 'PWK-CCCC-CCCC-C', '{}', '4321', '2026-12-02', 'dibuka-kembali', '', '2026-11-20');
      INSERT INTO complaints VALUES ('c2', 'PWK-DDDD-DDDD-D', '{}', '5678', '', 'tidak-diproses', '2026-11-21', '');
      CREATE TABLE household_proposals (id TEXT, number TEXT, public_status TEXT, phone TEXT, chosen_digits TEXT, finished_at TEXT);
      INSERT INTO household_proposals VALUES ('h1', 'DTS-EEEE-EEEE-E', '{}', '0814', '', '');
      INSERT INTO household_proposals VALUES ('h2', 'DTS-FFFF-FFFF-F', '{}', '', '2580', '2026-11-22');
    `);
    const find = (number: string) => ({
      ...db.prepare(numberLookupSql(Object.values(CASE_TYPES)).replaceAll('{:number}', ':number')).get({ number }),
    });
    expect(find('PWK-AAAA-AAAA-A')).toEqual({
      collection: 'requests',
      id: 'r1',
      public_status: '{}',
      phone: '0812',
      due_at: '2026-12-01',
      finished_at: '',
    });
    expect(find('PWK-BBBB-BBBB-B')).toEqual({
      collection: 'proposals',
      id: 'p1',
      public_status: '{}',
      phone: '0813',
      due_at: '',
      finished_at: '2026-11-30',
    });
    // A reopened complaint is not finished; one outside the office's remit was finished when closed.
    expect(find('PWK-CCCC-CCCC-C')).toMatchObject({
      collection: 'complaints',
      phone: '4321',
      due_at: '2026-12-02',
      finished_at: '',
    });
    expect(find('PWK-DDDD-DDDD-D')).toMatchObject({ collection: 'complaints', finished_at: '2026-11-21' });
    // A household opens with its phone, or without one with the four digits the family chose.
    expect(find('DTS-EEEE-EEEE-E')).toMatchObject({
      collection: 'household_proposals',
      phone: '0814',
      finished_at: '',
    });
    expect(find('DTS-FFFF-FFFF-F')).toMatchObject({ phone: '2580', due_at: '', finished_at: '2026-11-22' });
  });
});

describe('the public status document', () => {
  it("a complaint's timeline names the unit it went to and where to go instead, never the staff member", () => {
    const document = casePublicStatus(complaints, {
      subject: fields({
        number: 'PWK-CCCC-CCCC-C',
        status: 'tidak-diproses',
        kind: 'pengaduan',
        identity: 'biasa',
        received_at: '2026-11-20 01:00:00.000Z',
      }),
      events: [
        fields({
          status: 'didisposisikan',
          unit: 'Bidang Rehabilitasi Sosial',
          public_note: 'Sedang ditangani.',
          at: '2026-11-21 01:00:00.000Z',
          staff: 'petugas1',
        }),
        fields({ status: 'tidak-diproses', referral: 'sp4n-lapor', public_note: '', at: '2026-11-22 01:00:00.000Z' }),
      ],
      agency: { slug: 'kantor', name: 'Kantor', shortName: 'K' },
      service: null,
      keptDays: 90,
    });
    expect(document.timeline).toEqual([
      {
        step: 3,
        stepName: 'Diteruskan ke unit yang menangani',
        status: 'didisposisikan',
        note: 'Diteruskan ke Bidang Rehabilitasi Sosial. Sedang ditangani.',
        at: '2026-11-21T01:00:00.000Z',
      },
      {
        step: 2,
        stepName: 'Diverifikasi',
        status: 'tidak-diproses',
        note: 'Silakan sampaikan ke: SP4N-LAPOR!: lapor.go.id, SMS ke 1708, atau aplikasi LAPOR!.',
        at: '2026-11-22T01:00:00.000Z',
      },
    ]);
    expect(document).toMatchObject({
      kind: 'pengaduan',
      currentStep: 2,
      documents: null,
      completionTime: null,
      receivedAt: '2026-11-20T01:00:00.000Z',
    });
  });
});
