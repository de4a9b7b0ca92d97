// Household proposals (usulan DTSEN) against a real PocketBase, tried as an attacker would: another
// village's operator, a Camat, a guest and another office can neither read nor move one; a NIK or
// KK of the wrong shape is refused with its reason; the number has its own prefix and is looked up
// like any other, its public status names no one; the village records its deliberation, the office
// verifies or returns it with a reason the village reads, and records the centre's result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  createCamat,
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { AUDIT_ACTIONS } from '../../src/domain/audit';
import { HOUSEHOLD_KK, HOUSEHOLD_NIK, householdBatchForm, householdForm } from '../support/household-form';
import { jpegPhotoWithLocation } from '../support/proposal-form';
import exifr from 'exifr';

const LINGGASARI = '32.14.06.2006'; // Darangdan
const CIPICUNG = '32.14.05.2005'; // Sukatani

let server: TestPocketBase;
let linggasari: VillageAccount;
let cipicung: VillageAccount;
let camatDarangdan: VillageAccount;
let staff: StaffAccount;
let staffBanjarnegara: StaffAccount;
let household: RecordModel;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, data: {} as Record<string, { message: string }> }),
    (error) => ({
      status: error.status as number,
      data: (error.response?.data ?? {}) as Record<string, { message: string }>,
    }),
  );

