// Least privilege, tried as an attacker would: anonymous visitors, staff of another office,
// and staff trying to exceed their role. Real PocketBase, real rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  client,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';

let server: TestPocketBase;
let purwakarta: StaffAccount;
let banjarnegara: StaffAccount;
let purwakartaRequest: RecordModel;
let banjarnegaraRequest: RecordModel;

async function register(staff: StaffAccount, serviceSlug: string, phone = '0812-3456-7890') {
  const service = await serviceBySlug(server, serviceSlug);
  return staff.pb
    .collection('requests')
    .create({ service: service.id, agency: service['agency'], applicant_name: 'Siti Aminah', applicant_phone: phone });
}

beforeAll(async () => {
  server = await startTestPocketBase();
  purwakarta = await createStaff(server, 'dinsos-p3a-purwakarta');
  banjarnegara = await createStaff(server, 'dinsos-pppa-banjarnegara');
  purwakartaRequest = await register(purwakarta, 'rujukan-ppks-terlantar');
  banjarnegaraRequest = await register(banjarnegara, 'santunan-anak-terlantar');
});
afterAll(() => server?.stop());

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error) => error.status as number,
  );

describe('anonymous visitors', () => {
  const anonymous = () => client(server.url);

  it('see no requests, events or staff', async () => {
    expect((await anonymous().collection('requests').getList()).totalItems).toBe(0);
    expect((await anonymous().collection('request_events').getList()).totalItems).toBe(0);
    expect((await anonymous().collection('staff').getList()).totalItems).toBe(0);
    expect(await status(anonymous().collection('requests').getOne(purwakartaRequest.id))).toBe(404);
    expect(await status(anonymous().collection('staff').getOne(purwakarta.id))).toBe(404);
  });

  it('cannot create, change or delete anything', async () => {
    const service = await serviceBySlug(server, 'rujukan-ppks-terlantar');
    expect(
      await status(
        anonymous().collection('requests').create({
          service: service.id,
          agency: service['agency'],
          applicant_name: 'X',
          applicant_phone: '081234567890',
        }),
      ),
    ).toBe(400);
    expect(await status(anonymous().collection('requests').update(purwakartaRequest.id, { status: 'selesai' }))).toBe(
      403,
    );
    expect(await status(anonymous().collection('services').update(service.id, { title: 'Diubah' }))).toBe(403);
    expect(
      await status(
        anonymous().collection('staff').create({
          email: 'x@x.id',
          password: 'abcdefghij',
          passwordConfirm: 'abcdefghij',
          name: 'X',
          role: 'kepala_bidang',
          agency: service['agency'],
        }),
      ),
    ).toBe(403);
  });

  it('cannot filter requests by personal data to probe them', async () => {
    const probe = await anonymous().collection('requests').getList(1, 1, { filter: 'applicant_phone ~ "0812"' });
    expect(probe.totalItems).toBe(0);
  });

  it('can read the public list of services and offices', async () => {
    expect((await anonymous().collection('services').getFullList()).length).toBeGreaterThanOrEqual(10);
    expect((await anonymous().collection('agencies').getFullList()).length).toBe(3);
  });
});

