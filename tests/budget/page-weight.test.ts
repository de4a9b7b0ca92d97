// Page-weight budgets, counted from the build (deterministic, not timed). Residents pay for every
// kilobyte on slow, metered connections. The table is printed on every run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, pageWeight, type PageWeight } from '../support/page-weight';

const dist = new URL('../../dist', import.meta.url).pathname;
const KB = 1024;
// Solid's runtime and Astro's island loader; and idb-keyval, which every island that keeps something on the
// device shares (its file is dist/index.js, so the bundler names its chunk 'dist').
const ISLAND_RUNTIME = /^\/_astro\/(client|web|dist)\.[\w-]+\.js$/;

interface Budget {
  /** HTML + CSS, gzip: a content page should arrive in the first round trip (≈ 14 KB). */
  htmlCss: number;
  js: number;
  /** The islands a page may load; any other script fails the check. */
  islands: RegExp[];
  why: string;
}

/** What every resident form shares (src/islands/form/): fields, documents, the step frame, drafts and the outbox. */
// kept-on-device: what was typed waits in the tab's sessionStorage across a reload (device-store.ts).
const RESIDENT_FORM = new RegExp(
  'ErrorSummary|fields|DocumentPicker|OutboxNotice|StepFrame|SentReceipt|CheckAnswer|step-form|device-store|' +
    'kept-on-device|api-address|paths|phone|text|outbox|upload|submission|preload-helper',
);

