// Household proposals (usulan DTSEN): how long a village's send takes through the server — the
// create hook's checks (NIK/KK, criteria, consent, photos), number, status, timeline and audit
// entry, with three photos of the size a phone sends after shrinking them — and the staff list
// (GET /api/petugas/usulan-dtsen, src/domain/case-lists.ts HOUSEHOLD_REVIEW) at 20,000 households:
// its first page and page 20, reached as the workspace does by following each page's cursor; and the
// public figures (GET /api/data/dtsen): made anew (a household erased before each request, so the
// kept figures are forgotten) and as kept.
// Prints p50/p95 beside the targets; never asserted.
//
//   npm run bench:households             (needs a build: npm run build)
//   BENCH_HOUSEHOLDS=20000 BENCH_CREATES=40 BENCH_RUNS=21
//
// The creates are sequential, as a village's operator sends them. The 20,000 are copies in SQL
// (bench/office-data.ts copyCases) of those made through the server (householdsThroughServer: a third
// still at the village, a third agreed at the deliberation, a third verified by the Dinas), so that
// both views of the list have households to show.
import { cpus, loadavg, totalmem } from 'node:os';
import sharp from 'sharp';
import { createStaff, type TestPocketBase } from '../tests/support/pocketbase.ts';
import { caseListSearchParams, defaultCaseListQuery } from '../src/domain/case-list.ts';
import { HOUSEHOLD_REVIEW } from '../src/domain/case-lists.ts';
import { ROUTES } from '../src/domain/routes.ts';
import { median, percentile } from './load.ts';
import { copyCases, HOUSEHOLD_TABLES, householdsThroughServer, kb, startServer, table, timed } from './office-data.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOUSEHOLDS = Number(process.env['BENCH_HOUSEHOLDS'] ?? 20_000);
const CREATES = Number(process.env['BENCH_CREATES'] ?? 40);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 21);
const LIST_TARGET_MS = 100;
const CREATE_TARGET_MS = 1000;

/**
 * A photo as the phone sends it: 1600 × 1200 JPEG at quality 0.8 (src/lib/image-resize.ts) of a
 * detailed picture (noise does not compress to nothing, as a house front or a KK would not).
 */
async function sentPhoto(seed: number): Promise<Blob> {
  const noise = Buffer.alloc(400 * 300 * 3);
  for (let index = 0; index < noise.length; index++) noise[index] = ((index + seed) * 2654435761) % 251;
  const bytes = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } })
    .resize(1600, 1200, { kernel: 'cubic' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

const machine =
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ` +
  `load average at the start ${loadavg()[0]!.toFixed(1)}`;
const dataDir = mkdtempSync(join(tmpdir(), 'layanan-usulan-dtsen-'));
let server: TestPocketBase = await startServer(dataDir);
try {
  const photos = {
    photo_house_front: [await sentPhoto(1)],
    photo_ktp: [await sentPhoto(2)],
    photo_kk: [await sentPhoto(3)],
  };
  const photoBytes = Object.values(photos).reduce((sum, [photo]) => sum + photo!.size, 0);
  const createTimes = await householdsThroughServer(server, CREATES, photos);
  await server.stop({ keepData: true });

  copyCases(dataDir, HOUSEHOLD_TABLES, createTimes.length, HOUSEHOLDS);
  server = await startServer(dataDir);
  const petugas = await createStaff(server, 'dinsos-p3a-purwakarta');
  const rows: (string | number)[][] = [];
  for (const view of ['menunggu', 'semua'] as const) {
    const url = (after: string) =>
      `${server.url}${ROUTES.householdReview.path}?${caseListSearchParams(HOUSEHOLD_REVIEW, {
        ...defaultCaseListQuery(HOUSEHOLD_REVIEW),
        view,
        after,
      })}`;
    const token = petugas.pb.authStore.token;
    const first = await timed(url(''), token, RUNS);
    rows.push([
      `${HOUSEHOLD_REVIEW.views[view].label}: first page`,
      first.ms.toFixed(1),
      first.p95.toFixed(1),
      kb(first.bytes),
    ]);
    let after = '';
    let page = 1;
    for (; page < 20; page++) {
      const answer = (await (await fetch(url(after), { headers: { Authorization: token } })).json()) as {
        next: string | null;
      };
      if (!answer.next) break;
      after = answer.next;
    }
    const later = await timed(url(after), token, RUNS);
    rows.push([
      `${HOUSEHOLD_REVIEW.views[view].label}: page ${page}`,
      later.ms.toFixed(1),
      later.p95.toFixed(1),
      kb(later.bytes),
    ]);
  }
  const publicFeed = `${server.url}${ROUTES.householdFiguresFeed.path}`;
  const madeTimes: number[] = [];
  let madeBytes = 0;
  for (const erased of (await server.admin.collection('household_proposals').getList(1, RUNS)).items) {
    await server.admin.collection('household_proposals').delete(erased.id);
    const started = performance.now();
    madeBytes = (await (await fetch(publicFeed)).arrayBuffer()).byteLength;
    madeTimes.push(performance.now() - started);
  }
  const made = { ms: median(madeTimes), p95: percentile(madeTimes, 0.95), bytes: madeBytes };
  const kept = await timed(publicFeed, '', RUNS);
  const total = (await server.admin.collection('household_proposals').getList(1, 1)).totalItems;

  console.log(`\n### Household proposals (usulan DTSEN) — ${machine}\n`);
  console.log(
    `Creates through the server: ${createTimes.length}, one after another, each with three photos of ` +
      `${kb(photoBytes / 3)} on average (${kb(photoBytes)} in all), target ${CREATE_TARGET_MS} ms.\n`,
  );
  console.log(
    table(
      ['what', 'p50', 'p95'],
      [
        [
          'create (POST /api/collections/household_proposals/records)',
          `${median(createTimes).toFixed(1)} ms`,
          `${percentile(createTimes, 0.95).toFixed(1)} ms`,
        ],
      ],
    ),
  );
  console.log(
    `\nStaff list at ${total.toLocaleString('en')} households (${RUNS} runs each, target p95 ${LIST_TARGET_MS} ms):\n`,
  );
  console.log(table(['list', 'p50 ms', 'p95 ms', 'answer'], rows));
  console.log(`\nPublic figures at ${total.toLocaleString('en')} households (${RUNS} runs each, guest):\n`);
  console.log(
    table(
      ['answer', 'p50 ms', 'p95 ms', 'answer'],
      [
        [
          'made anew (JSON after a household was erased, every office)',
          made.ms.toFixed(1),
          made.p95.toFixed(1),
          kb(made.bytes),
        ],
        ['kept (JSON, within the minute, ETag)', kept.ms.toFixed(1), kept.p95.toFixed(1), kb(kept.bytes)],
      ],
    ),
  );
} finally {
  await server.stop();
}