async function lookUp(number: string, verifier: string) {
  const response = await fetch(`${server.url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier }),
  });
  return { status: response.status, body: await response.json(), text: '' };
}

beforeAll(async () => {
  server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '100000/60' } });
  [linggasari, cipicung] = await Promise.all([createOperator(server, LINGGASARI), createOperator(server, CIPICUNG)]);
  camatDarangdan = await createCamat(server, '32.14.06');
  staff = await createStaff(server, 'dinsos-p3a-purwakarta');
  staffBanjarnegara = await createStaff(server, 'dinsos-pppa-banjarnegara');
  household = await linggasari.pb.collection('household_proposals').create(await householdForm(linggasari.placeId));
});
afterAll(() => server?.stop());

describe('a village sends a household', () => {
  it('gets its own number prefix, status "dicatat-desa", its village, operator and office, whatever the client sent', async () => {
    expect(household['number']).toMatch(/^DTS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(household['status']).toBe('dicatat-desa');
    expect(household['operator']).toBe(linggasari.id);
    expect(household['village']).toBe(linggasari.placeId);
    const forged = await linggasari.pb
      .collection('household_proposals')
      .create(await householdForm(linggasari.placeId, { fields: { status: 'hasil', number: 'DTS-0000-0000-0' } }));
    expect(forged['status']).toBe('dicatat-desa');
    expect(forged['number']).not.toBe('DTS-0000-0000-0');
    // For another village: refused.
    const elsewhere = await failure(
      linggasari.pb.collection('household_proposals').create(await householdForm(cipicung.placeId)),
    );
    expect(elsewhere.status).toBe(400);
    expect(
      await server.admin.collection('household_proposals').getFullList({ filter: `village = "${cipicung.placeId}"` }),
    ).toEqual([]);
  });

  it('refuses a NIK or KK of the wrong shape with the reason, and a household without consent', async () => {
    const bad = await failure(
      linggasari.pb.collection('household_proposals').create(
        await householdForm(linggasari.placeId, {
          fields: { nik: '3214013208900003', kk: '321401010120000', consent: 'false' },
        }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.data['nik']?.message).toContain('tanggal "32" tidak mungkin');
    expect(bad.data['kk']?.message).toContain('Nomor KK harus 16 angka; yang terisi 15 angka');
    expect(bad.data['consent']?.message).toContain('menyetujui');
    const letters = await failure(
      linggasari.pb
        .collection('household_proposals')
        .create(await householdForm(linggasari.placeId, { fields: { nik: '32140155O8900003' } })),
    );
    expect(letters.data['nik']?.message).toContain('hanya berisi angka');
  });

  it('takes a KK issued outside the kabupaten (a warning on the form, never a refusal)', async () => {
    const elsewhere = await linggasari.pb
      .collection('household_proposals')
      .create(await householdForm(linggasari.placeId, { fields: { kk: '3273010101200001' } }));
    expect(elsewhere['kk']).toBe('3273010101200001');
  });

  it('sent twice with the same idempotency key, creates one', async () => {
    const form = await householdForm(cipicung.placeId);
    const first = await cipicung.pb.collection('household_proposals').create(form);
    const second = await cipicung.pb.collection('household_proposals').create(form);
    expect(second['number']).toBe(first['number']);
  });
});

describe('who reads and moves it', () => {
  it('is read by its village and its office, and by no other village, Camat, office or guest', async () => {
    expect((await linggasari.pb.collection('household_proposals').getOne(household.id))['nik']).toBe(HOUSEHOLD_NIK);
    expect((await staff.pb.collection('household_proposals').getOne(household.id))['kk']).toBe(HOUSEHOLD_KK);
    for (const outsider of [cipicung.pb, camatDarangdan.pb, staffBanjarnegara.pb]) {
      expect((await failure(outsider.collection('household_proposals').getOne(household.id))).status).toBe(404);
      expect(
        await outsider.collection('household_proposals').getFullList({ filter: `id = "${household.id}"` }),
      ).toEqual([]);
      expect(
        await outsider
          .collection('household_proposal_events')
          .getFullList({ filter: `household_proposal = "${household.id}"` }),
      ).toEqual([]);
    }
    const guest = await fetch(`${server.url}/api/collections/household_proposals/records`);
    expect((await guest.json()).items).toEqual([]);
  });

  it('every read of a household is in the audit trail', async () => {
    await staff.pb.collection('household_proposals').getOne(household.id);
    const entries = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('target_id = {:id} && actor_id = {:staff} && action = {:action}', {
        id: household.id,
        staff: staff.id,
        action: AUDIT_ACTIONS['lihat-usulan-dtsen'],
      }),
    });
    expect(entries.length).toBeGreaterThan(0);
  });

  it('no other village, Camat, office or guest records a step; nobody records a deliberation without its minutes', async () => {
    const deliberation = {
      household_proposal: household.id,
      status: 'musyawarah-desa',
      way: 'musdes',
      deliberated_on: '2026-12-01',
    };
    // Each as themselves (the create rule wants the recorder to be the account), and as the village's operator.
    // The village's own operator too: a deliberation is recorded only with its minutes (household_batches).
    for (const outsider of [linggasari, cipicung, camatDarangdan, staffBanjarnegara, staff])
      for (const recorder of [{ operator: outsider.id }, { staff: outsider.id }, { operator: linggasari.id }]) {
        const attempt = outsider.pb.collection('household_proposal_events').create({ ...deliberation, ...recorder });
        expect((await failure(attempt)).status).toBe(400);
      }
    const guest = await fetch(`${server.url}/api/collections/household_proposal_events/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...deliberation, operator: linggasari.id }),
    });
    expect(guest.status).toBe(400);
    expect(
      (await failure(linggasari.pb.collection('household_proposals').update(household.id, { nik: '1' }))).status,
    ).toBe(403);
  });

  it('the village records its deliberation, the office returns it with a reason the village reads, then verifies, sends, records the result', async () => {
    const events = (by: VillageAccount | StaffAccount) => by.pb.collection('household_proposal_events');
    const batches = linggasari.pb.collection('household_batches');
    const missingDate = await failure(
      batches.create(await householdBatchForm(linggasari.placeId, [household.id], { fields: { held_on: null } })),
    );
    expect(missingDate.data['held_on']?.message).toContain('tanggal musyawarah');
    await batches.create(await householdBatchForm(linggasari.placeId, [household.id]));
    const noReason = await failure(
      events(staff).create({ household_proposal: household.id, status: 'dikembalikan-ke-desa', staff: staff.id }),
    );
    expect(noReason.data['public_note']?.message).toContain('apa yang perlu diperbaiki');
    await events(staff).create({
      household_proposal: household.id,
      status: 'dikembalikan-ke-desa',
      staff: staff.id,
      public_note: 'Foto KK buram: foto ulang KK-nya.',
    });
    const seen = await events(linggasari).getFullList({ filter: `household_proposal = "${household.id}"`, sort: 'at' });
    expect(seen.at(-1)?.['public_note']).toBe('Foto KK buram: foto ulang KK-nya.');
    // The village's own list reads the reason on the household itself, until its deliberation agrees it again.
    const noteOf = async () =>
      (await linggasari.pb.collection('household_proposals').getOne(household.id))['note_for_village'];
    expect(await noteOf()).toBe('Foto KK buram: foto ulang KK-nya.');
    const jumped = await failure(
      events(staff).create({ household_proposal: household.id, status: 'dikirim-ke-pusat', staff: staff.id }),
    );
    expect(jumped.data['status']?.message).toContain('Disepakati musyawarah desa');
    await batches.create(
      await householdBatchForm(linggasari.placeId, [household.id], { fields: { held_on: '2026-12-03 00:00:00.000Z' } }),
    );
    expect(await noteOf()).toBe('');
    await events(staff).create({ household_proposal: household.id, status: 'diverifikasi-dinsos', staff: staff.id });
    await events(staff).create({ household_proposal: household.id, status: 'dikirim-ke-pusat', staff: staff.id });
    const noResult = await failure(
      events(staff).create({ household_proposal: household.id, status: 'hasil', staff: staff.id }),
    );
    expect(noResult.data['result']?.message).toContain('Pilih hasil');
    await events(staff).create({
      household_proposal: household.id,
      status: 'hasil',
      staff: staff.id,
      result: 'tidak-masuk',
      public_note: 'Hasil pemeringkatan di atas desil 5.',
    });
    const stored = await server.admin.collection('household_proposals').getOne(household.id);
    expect(stored['status']).toBe('hasil');
    expect(stored['result']).toBe('tidak-masuk');
    expect(stored['finished_at']).not.toBe('');

    const looked = await lookUp(household['number'], '7890');
    expect(looked.status).toBe(200);
    expect(looked.body).toMatchObject({
      kind: 'usulan-dtsen',
      status: 'hasil',
      currentStep: 5,
      steps: ['Dicatat desa', 'Musyawarah desa', 'Diverifikasi Dinsos', 'Dikirim ke pusat', 'Hasil'],
    });
    expect(looked.body.timeline.at(-1).note).toBe('Tidak masuk DTSEN. Hasil pemeringkatan di atas desil 5.');
    expect(
      looked.body.timeline.some((entry: { note: string }) => entry.note === 'Foto KK buram: foto ulang KK-nya.'),
    ).toBe(true);
    for (const secret of [HOUSEHOLD_NIK, HOUSEHOLD_KK, 'Siti', 'Cibeureum', '0812', '-6.52'])
      expect(JSON.stringify(looked.body)).not.toContain(secret);
  });

  it('a wrong verifier or an unknown number gets nothing', async () => {
    const wrong = await lookUp(household['number'], '0000');
    expect(wrong.status).not.toBe(200);
    expect(JSON.stringify(wrong.body)).not.toContain('dicatat');
  });
});

