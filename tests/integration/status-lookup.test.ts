// The public status route: right answers for the applicant, nothing for anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { CROCKFORD_ALPHABET, formatRequestNumber } from '../../src/domain/request-number';
import { solve } from '../support/proof-of-work';
import { statusAnswerText } from '../support/status-answer';
import { OWNER_WORK_CAP } from '../../src/domain/proof-of-work';

let server: TestPocketBase;
let staff: StaffAccount;
let request: RecordModel;

/** The applicant's own phone, unless another address is named (the server trusts X-Forwarded-For here, as behind the proxy). */
const OWNER = '203.0.113.10';
let nextStranger = 0;
/** Another stranger's address each time. */
const stranger = () => `198.18.${Math.floor(nextStranger / 250)}.${1 + (nextStranger++ % 250)}`;

async function lookup(body: unknown, from = server, address = OWNER) {
  const response = await fetch(`${from.url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

function randomNumber(prefix = 'PWK') {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => CROCKFORD_ALPHABET[byte % 32]).join(
    '',
  );
  return formatRequestNumber(prefix, random);
}

beforeAll(async () => {
  server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '100000/60' } });
  await server.admin.settings.update({ trustedProxy: { headers: ['X-Forwarded-For'], useLeftmostIP: false } });
  staff = await createStaff(server, 'dinsos-p3a-purwakarta');
  const service = await serviceBySlug(server, 'rujukan-ppks-terlantar');
  request = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Dedi Kurniawan',
    applicant_phone: '0857-2210-4409',
  });
  await staff.pb.collection('request_events').create({
    request: request.id,
    step: 2,
    status: 'diproses',
    public_note: 'Laporan sedang dikaji.',
    staff: staff.id,
  });
});
afterAll(() => server?.stop());

describe('status lookup', () => {
  it('answers the applicant with the step, the timeline and the promise — and no personal data', async () => {
    const { status, body } = await lookup({
      number: request['number'].toLowerCase().replace(/-/g, ' '),
      verifier: '4409',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      number: request['number'],
      status: 'diproses',
      currentStep: 2,
      promise: 'dalam-waktu',
      service: { slug: 'rujukan-ppks-terlantar' },
      agency: { slug: 'dinsos-p3a-purwakarta' },
      completionTime: { amount: 210, unit: 'menit', text: '3 jam 30 menit' },
    });
    expect(body.steps).toHaveLength(9);
    expect(body.timeline.map((event: { step: number; status: string }) => [event.step, event.status])).toEqual([
      [1, 'diterima'],
      [2, 'diproses'],
    ]);
    expect(body.timeline[1].note).toBe('Laporan sedang dikaji.');
    const text = statusAnswerText(body, request['number']);
    for (const secret of ['Dedi', '0857', '2210', '4409', staff.id, staff.email, request.id])
      expect(text).not.toContain(secret);
  });

  it('gives a wrong verifier exactly the answer an unknown number gets', async () => {
    const wrongVerifier = await lookup({ number: request['number'], verifier: '1234' });
    const unknownNumber = await lookup({ number: randomNumber(), verifier: '4409' });
    expect(wrongVerifier.status).toBe(404);
    expect(wrongVerifier).toEqual(unknownNumber);
  });

  it('explains malformed input and names the field', async () => {
    const mistyped = request['number'].slice(0, -1) + (request['number'].endsWith('A') ? 'B' : 'A');
    expect(await lookup({ number: mistyped, verifier: '4409' })).toEqual({
      status: 400,
      body: { field: 'number', message: expect.stringContaining('Nomor tidak valid, periksa kembali') },
    });
    expect((await lookup({ number: 'halo', verifier: '4409' })).body.field).toBe('number');
    expect((await lookup({ number: request['number'], verifier: '44' })).body.field).toBe('verifier');
    expect((await lookup({})).status).toBe(400);
  });

  it('finds nothing among 1,000 random well-formed numbers, tried from 1,000 addresses', async () => {
    const answers = new Set<number>();
    for (let batch = 0; batch < 20; batch++) {
      const results = await Promise.all(
        Array.from({ length: 50 }, () => lookup({ number: randomNumber(), verifier: '4409' }, server, stranger())),
      );
      for (const result of results) answers.add(result.status);
    }
    expect([...answers]).toEqual([404]);
  });

  it('makes one address pay for its own wrong guesses, more with each, on whatever numbers', async () => {
    const guesser = '192.0.2.77';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++)
      statuses.push((await lookup({ number: randomNumber(), verifier: '4409' }, server, guesser)).status);
    expect(statuses).toEqual([...Array(10).fill(404), 428]);
    const asked = (await lookup({ number: randomNumber(), verifier: '4409' }, server, guesser)).body;
    expect(asked.challenge.maxNumber).toBe(100_000);
    for (let attempt = 0; attempt < 20; attempt++) {
      const number = randomNumber();
      const { challenge } = (await lookup({ number, verifier: '4409' }, server, guesser)).body;
      expect((await lookup({ number, verifier: '4409', proof: solve(challenge) }, server, guesser)).status).toBe(404);
    }
    expect((await lookup({ number: randomNumber(), verifier: '4409' }, server, guesser)).body.challenge.maxNumber).toBe(
      400_000,
    );
    // Others are not held back by it.
    expect((await lookup({ number: request['number'], verifier: '4409' })).status).toBe(200);
  });

  it("after strangers' wrong verifiers asks the number's owner for a proof of work, never more than the cap, and a guesser per guess", async () => {
    const other = await staff.pb.collection('requests').create({
      service: request['service'],
      agency: request['agency'],
      applicant_name: 'Asep',
      applicant_phone: '0813-2098-7741',
    });
    for (let attempt = 0; attempt < 3; attempt++)
      expect(
        (await lookup({ number: other['number'], verifier: String(1000 + attempt) }, server, stranger())).status,
      ).toBe(404);

    // The owner is never locked out: the answer asks for work, bound to this number and verifier …
    const asked = await lookup({ number: other['number'], verifier: '7741' });
    expect(asked.status).toBe(428);
    expect(asked.body).toMatchObject({
      code: 'perlu-bukti-kerja',
      challenge: { algorithm: 'SHA-256', maxNumber: OWNER_WORK_CAP },
    });
    const proof = solve(asked.body.challenge);
    expect((await lookup({ number: other['number'], verifier: '7741', proof })).status).toBe(200);

    // … so a solved challenge is worth one guess: not another verifier, not another number, not a forged one.
    expect((await lookup({ number: other['number'], verifier: '1111', proof }, server, stranger())).status).toBe(428);
    expect((await lookup({ number: request['number'], verifier: '4409', proof })).status).toBe(200);
    const forged = { ...proof, maxNumber: 10, number: proof.number % 10 };
    expect((await lookup({ number: other['number'], verifier: '7741', proof: forged })).status).toBe(428);

    // However many strangers keep guessing, each paying, the owner's work stays at the cap.
    for (let attempt = 0; attempt < 60; attempt++) {
      const address = stranger();
      const verifier = String(2000 + attempt);
      const challenge = (await lookup({ number: other['number'], verifier }, server, address)).body.challenge;
      expect(
        (await lookup({ number: other['number'], verifier, proof: solve(challenge) }, server, address)).status,
      ).toBe(404);
    }
    expect((await lookup({ number: other['number'], verifier: '7741' })).body.challenge.maxNumber).toBe(OWNER_WORK_CAP);
    // A number that does not exist behaves the same.
    const unknown = randomNumber();
    for (let attempt = 0; attempt < 3; attempt++)
      await lookup({ number: unknown, verifier: '0000' }, server, stranger());
    expect((await lookup({ number: unknown, verifier: '0000' })).status).toBe(428);
  });

  it("cannot be called from another website in its visitors' browsers (CORS: the site's own origin only)", async () => {
    const preflight = await fetch(`${server.url}/api/layanan/status`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://penipu.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const own = await fetch(`${server.url}/api/layanan/status`, {
      method: 'OPTIONS',
      headers: {
        Origin: server.url,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url);
  });

  it('is never cached', async () => {
    const response = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: request['number'], verifier: '4409' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('rate limit per client', () => {
  let limited: TestPocketBase;
  beforeAll(async () => {
    limited = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '5/60' }, defaultRateLimits: true });
  });
  afterAll(() => limited?.stop());

  it('refuses a client once it exceeds the configured limit', async () => {
    const statuses: number[] = [];
    let last: { status: number; body: { message: string; code?: string } } | undefined;
    for (let attempt = 0; attempt < 7; attempt++) {
      last = await lookup({ number: randomNumber(), verifier: '0000' }, limited);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(last!.body.code).toBeUndefined();
  });

  it('also limits staff sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await fetch(`${limited.url}/api/collections/staff/auth-with-password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identity: 'tidak.ada@test.local', password: 'salah-salah' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
  });
});
