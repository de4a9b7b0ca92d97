// Sanggah (reporting a recipient believed not eligible) against a real PocketBase, tried as an
// attacker would: it is refused unless rahasia or anonim and unless its village is the chosen
// office's; the village it names reads it only once the office forwarded it, and then only whom it
// names, why and the office's note — never the reporter's name, phone or words; another village, a
// guest and another office read nothing; its answer is never published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { sendComplaint } from '../support/complaint-form';
import { AUDIT_ACTIONS } from '../../src/domain/audit';

const LINGGASARI = '32.14.06.2006';
const CIPICUNG = '32.14.05.2005';
const REPORTER = { name: 'Dewi Lestari', phone: '0813-5566-7788', words: 'Saya tetangga sebelah rumahnya' };
const SANGGAH = {
  kind: 'sanggah',
  identity: 'rahasia',
  name: REPORTER.name,
  phone: REPORTER.phone,
  reply_channel: 'whatsapp',
  service: '',
  description: `${REPORTER.words}; ia punya dua mobil dan toko bangunan.`,
  sanggah_village: LINGGASARI,
  sanggah_rt: '003',
  sanggah_rw: '001',
  sanggah_name: 'Pak Haji Darto',
  sanggah_reason: 'mampu',
};

let server: TestPocketBase;
let linggasari: VillageAccount;
let cipicung: VillageAccount;
let staff: StaffAccount;
let staffBanjarnegara: StaffAccount;
let sanggahId: string;

const villageSanggah = (account: { pb: { authStore: { token: string } } } | null) =>
  fetch(`${server.url}/api/desa/sanggah`, { headers: account ? { Authorization: account.pb.authStore.token } : {} });
const forward = (account: StaffAccount | VillageAccount, id: string, note: string) =>
  fetch(`${server.url}/api/petugas/pengaduan/${id}/teruskan-desa`, {
    method: 'POST',
    headers: { Authorization: account.pb.authStore.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ note }),
  });

beforeAll(async () => {
  server = await startTestPocketBase();
  [linggasari, cipicung, staff, staffBanjarnegara] = await Promise.all([
    createOperator(server, LINGGASARI),
    createOperator(server, CIPICUNG),
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
  const sent = await sendComplaint(server.url, { fields: SANGGAH });
  expect(sent.status).toBe(200);
  sanggahId = (await server.admin.collection('complaints').getFirstListItem(`number = "${sent.body.number}"`)).id;
});
afterAll(() => server?.stop());

describe('a sanggah sent', () => {
  it('is refused when "biasa", naming the field and why', async () => {
    const plain = await sendComplaint(server.url, { fields: { ...SANGGAH, identity: 'biasa' } });
    expect(plain.status).toBe(400);
    expect(plain.body.data.identity.message).toContain('Sanggah selalu rahasia atau anonim');
  });

  it('is refused without whom it names, or naming a village of another office', async () => {
    const bare = await sendComplaint(server.url, {
      fields: { ...SANGGAH, sanggah_name: '', sanggah_rt: 'x', sanggah_reason: 'benci' },
    });
    expect(bare.status).toBe(400);
    expect(Object.keys(bare.body.data).sort()).toEqual(['sanggah_name', 'sanggah_reason', 'sanggah_rt']);
    const elsewhere = await sendComplaint(server.url, {
      fields: { ...SANGGAH, agency: 'dinsos-pppa-banjarnegara' },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.data.sanggah_village.message).toContain('bukan wilayah kantor yang dipilih');
  });

  it('is taken anonymous, with no name or contact stored, routed to the office of the village it names', async () => {
    const anonymous = await sendComplaint(server.url, {
      fields: {
        ...SANGGAH,
        identity: 'anonim',
        name: '',
        phone: '',
        reply_channel: 'halaman-status',
        verifier_digits: '2468',
      },
    });
    expect(anonymous.status).toBe(200);
    const stored = await server.admin.collection('complaints').getFirstListItem(`number = "${anonymous.body.number}"`, {
      expand: 'sanggah_village,agency',
    });
    expect(stored).toMatchObject({ complainant_name: '', complainant_phone: '', sanggah_name: 'Pak Haji Darto' });
    expect(stored.expand?.['sanggah_village']['code']).toBe(LINGGASARI);
    expect(stored.expand?.['agency']['slug']).toBe('dinsos-p3a-purwakarta');
  });
});

describe('the village it names', () => {
  it('reads nothing before the office forwards it, nor through the records API', async () => {
    const before = await villageSanggah(linggasari);
    expect(before.status).toBe(200);
    expect((await before.json()).items).toEqual([]);
    const direct = await fetch(`${server.url}/api/collections/complaints/records/${sanggahId}`, {
      headers: { Authorization: linggasari.pb.authStore.token },
    });
    expect(direct.status).toBe(404);
  });

  it('cannot forward it, nor can another office; the office forwards it once, with a note, audited', async () => {
    expect((await forward(linggasari, sanggahId, 'Tolong periksa.')).status).toBe(403);
    expect((await forward(staffBanjarnegara, sanggahId, 'Tolong periksa.')).status).toBe(404);
    const empty = await forward(staff, sanggahId, '  ');
    expect(empty.status).toBe(400);
    expect((await forward(staff, sanggahId, 'Mohon dibahas di musyawarah desa berikutnya.')).status).toBe(200);
    expect((await forward(staff, sanggahId, 'Lagi.')).status).toBe(400);
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: sanggahId }) });
    expect(trail.map((entry) => entry['action'])).toContain(AUDIT_ACTIONS['sanggah-diteruskan']);
  });

  it('then reads whom it names, why and the note — never the reporter; each reading audited', async () => {
    const after = await villageSanggah(linggasari);
    const text = await after.text();
    expect(JSON.parse(text).items).toEqual([
      {
        forwardedAt: expect.any(String),
        rt: '003',
        rw: '001',
        name: 'Pak Haji Darto',
        reason: 'Keluarga mampu (rumah, kendaraan, usaha atau penghasilan cukup)',
        note: 'Mohon dibahas di musyawarah desa berikutnya.',
      },
    ]);
    for (const trace of [REPORTER.name, REPORTER.phone, '7788', REPORTER.words, 'mobil'])
      expect(text).not.toContain(trace);
    const trail = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('target_id = {:id} && action = {:action}', {
        id: sanggahId,
        action: AUDIT_ACTIONS['sanggah-dibaca-desa'],
      }),
    });
    expect(trail.map((entry) => entry['actor_id'])).toEqual([linggasari.id]);
  });

  it('another village, a guest and staff read none of it through the village route', async () => {
    expect((await (await villageSanggah(cipicung)).json()).items).toEqual([]);
    expect((await villageSanggah(null)).status).toBe(401);
    expect((await villageSanggah(staff)).status).toBe(403);
  });
});

describe('its answer', () => {
  it('is never published, even when anonymous', async () => {
    const complaint = await server.admin.collection('complaints').getOne(sanggahId);
    await staff.pb
      .collection('complaint_events')
      .create({ complaint: complaint.id, status: 'diverifikasi', staff: staff.id });
    const published = await staff.pb
      .collection('complaint_events')
      .create({
        complaint: complaint.id,
        status: 'dijawab',
        staff: staff.id,
        public_note: 'Sudah kami teruskan ke desa.',
        publish_answer: true,
      })
      .then(
        () => 200,
        (error) => error.status as number,
      );
    expect(published).toBe(400);
  });
});
