// What waits for an office's staff (GET /api/petugas/menunggu), counted where a petugas lands:
// online applications whose documents are unchecked and complaints unverified — the office's own
// only, for its staff only; once checked or verified, they are no longer counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCamat,
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { sendApplication } from '../support/application-form';
import { sendComplaint } from '../support/complaint-form';
import { ROUTES } from '../../src/domain/routes';

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let petugasBanjarnegara: StaffAccount;

beforeAll(async () => {
  server = await startTestPocketBase();
  [petugas, kepala, petugasBanjarnegara] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
});
afterAll(() => server?.stop());

const waitingFor = (token: string) =>
  fetch(`${server.url}${ROUTES.waitingWork.path}`, token ? { headers: { Authorization: token } } : {});

/** A complaint to an office as the site's form sends it (tests/support/complaint-form.ts). */
async function complain(agencySlug: string) {
  const sent = await sendComplaint(server.url, { fields: { agency: agencySlug, service: '' } });
  expect(sent.status).toBe(200);
  return server.admin.collection('complaints').getFirstListItem(`number = "${sent.body.number}"`);
}

describe('what waits for the office', () => {
  it('counts unchecked online applications and unverified complaints of the office, until they are taken up', async () => {
    expect(await (await waitingFor(petugas.pb.authStore.token)).json()).toEqual({ applications: 0, complaints: 0 });

    const [first, second] = [await sendApplication(server.url), await sendApplication(server.url)];
    expect([first.status, second.status]).toEqual([200, 200]);
    const complaint = await complain('dinsos-p3a-purwakarta');
    await complain('dinsos-pppa-banjarnegara');

    const response = await waitingFor(petugas.pb.authStore.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ applications: 2, complaints: 1 });
    expect(await (await waitingFor(kepala.pb.authStore.token)).json()).toEqual({ applications: 2, complaints: 1 });
    // Another office counts its own.
    expect(await (await waitingFor(petugasBanjarnegara.pb.authStore.token)).json()).toEqual({
      applications: 0,
      complaints: 1,
    });

    // Documents accepted, complaint verified: no longer waiting.
    const request = await petugas.pb.collection('requests').getFirstListItem(`number = "${first.body.number}"`);
    await petugas.pb.collection('request_events').create({
      request: request.id,
      step: 1,
      status: 'diproses',
      staff: petugas.id,
    });
    await petugas.pb
      .collection('complaint_events')
      .create({ complaint: complaint.id, status: 'diverifikasi', staff: petugas.id });
    expect(await (await waitingFor(petugas.pb.authStore.token)).json()).toEqual({ applications: 1, complaints: 0 });
  });

  it('answers none but the office’s staff', async () => {
    const [operator, camat] = await Promise.all([
      createOperator(server, '32.14.06.2006'),
      createCamat(server, '32.14.06'),
    ]);
    expect((await waitingFor('')).status).toBe(401);
    expect((await waitingFor(operator.pb.authStore.token)).status).toBe(403);
    expect((await waitingFor(camat.pb.authStore.token)).status).toBe(403);
  });
});