describe('a village’s deliberation (household_batches)', () => {
  const batches = (by: VillageAccount | StaffAccount) => by.pb.collection('household_batches');
  const recorded = async (by: VillageAccount = linggasari) =>
    (await by.pb.collection('household_proposals').create(await householdForm(by.placeId))).id;

  it('refuses an SPTJM where the office does not allow one, naming the rule', async () => {
    const refused = await failure(
      batches(linggasari).create(
        await householdBatchForm(linggasari.placeId, [await recorded()], { fields: { way: 'sptjm' } }),
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.data['way']?.message).toContain('tidak mengizinkan SPTJM');
    // Where the office allows one (its agency file's dtsen.sptjmAllowed, synced from the build), taken without attendance.
    const office = await server.admin
      .collection('agencies')
      .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: 'dinsos-p3a-purwakarta' }));
    await server.admin.collection('agencies').update(office.id, { dtsen_sptjm_allowed: true });
    try {
      const allowed = await batches(linggasari).create(
        await householdBatchForm(linggasari.placeId, [await recorded()], { fields: { way: 'sptjm', attending: null } }),
      );
      expect(allowed['way']).toBe('sptjm');
    } finally {
      await server.admin.collection('agencies').update(office.id, { dtsen_sptjm_allowed: false });
    }
  });

  it('refuses a deliberation without minutes, attendance, households or a reason for one not agreed', async () => {
    const id = await recorded();
    const bad = await failure(
      batches(linggasari).create(
        await householdBatchForm(linggasari.placeId, [id], {
          fields: { attending: null },
          minutes: [],
          outcomes: [{ household: id, agreed: false }],
        }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.data['minutes']?.message).toContain('berita acara');
    expect(bad.data['attending']?.message).toContain('jumlah orang yang hadir');
    expect(bad.data['outcomes']?.message).toContain('Tulis alasan');
    const empty = await failure(batches(linggasari).create(await householdBatchForm(linggasari.placeId, [])));
    expect(empty.data['outcomes']?.message).toContain('Pilih keluarga');
    const future = await failure(
      batches(linggasari).create(
        await householdBatchForm(linggasari.placeId, [id], { fields: { held_on: '2099-01-01 00:00:00.000Z' } }),
      ),
    );
    expect(future.data['held_on']?.message).toContain('sesudah hari ini');
    expect((await server.admin.collection('household_proposals').getOne(id))['status']).toBe('dicatat-desa');
  });

  it('takes only the village’s own households waiting for their deliberation', async () => {
    const theirs = await recorded(cipicung);
    const other = await failure(
      batches(linggasari).create(await householdBatchForm(linggasari.placeId, [await recorded(), theirs])),
    );
    expect(other.status).toBe(400);
    expect(other.data['outcomes']?.message).toContain('Keluarga ke-2 bukan usulan desa ini');
    expect((await server.admin.collection('household_proposals').getOne(theirs))['status']).toBe('dicatat-desa');
    const agreed = await recorded();
    await batches(linggasari).create(await householdBatchForm(linggasari.placeId, [agreed]));
    const again = await failure(batches(linggasari).create(await householdBatchForm(linggasari.placeId, [agreed])));
    expect(again.data['outcomes']?.message).toContain('sudah "Disepakati musyawarah desa"');
    // Nor for another village, whatever the body says.
    const forged = await failure(
      batches(linggasari).create(
        await householdBatchForm(linggasari.placeId, [await recorded()], { fields: { village: cipicung.placeId } }),
      ),
    );
    expect(forged.status).toBe(400);
  });

  it('moves the agreed households through the case engine, keeps one not agreed with its reason, once when sent twice', async () => {
    const [yes, no] = [await recorded(), await recorded()];
    const form = await householdBatchForm(linggasari.placeId, [], {
      outcomes: [
        { household: yes, agreed: true },
        { household: no, agreed: false, reason: 'Sudah menerima bantuan rumah tidak layak huni tahun ini.' },
      ],
      minutes: [await jpegPhotoWithLocation()],
    });
    const batch = await batches(linggasari).create(form);
    const repeated = await batches(linggasari).create(form);
    expect(repeated.id).toBe(batch.id);
    expect(batch['village']).toBe(linggasari.placeId);
    const [agreed, notAgreed] = await Promise.all(
      [yes, no].map((id) => server.admin.collection('household_proposals').getOne(id)),
    );
    expect(agreed).toMatchObject({ status: 'musyawarah-desa', way: 'musdes', batch: batch.id });
    expect(agreed['deliberated_on']).toContain('2026-12-01');
    expect(notAgreed).toMatchObject({
      status: 'dicatat-desa',
      batch: batch.id,
      note_for_village:
        'Tidak disepakati (Musyawarah desa, 01-12-2026): Sudah menerima bantuan rumah tidak layak huni tahun ini.',
    });
    const timeline = await server.admin
      .collection('household_proposal_events')
      .getFullList({ filter: `household_proposal = "${yes}"` });
    expect(timeline.filter((event) => event['status'] === 'musyawarah-desa')).toHaveLength(1);
    expect(timeline.at(-1)?.['operator']).toBe(linggasari.id);

    // Its minutes: protected, without the photo's GPS position; read by the office's staff only, audited.
    const seen = await batches(staff).getOne(batch.id);
    const minutes = (seen['minutes'] as string[])[0]!;
    expect(minutes).toMatch(/^[a-z]+_[a-z0-9]{16}\.jpg$/);
    const file = await fetch(staff.pb.files.getURL(seen, minutes, { token: await staff.pb.files.getToken() }));
    expect(file.status).toBe(200);
    expect(await exifr.gps(new Uint8Array(await file.arrayBuffer()))).toBeUndefined();
    expect((await fetch(staff.pb.files.getURL(seen, minutes))).status).not.toBe(200);
    for (const outsider of [cipicung, camatDarangdan, staffBanjarnegara]) {
      expect((await failure(batches(outsider).getOne(batch.id))).status).toBe(404);
      expect(await batches(outsider).getFullList()).toEqual([]);
    }
    expect((await (await fetch(`${server.url}/api/collections/household_batches/records`)).json()).items).toEqual([]);
    expect((await failure(batches(linggasari).update(batch.id, { attending: 1 }))).status).toBe(403);
    const read = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('target_id = {:id} && action = {:action}', {
        id: batch.id,
        action: AUDIT_ACTIONS['lihat-musyawarah-dtsen'],
      }),
    });
    expect(read.length).toBeGreaterThan(0);
  });
});

