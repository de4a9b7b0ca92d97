// A resident asks what the office stores about them, then asks for it to be erased (UU 27/2022):
// the superuser's commands find everything given with their phone number, export it, erase it —
// and leave only what identifies nobody, with both steps in the audit trail. Then, as someone with
// the server's disk in hand: neither the database files, nor the request log, nor a backup taken
// before the erasure and restored afterwards, holds her name, phone or NIK.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type TestPocketBase,
  pocketBaseCommand,
  trailChained,
} from '../support/pocketbase';
import { jpegPhoto, pdfDocument, proposalForm } from '../support/proposal-form';
import { householdBatchForm, householdForm } from '../support/household-form';
import { submissionProof } from '../support/proof-of-work';
import type { RecordModel } from 'pocketbase';

let server: TestPocketBase;
let request: RecordModel;
let application: RecordModel;
let otherRequest: RecordModel;
let proposal: RecordModel;
let complaint: RecordModel;
let household: RecordModel;
/** The village's deliberation that did not agree her household (with a reason) and agreed a neighbour's. */
let deliberation: RecordModel;
let neighbour: RecordModel;
const NOT_AGREED_REASON = 'Ibu Siti tinggal bersama anaknya yang bekerja di pabrik';

const command = (...args: string[]) =>
  pocketBaseCommand(server.dataDir, ['data-pribadi', ...args], { LAYANAN_ERASURE_REGISTER: server.erasureRegister });

/** Her NIK, on the KTP she sent online (a PDF whose text holds it). */
const NIK = '3214061203900001';
/** What would identify her, in every form it was written or searched in. */
/** What says who she is, and what her village said of her household. */
const HER = ['Siti Aminah', 'siti_aminah', 'Aminah', '2044-3187', '2044 3187', '20443187', NIK, NOT_AGREED_REASON];
const restoredDir = mkdtempSync(join(tmpdir(), 'layanan-pulih-'));
const backupName = 'sebelum-penghapusan.zip';
/** The trigram indexes of the names staff search (migration 1795403940), over the tables of distinct names. */
const NAME_INDEXES = ['request_names_search', 'complaint_names_search'];
/** The terms written in the name indexes' pages before the erasure. */
let termsBeforeErasure: Set<string>;

/** Every run of three characters of a name, lower-cased as the index does (for these ASCII names). */
const trigramsOf = (name: string) =>
  Array.from({ length: Math.max(0, name.length - 2) }, (_, at) => name.toLowerCase().slice(at, at + 3));

/** A varint of SQLite's (and FTS5's) pages: seven bits a byte, high bit set on all but the last. */
function varint(page: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  for (let index = at; index < at + 9; index++) {
    const byte = page[index]!;
    if (index === at + 8) return [value * 256 + byte, index + 1];
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, index + 1];
  }
  throw new Error('varint past the page');
}

/**
 * Every term written in the leaf pages of the name indexes as the file holds them (not as a query
 * sees them): a term deleted behind a marker, waiting for a merge, would still be here. A leaf page
 * (its row id: segment << 37, no doclist-index bit, height 0) starts with two 16-bit offsets, the
 * second that of its footer, whose varints give each term's offset (the first absolute, then
 * differences); the first term is its length and bytes, each next one the bytes it shares with the
 * one before, the bytes it adds, and those bytes. A term is the index's byte ('0') and the trigram.
 */
function termsStoredIn(dataDir: string): Set<string> {
  const db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });
  const terms = new Set<string>();
  try {
    for (const index of NAME_INDEXES)
      for (const row of db.prepare(`SELECT id, block FROM ${index}_data`).all()) {
        const id = BigInt(row['id'] as number);
        if (id >> 37n === 0n || ((id >> 31n) & 0x3fn) !== 0n) continue;
        const page = row['block'] as Uint8Array;
        let term = Buffer.alloc(0);
        let offset = 0;
        for (let at = (page[2]! << 8) | page[3]!; at < page.length; ) {
          const [delta, next] = varint(page, at);
          at = next;
          offset += delta;
          const [shared, afterShared] = term.length === 0 ? [0, offset] : varint(page, offset);
          const [added, start] = varint(page, afterShared);
          term = Buffer.concat([term.subarray(0, shared), page.subarray(start, start + added)]);
          terms.add(term.subarray(1).toString('utf8'));
        }
      }
  } finally {
    db.close();
  }
  return terms;
}

