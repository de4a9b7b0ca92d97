// A resident asks what the office stores about them, then asks for it to be erased (UU 27/2022):
// the superuser's commands find everything given with their phone number, export it, erase it —
// and leave only what identifies nobody, with both steps in the audit trail.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type TestPocketBase,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { pocketBaseBinary, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import type { RecordModel } from 'pocketbase';

let server: TestPocketBase;
let request: RecordModel;
let otherRequest: RecordModel;
let proposal: RecordModel;
let complaint: RecordModel;

const command = (...args: string[]) =>
  execFileSync(
    pocketBaseBinary(),
    [
      'data-pribadi',
      ...args,
      `--dir=${server.dataDir}`,
      `--hooksDir=${join(PROJECT_ROOT, 'pocketbase/pb_hooks')}`,
      `--migrationsDir=${join(PROJECT_ROOT, 'pocketbase/pb_migrations')}`,
    ],
    { encoding: 'utf8' },
  );

beforeAll(async () => {
  server = await startTestPocketBase();
  const [staff, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createOperator(server, '32.14.06.2006'),
  ]);
  const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
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
});
afterAll(() => server?.stop());

describe("a data subject's request", () => {
  it('exports everything given with one phone number, however it was written', () => {
    const file = join(server.dataDir, 'ekspor-siti.json');
    expect(command('ekspor', '0812 2044 3187', file)).toContain('1 permohonan, 1 usulan dan 1 pengaduan diekspor');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.requests.map((found: { number: string }) => found.number)).toEqual([request['number']]);
    expect(exported.requests[0]).toMatchObject({
      applicant_name: 'Siti Aminah',
      intake_note: 'KTP lama, alamat belum diperbarui',
    });
    expect(exported.requests[0].events.map((event: { internal_note: string }) => event.internal_note)).toContain(
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
      `Dihapus: permohonan ${request['number']}; usulan ${proposal['number']}; pengaduan ${complaint['number']}.`,
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
    const complaintLookup = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: complaint['number'], verifier: '3187' }),
    });
    expect(complaintLookup.status).toBe(404);

    const lookup = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: request['number'], verifier: '3187' }),
    });
    expect(lookup.status).toBe(404);
    // Someone else's request is untouched.
    expect((await server.admin.collection('requests').getOne(otherRequest.id))['applicant_name']).toBe(
      'Dedi Kurniawan',
    );

    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: 'actor_type = "superuser"', sort: 'seq' });
    expect(trail.map((entry) => `${entry['action']} ${entry['target_label']}`)).toEqual([
      `mengekspor data pribadi (permintaan pemilik data) ${request['number']}`,
      `mengekspor data pribadi (permintaan pemilik data) ${proposal['number']}`,
      `mengekspor data pribadi (permintaan pemilik data) ${complaint['number']}`,
      `menghapus data pribadi (permintaan pemilik data) ${request['number']}`,
      `menghapus data pribadi (permintaan pemilik data) ${proposal['number']}`,
      `menghapus data pribadi (permintaan pemilik data) ${complaint['number']}`,
    ]);
  });
});