// Service pages, leaflets and posters have small inline scripts (the checklist's memory, "Cetak"),
// counted with their HTML: no script files.
const CONTENT: Budget = { htmlCss: 14 * KB, js: 0, islands: [], why: 'content: no JavaScript files' };
const BUDGETS: [RegExp, Budget][] = [
  [
    /^\/((cari|kabupaten\/[^/]+)\/)?$/,
    {
      htmlCss: 14 * KB,
      js: 15 * KB,
      islands: [/SiteSearch|paths/, /kabupaten-choice|Kabupaten(Chooser|Home)\.astro_astro_type_script/],
      why: 'search island (Pagefind and the glossary load on the first search); the kabupaten chosen is remembered on the device',
    },
  ],
  [
    /^\/cek-status\/$/,
    {
      htmlCss: 14 * KB,
      js: 30 * KB,
      islands: [
        /StatusLookup|StatusResult|ErrorSummary|dates|request-number|phone|paths|statuses|pocketbase-client|api-address|kept-on-device|preload-helper/,
        // 'Pantau nomor ini': the numbers watched on this device.
        /watched-numbers/,
        /ServicePlaces|contact-links/,
      ],
      why:
        'status lookup with the PocketBase SDK; where the service is delivered, from the service-point feed; the ' +
        'proof-of-work solver loads only when the server asks for it',
    },
  ],
  [
    /^\/peta\/$/,
    {
      htmlCss: 16 * KB,
      js: 20 * KB,
      islands: [/OfficeFinder|ServicePointsMap|ErrorSummary|map-focus|preload-helper/],
      why: 'office finder and map shell; Leaflet loads when the map is in view',
    },
  ],
  [
    // The village operator's two tasks: disaster-logistics proposals and the household data entry (DTSEN).
    /^\/(usulan-logistik|data-desa)\/$/,
    {
      htmlCss: 14 * KB,
      js: 30 * KB,
      islands: [
        /ProposalApp|operator|SignInForm|ErrorSummary|pocketbase-client|api-address|preload-helper|rolldown-runtime/,
      ],
      why: 'sign-in; the offline-capable form (IndexedDB, photo shrinking, QR) loads once signed in',
    },
  ],
  [
    /^\/layanan\/[^/]+\/ajukan\/$/,
    {
      htmlCss: 14 * KB,
      js: 28.5 * KB,
      islands: [RESIDENT_FORM, /ApplicationApp|online-application|document-files/],
      why:
        'the online application: form, drafts and outbox on the phone, photo shrinking; the proof of work and the ' +
        "confirmation load when sending (issue 30: the file rules without the village proposal's, 29.8 → 27.8 KB)",
    },
  ],
  [
    /^\/pengaduan\/$/,
    {
      htmlCss: 14 * KB,
      js: 34 * KB,
      islands: [
        RESIDENT_FORM,
        /ComplaintApp|complaint-subject|complaints|working-days|dates|time|rolldown-runtime|kabupaten-choice/,
      ],
      why:
        'the complaint form: drafts and outbox on the phone, photo redrawn without metadata, the deadlines of the ' +
        'kabupaten the resident chose, and the sanggah kind with its rules (issue 26: +1.0 KB; 33.4 KB in all); ' +
        "whom a sanggah names, the proof of work and 'Pantau nomor ini' load when needed",
    },
  ],
  [
    /^\/pengaduan\/jawaban\/$/,
    {
      htmlCss: 14 * KB,
      js: 15 * KB,
      islands: [/PublishedAnswers|complaints|phone|text|working-days|dates|time|api-address/],
      why: 'published answers, fetched live (no PocketBase SDK)',
    },
  ],
  [
    /^\/aktivasi\/$/,
    {
      htmlCss: 14 * KB,
      js: 18 * KB,
      islands: [
        /AccountActivation|ErrorSummary|fields|api-address|paths|password-policy|village-accounts|request-number/,
      ],
      why: 'account activation: the form and the password rules, without the PocketBase SDK',
    },
  ],
  [
    /^\/kinerja\/$/,
    {
      htmlCss: 14 * KB,
      // 18.8 → 19.4 KB when every figure and the status line kept the room of their longest texts (src/lib/room.ts).
      js: 20 * KB,
      islands: [
        /PerformanceBoard|dates|time|figures|numbers|room|paths|api-address|kept-on-device|satisfaction-survey|text|request-number/,
      ],
      why: 'performance board: live figures, kept on the device for offline reading, each in the room of its longest text',
    },
  ],
  [
    /^\/kinerja\/logistik\/$/,
    {
      htmlCss: 20 * KB,
      js: 16 * KB,
      islands: [/StockFigures|live-figures|room|quantity|numbers|report-months|dates|time|api-address|kept-on-device/],
      why: 'public stock figures: every warehouse and item drawn from the build, figures fetched live and kept on the device',
    },
  ],
  [
    /^\/kinerja\/dtsen\/$/,
    {
      htmlCss: 14 * KB,
      js: 15 * KB,
      islands: [/HouseholdFigures|live-figures|room|dates|time|api-address|kept-on-device/],
      why: 'public DTSEN figures: every office and stage drawn from the build, figures fetched live and kept on the device',
    },
  ],
  [
    /^\/survei\/(?!terima-kasih\/|belum-terkirim\/)[^/]+\/$/,
    {
      htmlCss: 14 * KB,
      js: 22 * KB,
      islands: [
        /SurveyForm|ErrorSummary|fields|dates|time|paths|api-address|satisfaction-survey|text|preload-helper/,
        /request-number/,
      ],
      why:
        'the counter questionnaire (a plain HTML form without it), reading the number of a receipt’s survey ticket; ' +
        'the proof-of-work solver never loads here',
    },
  ],
  [
    /^\/privasi\/$/,
    {
      htmlCss: 14 * KB,
      js: 3 * KB,
      islands: [/privasi\.astro_astro_type_script|retention|api-address|paths/],
      why: 'the periods a deployment sets, asked of the server (the notice itself is HTML)',
    },
  ],
  [
    /^\/bast\/$/,
    {
      htmlCss: 14 * KB,
      js: 3 * KB,
      islands: [/bast\.astro_astro_type_script|api-address|dates|time/],
      why: 'the BAST check, asked of the server by the code its QR carries (the page itself is HTML)',
    },
  ],
  [/^\/petugas\//, { htmlCss: 14 * KB, js: 45 * KB, islands: [/./], why: 'staff only, on office connections' }],
];
const budgetOf = (path: string) => BUDGETS.find(([pattern]) => pattern.test(path))?.[1] ?? CONTENT;

const measured: (PageWeight & { budget: Budget })[] = [];
const kb = (bytes: number) => (bytes / KB).toFixed(1);

afterAll(() => {
  const rows = measured.map(
    (page) =>
      `| ${page.path} | ${kb(page.html)} | ${kb(page.css)} | ${kb(page.html + page.css)} / ` +
      `${kb(page.budget.htmlCss)} | ${kb(page.js)} / ${kb(page.budget.js)} |`,
  );
  console.log(
    [
      '',
      '| page | HTML | CSS | HTML+CSS / budget | JS / budget (KB gzip) |',
      '|---|---:|---:|---:|---:|',
      ...rows,
    ].join('\n'),
  );
});

describe('first view of every built page', () => {
  for (const path of builtPages(dist)) {
    it(`${path} stays within its budget`, () => {
      const weight = pageWeight(dist, path);
      const budget = budgetOf(path);
      measured.push({ ...weight, budget });
      expect(weight.html + weight.css, `HTML+CSS of ${path}`).toBeLessThanOrEqual(budget.htmlCss);
      expect(weight.js, `JS of ${path} (${budget.why})`).toBeLessThanOrEqual(budget.js);
      const unexpected = weight.scripts.filter(
        (script) => !ISLAND_RUNTIME.test(script) && !budget.islands.some((island) => island.test(script)),
      );
      expect(unexpected, `scripts ${path} should not load`).toEqual([]);
      expect(weight.images).toBe(0);
    });
  }
});

it('the map, once in view, stays within 110 KB gzip (Leaflet, its CSS and the kecamatan boundaries)', () => {
  const assets = readdirSync(join(dist, '_astro')).filter((file) => /^leaflet/.test(file));
  const files = [...assets.map((file) => join(dist, '_astro', file)), join(dist, 'data/purwakarta-kecamatan.geojson')];
  const total = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 6 }).length, 0);
  console.log(`map in view: ${kb(total)} KB gzip (${assets.join(', ')}, purwakarta-kecamatan.geojson)`);
  expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
  expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
  expect(total).toBeLessThanOrEqual(110 * KB);
});