beforeAll(async () => {
  server = await startTestPocketBase();
  const [staff, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createOperator(server, '32.14.06.2006'),
  ]);
  const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
  // A request a superuser deleted before hers: its name leaves the names and their index with it.
  const deleted = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Salah Input',
    applicant_phone: '0813-1111-2222',
  });
  await server.admin.collection('requests').delete(deleted.id);
  request = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-2044-3187',
    intake_note: 'KTP lama, alamat belum diperbarui',
  });
  await staff.pb.collection('request_events').create({
    request: request.id,
    step: 2,
    status: 'diproses',
    public_note: 'Data Ibu Siti sedang dicek.',
    internal_note: 'Tetangga melapor ia pindah.',
    staff: staff.id,
  });
  otherRequest = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Dedi Kurniawan',
    applicant_phone: '0857-2210-4409',
  });
  proposal = await operator.pb.collection('proposals').create(
    await proposalForm(operator.placeId, {
      fields: { contact_name: 'Siti Aminah', contact_phone: '+62 812 2044 3187' },
    }),
  );
  // Her rating of the request, kept under its number (written directly: the survey's own routes are tested elsewhere).
  await server.admin.collection('survey_responses').create({
    agency: service['agency'],
    service: service.id,
    channel: 'permohonan',
    number: request['number'],
    persyaratan: 4,
    waktu: 2,
    gender: 'perempuan',
    suggestion: 'Bu Siti menunggu dua jam.',
    submitted_at: new Date().toISOString(),
  });
  // Her village proposed her household for DTSEN, with her NIK and phone.
  household = await operator.pb.collection('household_proposals').create(
    await householdForm(operator.placeId, {
      fields: { head_name: 'Siti Aminah', nik: NIK, phone: '0812 2044 3187', address: 'Kp. Cibeureum dekat masjid' },
    }),
  );
  neighbour = await operator.pb
    .collection('household_proposals')
    .create(
      await householdForm(operator.placeId, { fields: { nik: '3214010101900007', head_name: 'Ujang Suherman' } }),
    );
  deliberation = await operator.pb.collection('household_batches').create(
    await householdBatchForm(operator.placeId, [household.id, neighbour.id], {
      outcomes: [
        { household: household.id, agreed: false, reason: NOT_AGREED_REASON },
        { household: neighbour.id, agreed: true },
      ],
    }),
  );
  complaint = await server.admin.collection('complaints').create({
    agency: service['agency'],
    kind: 'pengaduan',
    identity: 'rahasia',
    description: 'Tetangga saya yang mampu terdaftar, saya ditolak.',
    reply_channel: 'whatsapp',
    complainant_name: 'Siti Aminah',
    complainant_phone: '0812 2044 3187',
    status_verifier: '3187',
    idempotency_key: 'data-subject-complaint-0001',
  });

  // She also applied online, her KTP as a PDF named after her; staff looked her up by name and opened it.
  const key = randomUUID();
  const form = new FormData();
  const fields = {
    service: 'surat-keterangan-dtks',
    idempotency_key: key,
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812 2044 3187',
    statements: JSON.stringify({ 'syarat-2': 'Untuk mendaftarkan anak ke sekolah.' }),
    document_requirements: JSON.stringify(['syarat-0', 'syarat-1']),
    consent: 'ya',
    proof: JSON.stringify(await submissionProof(server.url, key)),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('documents', pdfDocument(`KTP Siti Aminah NIK ${NIK}`), 'KTP_Siti_Aminah.pdf');
  form.append('documents', await jpegPhoto(), 'KK_Siti_Aminah.jpg');
  const sent = await fetch(`${server.url}/api/layanan/ajukan`, { method: 'POST', body: form });
  expect(sent.status).toBe(200);
  const { number } = await sent.json();
  application = await staff.pb
    .collection('requests')
    .getFirstListItem(staff.pb.filter('number = {:number}', { number }));
  await staff.pb
    .collection('requests')
    .getList(1, 20, { filter: staff.pb.filter('applicant_name ~ {:name}', { name: 'Siti Aminah' }) });
  await fetch(`${server.url}/api/petugas/antrean?cari=Siti%20Aminah`, {
    headers: { Authorization: staff.pb.authStore.token },
  });
  const token = await staff.pb.files.getToken();
  for (const file of application['documents'])
    expect((await fetch(staff.pb.files.getURL(application, file, { token }))).ok).toBe(true);
  termsBeforeErasure = termsStoredIn(server.dataDir);
  // The request log is written every 3 s; then the nightly zip, taken before she asks.
  await new Promise((resolve) => setTimeout(resolve, 3500));
  await server.admin.backups.create(backupName);
});
afterAll(async () => {
  await server?.stop();
  rmSync(restoredDir, { recursive: true, force: true });
});