describe('export for the national application and its results back', () => {
  const FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")';
  const exportBatch = (by: StaffAccount | VillageAccount | null, body: Record<string, unknown>) =>
    fetch(`${server.url}/api/petugas/usulan-dtsen/ekspor`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(by ? { Authorization: by.pb.authStore.token } : {}) },
      body: JSON.stringify(body),
    });
  const importResults = (by: StaffAccount, csv: string) =>
    fetch(`${server.url}/api/petugas/usulan-dtsen/hasil`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: by.pb.authStore.token },
      body: JSON.stringify({ csv }),
    });
  const statusOf = async (id: string) => (await server.admin.collection('household_proposals').getOne(id))['status'];
  let first: RecordModel;
  let second: RecordModel;
  let batchId: string;

  beforeAll(async () => {
    first = await linggasari.pb
      .collection('household_proposals')
      .create(await householdForm(linggasari.placeId, { fields: { head_name: FORMULA_NAME } }));
    second = await linggasari.pb
      .collection('household_proposals')
      .create(await householdForm(linggasari.placeId, { fields: { phone: '', chosen_digits: '2580' } }));
    batchId = (
      await linggasari.pb
        .collection('household_batches')
        .create(await householdBatchForm(linggasari.placeId, [first.id, second.id]))
    ).id;
  });

  it('exports nothing until a household is verified, and to nobody but the office’s staff', async () => {
    const early = await exportBatch(staff, { musyawarah: batchId });
    expect(early.status).toBe(400);
    expect((await early.json()).message).toContain('Belum ada usulan terverifikasi');
    for (const household of [first, second])
      await staff.pb
        .collection('household_proposal_events')
        .create({ household_proposal: household.id, status: 'diverifikasi-dinsos', staff: staff.id });
    expect((await exportBatch(staffBanjarnegara, { musyawarah: batchId })).status).toBe(404);
    expect((await exportBatch(linggasari, { musyawarah: batchId })).status).toBe(403);
    expect((await exportBatch(null, { musyawarah: batchId })).status).toBe(401);
    expect(await statusOf(first.id)).toBe('diverifikasi-dinsos');
  });

  it('writes the known file for the known households, formula defused, and moves them to "dikirim ke pusat"', async () => {
    const response = await exportBatch(staff, { musyawarah: batchId });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/usulan-dtsen-32\.14\.06\.2006-\d{4}-\d{2}-\d{2}\.csv/);
    // Written by hand from the households above (tests/support/household-form.ts) and the default layout.
    const row = (number: string, name: string) =>
      `"${number}","3214015508900003","3214010101200001","${name}","Kp. Cibeureum","002","004",` +
      '"32.14.06.2006","Linggasari","-6.52043","107.431742","lantai-tanah; tanpa-jamban-sendiri","2026-12-01","","",""';
    // Read with its byte-order mark (response.text() drops it).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())).toBe(
      '\ufeff"NOMOR_USULAN","NIK_KEPALA_KELUARGA","NOMOR_KK","NAMA_KEPALA_KELUARGA","ALAMAT","RT","RW","KODE_DESA",' +
        '"NAMA_DESA","LINTANG","BUJUR","KRITERIA_TERPENUHI","TANGGAL_MUSYAWARAH","HASIL","ALASAN_HASIL","DESIL"\r\n' +
        `${row(first['number'], `'=HYPERLINK(""http://contoh.invalid"",""klik"")`)}\r\n` +
        `${row(second['number'], 'Siti Aminah')}\r\n`,
    );
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['dikirim-ke-pusat', 'dikirim-ke-pusat']);
    const batch = await server.admin.collection('household_batches').getOne(batchId);
    expect(batch).toMatchObject({ exported_by: staff.id, export_count: 1 });
  });

  it('is not exported twice by accident; a re-export is asked for, and audited as one', async () => {
    const twice = await exportBatch(staff, { musyawarah: batchId });
    expect(twice.status).toBe(409);
    expect((await twice.json()).message).toContain('sudah diunduh 1 kali');
    const again = await exportBatch(staff, { musyawarah: batchId, ulang: true });
    expect(again.status).toBe(200);
    expect(again.headers.get('content-disposition')).toContain('-ulang.csv');
    expect((await again.text()).split('\r\n')).toHaveLength(4);
    const entries = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('target_id = {:id}', { id: batchId }),
      sort: 'at',
    });
    expect(entries.map((entry) => entry['action'])).toEqual(
      expect.arrayContaining([AUDIT_ACTIONS['ekspor-usulan-dtsen'], AUDIT_ACTIONS['ekspor-ulang-usulan-dtsen']]),
    );
    expect(
      JSON.stringify(entries.find((entry) => entry['action'] === AUDIT_ACTIONS['ekspor-usulan-dtsen'])?.['detail']),
    ).toContain(first['number']);
  });

  it('imports nothing from a file with a formula, an unknown result or number, each named by its row', async () => {
    const header = 'NOMOR_USULAN,HASIL,ALASAN_HASIL,DESIL';
    const response = await importResults(
      staff,
      [
        header,
        `${first['number']},masuk,,3`,
        `${second['number']},lulus,,`,
        'DTS-AAAA-BBBB-C,masuk,,',
        `${second['number']},tidak masuk dtsen,"=1+1",`,
      ].join('\n'),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.message).toContain('tidak ada satu pun baris yang disimpan');
    expect(body.problems.join('\n')).toMatch(/Baris 3: hasil "lulus" tidak dikenal/);
    expect(body.problems.join('\n')).toMatch(
      /Baris 4: nomor usulan "DTS-AAAA-BBBB-C" tidak sah|Baris 4: nomor DTS-AAAA-BBBB-C/,
    );
    expect(body.problems.join('\n')).toMatch(/Baris 5: sel "=1\+1"/);
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['dikirim-ke-pusat', 'dikirim-ke-pusat']);
  });

  it('refuses another office’s numbers', async () => {
    const other = await server.admin
      .collection('agencies')
      .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: 'dinsos-pppa-banjarnegara' }));
    const noLayout = await importResults(
      staffBanjarnegara,
      `NOMOR_USULAN,HASIL,ALASAN_HASIL\n${first['number']},masuk,`,
    );
    expect((await noLayout.json()).message).toContain('belum menetapkan susunan kolom');
    const purwakarta = await server.admin
      .collection('agencies')
      .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: 'dinsos-p3a-purwakarta' }));
    await server.admin
      .collection('agencies')
      .update(other.id, { dtsen_export_layout: purwakarta['dtsen_export_layout'] });
    const theirs = await importResults(staffBanjarnegara, `NOMOR_USULAN,HASIL,ALASAN_HASIL\n${first['number']},masuk,`);
    expect(theirs.status).toBe(400);
    expect((await theirs.json()).problems[0]).toContain(`Baris 2: nomor ${first['number']} bukan usulan kantor ini`);
    expect(await statusOf(first.id)).toBe('dikirim-ke-pusat');
  });

  it('takes every row of a good file: each household gets its result, reason and desil, and the family reads it', async () => {
    const response = await importResults(
      staff,
      `\ufeff"NOMOR_USULAN";"HASIL";"ALASAN_HASIL";"DESIL"\r\n"${first['number']}";"Masuk DTSEN";"";"3"\r\n` +
        `"${second['number']}";"tidak-masuk";"Hasil pemeringkatan di atas desil 5.";""\r\n`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: 2 });
    expect(await server.admin.collection('household_proposals').getOne(first.id)).toMatchObject({
      status: 'hasil',
      result: 'masuk',
      desil: 3,
    });
    const looked = await lookUp(second['number'], '2580');
    expect(looked.body.timeline.at(-1).note).toBe('Tidak masuk DTSEN. Hasil pemeringkatan di atas desil 5.');
    const audited = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('action = {:action} && actor_id = {:staff}', {
        action: AUDIT_ACTIONS['impor-hasil-dtsen'],
        staff: staff.id,
      }),
    });
    expect(audited).toHaveLength(1);
    // Imported again: those numbers no longer await a result.
    const twice = await importResults(staff, `NOMOR_USULAN,HASIL,ALASAN_HASIL\n${first['number']},masuk,`);
    expect(twice.status).toBe(400);
  });
});

