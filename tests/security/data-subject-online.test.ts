// A resident asks online, from their request's status page, for a copy of their data or its
// erasure: with the number and verifier, checked by the lookup's own guard (a stranger guessing
// learns nothing and soon has to prove work), filed as a numbered consultation in the office's
// inbox, tracked on its own status page — which an erasure of the data it asks about leaves readable.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSubjectRequestText } from '../../src/domain/data-subject-request';
import { ROUTES } from '../../src/domain/routes';
import {
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { pocketBaseBinary, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';

let server: TestPocketBase;
let staff: StaffAccount;
let request: RecordModel;

beforeAll(async () => {
  server = await startTestPocketBase();
  staff = await createStaff(server, 'dinsos-p3a-purwakarta');
  const service = await serviceBySlug(server, 'kedaruratan-ppks');
  request = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Wawan Setiawan',
    applicant_phone: '0813-1111-2468',
  });
});
afterAll(() => server?.stop());

const ask = async (fields: Record<string, unknown>) => {
  const response = await fetch(`${server.url}${ROUTES.dataSubjectRequest.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      number: request['number'],
      verifier: '2468',
      request: 'hapus',
      key: randomUUID(),
      ...fields,
    }),
  });
  return { status: response.status, body: await response.json() };
};
const lookup = async (number: string, verifier: string) =>
  fetch(`${server.url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier }),
  });

describe("a data subject's request sent online", () => {
  it('is filed once, numbered, in the office’s inbox, naming nobody, and audited', async () => {
    const key = randomUUID();
    const sent = await ask({ key });
    expect(sent.status).toBe(200);
    expect(sent.body.number).toMatch(/^PWK-/);
    // A retry, and a second press from another page load: the same request.
    expect((await ask({ key })).body.number).toBe(sent.body.number);
    expect((await ask({})).body.number).toBe(sent.body.number);

    const filed = await staff.pb
      .collection('complaints')
      .getFirstListItem(staff.pb.filter('number = {:n}', { n: sent.body.number }));
    expect(filed).toMatchObject({
      kind: 'konsultasi',
      identity: 'anonim',
      about_number: request['number'],
      complainant_name: '',
      complainant_phone: '',
      description: dataSubjectRequestText('hapus', request['number']),
      status: 'diterima',
    });
    expect((await lookup(sent.body.number, '2468')).status).toBe(200);
    const [entry] = await server.admin
      .collection('audit_log')
      .getFullList({ filter: 'action ~ "meminta salinan atau penghapusan"' });
    expect(entry).toMatchObject({ target_label: sent.body.number, actor_type: 'tamu' });
  });

  it('is refused to a stranger with a wrong verifier exactly as a lookup is, and soon asks them for proof of work', async () => {
    const wrong = await ask({ verifier: '1357' });
    expect(wrong.status).toBe(404);
    expect((await lookup(request['number'], '1357')).status).toBe(404);
    await ask({ verifier: '1358' });
    const fourth = await ask({ verifier: '1359' });
    expect(fourth.status).toBe(428);
    expect(fourth.body).toMatchObject({ code: 'perlu-bukti-kerja' });
    expect((await ask({ request: 'semua' })).status).toBe(400);
  });

  it('stays readable on its own status page once the office has erased the data it asked about', async () => {
    const filed = await staff.pb
      .collection('complaints')
      .getFirstListItem(staff.pb.filter('about_number = {:n}', { n: request['number'] }));
    execFileSync(
      pocketBaseBinary(),
      [
        'data-pribadi',
        'hapus',
        request['number'],
        'ya-hapus',
        `--dir=${server.dataDir}`,
        `--hooksDir=${join(PROJECT_ROOT, 'pocketbase/pb_hooks')}`,
        `--migrationsDir=${join(PROJECT_ROOT, 'pocketbase/pb_migrations')}`,
      ],
      { env: { ...process.env, LAYANAN_ERASURE_REGISTER: server.erasureRegister } },
    );
    // The request is gone (a stranger's guesses above also make its lookups ask for proof of work)…
    expect((await lookup(request['number'], '2468')).status).not.toBe(200);
    // …its applicant's request for erasure is not: the office's answer will be read there.
    expect((await lookup(filed['number'], '2468')).status).toBe(200);
  });
});