/** The status lookup with her phone's last four digits. */
const lookUp = (number: string) =>
  fetch(`${server.url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier: '3187' }),
  });

/** Every file under `dir` (but its backup zips) in which any of `words` is written, case ignored. */
function filesNaming(dir: string, words: string[]): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'backups') walk(full);
        continue;
      }
      const text = readFileSync(full).toString('latin1').toLowerCase();
      for (const word of words) if (text.includes(word.toLowerCase())) found.push(`${full.slice(dir.length)}: ${word}`);
    }
  };
  walk(dir);
  return found;
}

describe("a data subject's request", () => {
  it('exports everything given with one phone number, however it was written', () => {
    // Handed to her, not kept on the server.
    const file = `${server.dataDir}-ekspor-siti.json`;
    expect(command('ekspor', '0812 2044 3187', file)).toContain(
      '2 permohonan, 1 usulan, 1 pengaduan dan 1 usulan DTSEN diekspor',
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    expect(exported.requests.map((found: { number: string }) => found.number).sort()).toEqual(
      [request['number'], application['number']].sort(),
    );
    const exportedRequest = exported.requests.find((found: { number: string }) => found.number === request['number']);
    expect(exportedRequest).toMatchObject({
      applicant_name: 'Siti Aminah',
      intake_note: 'KTP lama, alamat belum diperbarui',
    });
    expect(exportedRequest.events.map((event: { internal_note: string }) => event.internal_note)).toContain(
      'Tetangga melapor ia pindah.',
    );
    expect(exported.proposals.map((found: { number: string }) => found.number)).toEqual([proposal['number']]);
    expect(exported.proposals[0].doc_kk_ktp).toHaveLength(1);
    expect(exported.surveyResponses).toEqual([
      expect.objectContaining({
        number: request['number'],
        persyaratan: 4,
        waktu: 2,
        gender: 'perempuan',
        suggestion: 'Bu Siti menunggu dua jam.',
      }),
    ]);
    expect(exported.households).toMatchObject([
      {
        number: household['number'],
        head_name: 'Siti Aminah',
        nik: NIK,
        phone: '0812 2044 3187',
        status: 'dicatat-desa',
      },
    ]);
    expect(exported.households[0].photo_kk).toHaveLength(1);
    expect(exported.households[0].events).toHaveLength(1);
    expect(exported.complaints).toMatchObject([
      {
        number: complaint['number'],
        complainant_name: 'Siti Aminah',
        description: 'Tetangga saya yang mampu terdaftar, saya ditolak.',
      },
    ]);
  });

  it('erases names, phones, notes and documents, keeps what identifies nobody, and ends the public status', async () => {
    expect(() => command('hapus', request['number'])).toThrow();
    expect(command('hapus', '+62 812-2044-3187', 'ya-hapus')).toContain(
      `Dihapus: permohonan ${request['number']}, ${application['number']}; usulan ${proposal['number']}; pengaduan ` +
        `${complaint['number']}; usulan DTSEN ${household['number']}.`,
    );

    const after = await server.admin.collection('requests').getOne(request.id);
    expect(after).toMatchObject({
      applicant_name: '[dihapus atas permintaan pemilik data]',
      intake_note: '',
      status: 'diproses',
      service: request['service'],
    });
    expect(after['applicant_phone']).not.toContain('3187');
    const events = await server.admin
      .collection('request_events')
      .getFullList({ filter: server.admin.filter('request = {:id}', { id: request.id }) });
    expect(events.map((event) => `${event['public_note']}${event['internal_note']}`).join('')).toBe('');
    const proposalAfter = await server.admin.collection('proposals').getOne(proposal.id);
    expect(proposalAfter).toMatchObject({
      contact_name: '[dihapus atas permintaan pemilik data]',
      doc_kk_ktp: [],
      chronology: '[dihapus atas permintaan pemilik data]',
    });

    // Her survey answers stay in the figures, tied to no number, without her profile and suggestion.
    const [rating] = await server.admin.collection('survey_responses').getFullList();
    expect(rating).toMatchObject({ number: '', persyaratan: 4, waktu: 2, gender: '', suggestion: '' });
    const complaintAfter = await server.admin.collection('complaints').getOne(complaint.id);
    expect(complaintAfter).toMatchObject({
      complainant_name: '',
      complainant_phone: '',
      description: '[dihapus atas permintaan pemilik data]',
      kind: 'pengaduan',
    });
    // Her household keeps its village and stage for the office's figures; who she is goes.
    const householdAfter = await server.admin.collection('household_proposals').getOne(household.id);
    expect(householdAfter).toMatchObject({
      head_name: '[dihapus atas permintaan pemilik data]',
      address: '[dihapus atas permintaan pemilik data]',
      nik: '',
      kk: '',
      photo_ktp: '',
      photo_kk: [],
      village: household['village'],
      status: 'dicatat-desa',
    });
    expect(householdAfter['phone']).not.toContain('3187');
    // The deliberation's reason for not agreeing her household goes; the neighbour's outcome and the minutes stay.
    const deliberationAfter = await server.admin.collection('household_batches').getOne(deliberation.id);
    expect(deliberationAfter['outcomes']).toEqual([
      { household: household.id, agreed: false, reason: '' },
      { household: neighbour.id, agreed: true, reason: '' },
    ]);
    expect(deliberationAfter['minutes']).toHaveLength(1);
    const householdLookup = await lookUp(household['number']);
    expect(householdLookup.status).toBe(404);
    const complaintLookup = await lookUp(complaint['number']);
    expect(complaintLookup.status).toBe(404);

    const lookup = await lookUp(request['number']);
    expect(lookup.status).toBe(404);
    // Someone else's request is untouched.
    expect((await server.admin.collection('requests').getOne(otherRequest.id))['applicant_name']).toBe(
      'Dedi Kurniawan',
    );

    await trailChained(server);
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: 'actor_type = "superuser"', sort: 'seq' });
    const numbers = [
      request['number'],
      application['number'],
      proposal['number'],
      complaint['number'],
      household['number'],
    ];
    expect(trail.map((entry) => `${entry['action']} ${entry['target_label']}`)).toEqual([
      ...numbers.map((number) => `mengekspor data pribadi (permintaan pemilik data) ${number}`),
      ...numbers.map((number) => `menghapus data pribadi (permintaan pemilik data) ${number}`),
    ]);
    // The register holds the numbers, and nothing about her.
    const register = readFileSync(server.erasureRegister, 'utf8');
    expect(
      register
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[1])
        .sort(),
    ).toEqual([...numbers].sort());
    expect(statSync(server.erasureRegister).mode & 0o777).toBe(0o600);
  });

  it('leaves her name, phone and NIK nowhere on disk: database files, request log, documents', async () => {
    await server.stop({ keepData: true });
    expect(filesNaming(server.dataDir, HER)).toEqual([]);
  });

  it("leaves her name's trigrams nowhere in the name indexes' pages, and the indexes true to their tables", () => {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    const namesLeft = db
      .prepare('SELECT applicant_name AS name FROM requests UNION ALL SELECT complainant_name FROM complaints')
      .all()
      .map((row) => String(row['name']));
    db.close();
    const shared = new Set(namesLeft.flatMap(trigramsOf));
    const hers = trigramsOf('Siti Aminah').filter((trigram) => !shared.has(trigram));
    expect(hers.length).toBeGreaterThan(4);
    // Read the same way, the pages held every one of them before.
    expect(hers.filter((trigram) => !termsBeforeErasure.has(trigram))).toEqual([]);
    const stored = termsStoredIn(server.dataDir);
    expect(hers.filter((trigram) => stored.has(trigram))).toEqual([]);
    expect(trigramsOf('Dedi Kurniawan').every((trigram) => stored.has(trigram))).toBe(true);

    // The indexes against their tables, row by row (FTS5's own check), on a copy: the file stays as the erasure left it.
    const copy = join(restoredDir, 'periksa-indeks.db');
    copyFileSync(join(server.dataDir, 'data.db'), copy);
    const checked = new DatabaseSync(copy);
    try {
      for (const index of NAME_INDEXES)
        expect(() => checked.exec(`INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    } finally {
      checked.close();
      rmSync(copy);
    }
  });

  it('does not bring her back when a backup taken before the erasure is restored', async () => {
    const zip = join(restoredDir, backupName);
    copyFileSync(join(server.dataDir, 'backups', backupName), zip);
    const dataDir = join(restoredDir, 'pb_data');
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, dataDir]);
    rmSync(zip);
    // The backup holds her, as it was taken.
    expect(filesNaming(dataDir, ['Siti Aminah', NIK])).not.toEqual([]);

    // The same server's settings (its register), started on the restored folder: erased again at start.
    const restored = await startTestPocketBase({
      dataDir,
      env: { LAYANAN_ERASURE_REGISTER: server.erasureRegister, LAYANAN_AUDIT_KEY_FILE: server.auditKeyFile },
    });
    try {
      const again = await restored.admin.collection('requests').getOne(request.id);
      expect(again['applicant_name']).toBe('[dihapus atas permintaan pemilik data]');
      expect((await restored.admin.collection('requests').getOne(application.id))['documents']).toEqual([]);
      const trail = await restored.admin.collection('audit_log').getFullList({
        filter: 'actor_name ~ "setelah pemulihan"',
      });
      expect(trail.map((entry) => entry['target_label']).sort()).toEqual(
        [request['number'], application['number'], proposal['number'], complaint['number'], household['number']].sort(),
      );
    } finally {
      await restored.stop({ keepData: true });
    }
    expect(filesNaming(dataDir, HER)).toEqual([]);
  });
});