describe('the review in the workspace (GET /api/petugas/usulan-dtsen)', () => {
  const review = (token: string, query = '') =>
    fetch(`${server.url}/api/petugas/usulan-dtsen${query}`, { headers: token ? { Authorization: token } : {} });

  it('lists the office’s households waiting on the Dinas, oldest first, with no NIK, KK or name', async () => {
    const waiting = await linggasari.pb
      .collection('household_proposals')
      .create(await householdForm(linggasari.placeId));
    await linggasari.pb
      .collection('household_batches')
      .create(await householdBatchForm(linggasari.placeId, [waiting.id]));
    const response = await review(staff.pb.authStore.token);
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page.items.map((row: { number: string }) => row.number)).toContain(waiting['number']);
    for (const row of page.items)
      expect(Object.keys(row).sort()).toEqual(['id', 'number', 'received_at', 'status', 'village_name']);
    expect(
      page.items.every((row: { status: string }) => ['musyawarah-desa', 'diverifikasi-dinsos'].includes(row.status)),
    ).toBe(true);
    expect(JSON.stringify(page)).not.toContain(HOUSEHOLD_NIK);
    const read = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('actor_id = {:staff} && action = {:action}', {
        staff: staff.id,
        action: AUDIT_ACTIONS['lihat-daftar-usulan-dtsen'],
      }),
    });
    expect(read.length).toBeGreaterThan(0);
  });

  it('is refused to village operators, Camats and guests, and shows another office nothing', async () => {
    for (const token of [linggasari.pb.authStore.token, camatDarangdan.pb.authStore.token, ''])
      expect((await review(token)).status).not.toBe(200);
    const other = await (await review(staffBanjarnegara.pb.authStore.token, '?tampil=semua')).json();
    expect(other.items).toEqual([]);
    expect((await review(staff.pb.authStore.token, '?tampil=urut-nik')).status).toBe(400);
  });
});
