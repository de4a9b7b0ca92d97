// What a request's owner pays to look it up after strangers got its verifier wrong (findings 2
// and 8 of issue 28): the status page in Chromium with its processor slowed 4× (Chrome DevTools'
// Emulation.setCPUThrottlingRate, the usual stand-in for a cheap phone), after N strangers' wrong
// lookups — each from an address of its own, paying its own proof of work — and, for comparison,
// after as many from one address (which only that address pays for). Printed per N:
// - the lookup as the owner lives it: from "Cek status" to the result, median of ROUNDS;
// - the worst case: the page solving a challenge whose secret is its largest number (the server's
//   challenge is swapped for one with that secret; the time is taken when the page sends its proof);
// - the same worst case for a complaint about the request (max of the complaint's own work and the
//   number's), from the hashing rate measured in that worst case.
//   npm run bench:owner-cost      (needs a build; starts its own PocketBase)
import { createHash } from 'node:crypto';
import { chromium } from '@playwright/test';
import { startTestPocketBase } from '../tests/support/pocketbase.ts';
import { solve } from '../tests/support/proof-of-work.ts';
import { benchCounter, median } from './load.ts';
import { OWNER_WORK_CAP, SUBMISSION_WORK } from '../src/domain/proof-of-work.ts';

const THROTTLE = 4;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const STRANGERS = (process.env['BENCH_STRANGERS'] ?? '0,3,50,500').split(',').map(Number);
const OWNER = '203.0.113.10';

const server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '100000000/60' } });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  await server.admin.settings.update({ trustedProxy: { headers: ['X-Forwarded-For'], useLeftmostIP: false } });
  const { register: newRequest } = await benchCounter(server);

  /** A wrong lookup from `address`, with the proof of work it is asked for. */
  async function wrongLookup(number: string, verifier: string, address: string) {
    const post = async (proof?: unknown) =>
      fetch(`${server.url}/api/layanan/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        body: JSON.stringify({ number, verifier, proof }),
      });
    const first = await post();
    if (first.status === 428) await post(solve((await first.json()).challenge));
  }

  const page = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': OWNER } })).newPage();
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

  async function openStatusPage(number: string) {
    await page.goto(`${server.url}/cek-status/?no=${number}`);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await page.locator('#nomor-verifikasi').fill('4821');
  }

  /** From "Cek status" to the result shown, in seconds. */
  async function ownerLookup(number: string) {
    await openStatusPage(number);
    const started = performance.now();
    await page.getByRole('button', { name: 'Cek status' }).click();
    await page.locator('#hasil-judul').waitFor();
    return (performance.now() - started) / 1000;
  }

  /** From "Cek status" to the proof sent, when the secret is the challenge's largest number: seconds and maxNumber. */
  async function worstCase(number: string) {
    await openStatusPage(number);
    let maxNumber = 0;
    let sentAt = 0;
    await page.route('**/api/layanan/status', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (body.proof) {
        sentAt = performance.now();
        return route.abort();
      }
      const response = await route.fetch();
      const answer = await response.json();
      if (response.status() !== 428) return route.fulfill({ response, json: answer });
      maxNumber = answer.challenge.maxNumber;
      const challenge = createHash('sha256')
        .update(answer.challenge.salt + maxNumber)
        .digest('hex');
      return route.fulfill({ response, json: { ...answer, challenge: { ...answer.challenge, challenge } } });
    });
    const started = performance.now();
    await page.getByRole('button', { name: 'Cek status' }).click();
    while (!sentAt) await page.waitForTimeout(100);
    await page.unroute('**/api/layanan/status');
    return { seconds: (sentAt - started) / 1000, maxNumber };
  }

  const rows: string[] = [];
  for (const [label, addressOf] of [
    [
      'strangers, each from its own address',
      (index: number) => `198.18.${Math.floor(index / 250)}.${1 + (index % 250)}`,
    ],
    ['strangers, all from one address', () => '192.0.2.66'],
  ] as const) {
    // One address pays more with each of its own wrong guesses (up to 2,000,000 hashes each): fewer of them.
    for (const strangers of label.includes('one address') ? [50] : STRANGERS) {
      const request = await newRequest();
      for (let index = 0; index < strangers; index++)
        await wrongLookup(request['number'], String(1000 + (index % 8000)), addressOf(index));
      const lookups: number[] = [];
      for (let round = 0; round < ROUNDS; round++) lookups.push(await ownerLookup(request['number']));
      const worst = strangers === 0 ? null : await worstCase(request['number']);
      const perSecond = worst ? worst.maxNumber / worst.seconds : null;
      const complaintWork = Math.max(SUBMISSION_WORK, worst?.maxNumber ?? 0);
      rows.push(
        `| ${label} | ${strangers} | ${median(lookups).toFixed(2)} (max ${Math.max(...lookups).toFixed(2)}) | ` +
          `${worst ? `${worst.seconds.toFixed(2)} (${worst.maxNumber.toLocaleString('en')} hashes)` : 'no work asked'} | ` +
          `${perSecond ? `${(complaintWork / perSecond).toFixed(2)} (${complaintWork.toLocaleString('en')})` : '—'} |`,
      );
      console.log(rows.at(-1));
    }
  }

  console.log(
    `\nOwner's cost — Chromium, CPU throttled ${THROTTLE}× (CDP Emulation.setCPUThrottlingRate); OWNER_WORK_CAP ${OWNER_WORK_CAP.toLocaleString('en')}, ` +
      `complaint work ${SUBMISSION_WORK.toLocaleString('en')}; ${ROUNDS} owner lookups per row\n`,
  );
  console.log(
    '| strangers | wrong lookups | owner lookup, s (median) | worst case, s | complaint about it, worst case, s |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
  await server.stop();
}