describe('staff', () => {
  it('see only their own office’s requests and timelines', async () => {
    const seenByPurwakarta = await purwakarta.pb.collection('requests').getFullList();
    expect(seenByPurwakarta.map((request) => request.id)).toEqual([purwakartaRequest.id]);
    expect(seenByPurwakarta[0]!['applicant_phone']).toBe('0812-3456-7890');
    expect(await status(purwakarta.pb.collection('requests').getOne(banjarnegaraRequest.id))).toBe(404);
    expect(await status(banjarnegara.pb.collection('requests').getOne(purwakartaRequest.id))).toBe(404);
    const events = await banjarnegara.pb.collection('request_events').getFullList();
    expect(events.every((event) => event['request'] === banjarnegaraRequest.id)).toBe(true);
  });

  it('see only their own office’s staff records', async () => {
    const visible = await purwakarta.pb.collection('staff').getFullList();
    expect(visible.every((staff) => staff['agency'] === purwakarta.pb.authStore.record!['agency'])).toBe(true);
    expect(visible.map((staff) => staff.id)).toContain(purwakarta.id);
    expect(await status(purwakarta.pb.collection('staff').getOne(banjarnegara.id))).toBe(404);
  });

  it('cannot register requests for another office or with another office’s service', async () => {
    const foreignService = await serviceBySlug(server, 'santunan-anak-terlantar');
    const ownService = await serviceBySlug(server, 'rujukan-ppks-terlantar');
    const attempts = [
      { service: foreignService.id, agency: foreignService['agency'] },
      { service: foreignService.id, agency: ownService['agency'] },
    ];
    for (const attempt of attempts) {
      expect(
        await status(
          purwakarta.pb
            .collection('requests')
            .create({ ...attempt, applicant_name: 'X', applicant_phone: '081234567890' }),
        ),
      ).toBe(400);
    }
  });

  it('cannot choose the number or backdate a request', async () => {
    const service = await serviceBySlug(server, 'kedaruratan-ppks');
    const before = Date.now();
    const created = await purwakarta.pb.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Euis',
      applicant_phone: '081234561111',
      number: 'PWK-0000-0000-0',
      received_at: '2020-01-01 00:00:00.000Z',
      status: 'selesai',
    });
    expect(created['number']).not.toBe('PWK-0000-0000-0');
    expect(created['number']).toMatch(/^PWK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(created['status']).toBe('diterima');
    expect(new Date(created['received_at']).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created['registered_by']).toBe(purwakarta.id);
    // Due time from the service's Standar Pelayanan: 210 menit.
    expect(new Date(created['due_at']).getTime() - new Date(created['received_at']).getTime()).toBe(210 * 60_000);
  });

  it('cannot edit or delete requests, nor edit or delete the timeline', async () => {
    expect(await status(purwakarta.pb.collection('requests').update(purwakartaRequest.id, { current_step: 9 }))).toBe(
      403,
    );
    expect(await status(purwakarta.pb.collection('requests').delete(purwakartaRequest.id))).toBe(403);
    const [firstEvent] = await purwakarta.pb
      .collection('request_events')
      .getFullList({ filter: `request = "${purwakartaRequest.id}"` });
    expect(
      await status(purwakarta.pb.collection('request_events').update(firstEvent!.id, { public_note: 'diubah' })),
    ).toBe(403);
    expect(await status(purwakarta.pb.collection('request_events').delete(firstEvent!.id))).toBe(403);
  });

  it('cannot move another office’s request or act in a colleague’s name', async () => {
    expect(
      await status(
        purwakarta.pb
          .collection('request_events')
          .create({ request: banjarnegaraRequest.id, step: 2, status: 'diproses', staff: purwakarta.id }),
      ),
    ).toBe(400);
    expect(
      await status(
        purwakarta.pb
          .collection('request_events')
          .create({ request: purwakartaRequest.id, step: 2, status: 'diproses', staff: banjarnegara.id }),
      ),
    ).toBe(400);
  });

  it('record "diberitahu via WhatsApp" only on their own office’s requests, as themselves, and never change it', async () => {
    const contact = (staff: StaffAccount, request: RecordModel, as: StaffAccount) =>
      staff.pb.collection('request_contacts').create({ request: request.id, staff: as.id, channel: 'whatsapp' });
    expect(await status(contact(purwakarta, banjarnegaraRequest, purwakarta))).toBe(400);
    expect(await status(contact(purwakarta, purwakartaRequest, banjarnegara))).toBe(400);
    const recorded = await contact(purwakarta, purwakartaRequest, purwakarta);
    expect(
      await status(purwakarta.pb.collection('request_contacts').update(recorded.id, { channel: 'whatsapp' })),
    ).toBe(403);
    expect(await status(purwakarta.pb.collection('request_contacts').delete(recorded.id))).toBe(403);
    expect(await banjarnegara.pb.collection('request_contacts').getFullList()).toEqual([]);
    expect((await client(server.url).collection('request_contacts').getList()).totalItems).toBe(0);
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: recorded.id }) });
    expect(trail.map((entry) => `${entry['action']} ${entry['target_label']}`)).toEqual([
      `memberi tahu pemohon via WhatsApp ${purwakartaRequest['number']}`,
    ]);
  });

  it('are not superusers', async () => {
    expect(await status(purwakarta.pb.collections.getFullList())).toBe(403);
    expect(await status(purwakarta.pb.collection('_superusers').getFullList())).toBe(403);
    expect(await status(purwakarta.pb.settings.getAll())).toBe(403);
    expect(await status(purwakarta.pb.backups.getFullList())).toBe(403);
  });
});

describe('moving a request through its steps', () => {
  it('goes forward, never back, and stops once finished, with messages naming the field', async () => {
    const kepala = await createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang');
    const request = await register(purwakarta, 'pengecekan-status-dtks-bansos');
    const move = (step: number, eventStatus: string) =>
      kepala.pb
        .collection('request_events')
        .create({ request: request.id, step, status: eventStatus, staff: kepala.id });

    await move(2, 'diproses');
    expect((await kepala.pb.collection('requests').getOne(request.id))['current_step']).toBe(2);

    const back = await move(1, 'diproses').catch((error) => error);
    expect(back.status).toBe(400);
    expect(back.response.data.step.message).toContain('Langkah tidak boleh mundur');

    const beyond = await move(3, 'diproses').catch((error) => error);
    expect(beyond.response.data.step.message).toContain('hanya punya 2 langkah');

    await move(2, 'selesai');
    const finished = await kepala.pb.collection('requests').getOne(request.id);
    expect(finished['status']).toBe('selesai');
    expect(finished['finished_at']).not.toBe('');

    const after = await move(2, 'diproses').catch((error) => error);
    expect(after.response.data.status.message).toContain('sudah selesai atau ditolak');
  });
});
