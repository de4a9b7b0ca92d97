import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Result } from 'axe-core';
import PocketBase from 'pocketbase';
import { E2E_CAMAT, E2E_STAFF } from '../support/e2e-accounts.ts';
import type { FeedService } from '../../src/lib/service-feed.ts';
import { applicationPath } from '../../src/domain/online-application.ts';
import { SURVEY_ELEMENTS, counterSurveyPath } from '../../src/domain/satisfaction-survey.ts';
import { phoneVerifier } from '../../src/domain/phone.ts';

const root = new URL('../../', import.meta.url).pathname;

export const feed = JSON.parse(readFileSync(`${root}dist/data/layanan.json`, 'utf8')) as {
  agencies: { id: string; name: string; regency: string }[];
  services: FeedService[];
};

/** Offices and service points as the build wrote them (the one list of where each service is delivered). */
export const servicePoints = JSON.parse(readFileSync(`${root}dist/data/titik-layanan.json`, 'utf8')) as {
  id: string;
  name: string;
  address: string;
  regionCode: string;
  services: string[];
}[];

/** Pages of the kabupaten when one build serves several (/kabupaten/<slug>/). */
export const kabupatenSlugs = readdirSync(`${root}dist/kabupaten`, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? [entry.name] : [],
);

/** Every page of the built site, as paths. */
export function sitePages(): string[] {
  return [
    '/',
    '/layanan/',
    '/instansi/',
    '/cek-status/',
    '/cari/',
    '/peta/',
    '/usulan-logistik/',
    '/aktivasi/',
    '/pengaduan/',
    '/pengaduan/jawaban/',
    '/offline/',
    '/kinerja/',
    '/privasi/',
    '/survei/terima-kasih/',
    '/survei/belum-terkirim/',
    '/informasi/gerakan-kks-pegang-sendiri/',
    '/istilah/',
    '/sumber/',
    ...new Set(feed.services.map((service) => `/sumber/${service.source.id}/`)),
    ...kabupatenSlugs.map((slug) => `/kabupaten/${slug}/`),
    ...feed.services.flatMap((service) => [
      `/layanan/${service.id}/`,
      `/layanan/${service.id}/leaflet/`,
      ...(service.onlineApplication ? [applicationPath(service.id)] : []),
    ]),
    ...feed.agencies.flatMap((agency) => [
      `/instansi/${agency.id}/`,
      `/instansi/${agency.id}/poster/`,
      counterSurveyPath(agency.id),
    ]),
    ...[...new Set(feed.services.flatMap((service) => service.needs))].map((need) => `/kebutuhan/${need}/`),
  ];
}

/** The playwright project is a phone; tests of layout run again on a 1366 × 768 laptop with these. */
export const PHONE_AND_LAPTOP = [
  { name: 'ponsel', use: {} },
  { name: 'laptop 1366 px', use: { viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false } },
] as const;

/** A small phone (360 × 800, touch) and the office's 1366 × 768 laptop: what issue 29's journeys were tried on. */
export const SMALL_PHONE_AND_LAPTOP = [
  { name: 'ponsel 360 px', use: { viewport: { width: 360, height: 800 } } },
  PHONE_AND_LAPTOP[1],
] as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe-core that @axe-core/playwright injects (its own dependency, so the two never differ). */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * What axe-core finds against WCAG 2.2 AA on the page as it is now: each rule with the elements breaking it.
 *
 * axe is put into a page once and run there as often as a test asks (`axe.run`, what AxeBuilder's legacy
 * mode calls). AxeBuilder itself injects its 650 KB again on every call and finishes each run in a new blank
 * page: three times the CPU for the same findings (docs/performance.md, "The test run"). The site has no
 * frames; a page that has one is checked by AxeBuilder, which goes into frames.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) {
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    return results.violations.map(describeViolation);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_22_AA,
  );
  return violations.map(describeViolation);
}

function describeViolation(violation: Pick<Result, 'id' | 'nodes'>): string {
  return `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;
}

/** axe-core finds nothing against WCAG 2.2 AA on the page as it is now. */
export async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Islands are server-rendered first; interact only once Astro has hydrated them. */
export async function waitForIslands(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const signedIn = new Map<string, Promise<PocketBase>>();

/** A PocketBase client signed in as the e2e staff member of an office (one sign-in per worker). */
export function staffClient(baseURL: string, agency: (typeof E2E_STAFF)[number]['agency']): Promise<PocketBase> {
  if (!signedIn.has(agency)) signedIn.set(agency, signIn(baseURL, agency));
  return signedIn.get(agency)!;
}

function signIn(baseURL: string, agency: (typeof E2E_STAFF)[number]['agency']): Promise<PocketBase> {
  return signedInStaff(baseURL, E2E_STAFF.find((staff) => staff.agency === agency)!.email);
}

/** A PocketBase client signed in as an e2e staff account (by email). */
export async function signedInStaff(baseURL: string, email: (typeof E2E_STAFF)[number]['email']): Promise<PocketBase> {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('staff').authWithPassword(email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  return pb;
}

/** Signs in to the staff workspace (/petugas/) as one of the e2e staff accounts. */
export async function signInToWorkspace(
  page: Page,
  account: (typeof E2E_STAFF)[number] | typeof E2E_CAMAT = E2E_STAFF[0],
) {
  await page.goto('/petugas/');
  await waitForIslands(page);
  if (account === E2E_CAMAT) await page.getByLabel('Camat (Lambung Sosial)').check();
  await page.getByLabel(account === E2E_CAMAT ? 'Email akun Camat' : 'Email petugas').fill(account.email);
  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Looks a number up on the status page, as the applicant does from the receipt's QR code (of the e2e server, or the one at `origin`). */
export async function lookUpStatus(page: Page, number: string, verifier: string, origin = '') {
  await page.goto(`${origin}/cek-status/?no=${number}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill(verifier);
  await page.getByRole('button', { name: 'Cek status' }).click();
}

/** Registers a request at the counter through the API, as staff of the service's office. */
export async function registerRequest(
  baseURL: string,
  serviceSlug: string,
  phone = '0812-3456-7890',
  requirementsChecked: string[] = [],
) {
  const service = feed.services.find((candidate) => candidate.id === serviceSlug)!;
  const pb = await staffClient(baseURL, service.agency as (typeof E2E_STAFF)[number]['agency']);
  const serviceRecord = await pb
    .collection('services')
    .getFirstListItem(pb.filter('slug = {:slug}', { slug: serviceSlug }));
  const request = await pb.collection('requests').create({
    service: serviceRecord.id,
    agency: serviceRecord['agency'],
    applicant_name: 'Warga Uji',
    applicant_phone: phone,
    requirements_checked: requirementsChecked,
  });
  return { pb, request, service: serviceRecord };
}

/** A Purwakarta request registered, then finished at its last step by the office's kepala bidang. */
export async function finishedRequest(
  baseURL: string,
  serviceSlug: string,
  phone: string,
  finish: { status: 'selesai' | 'ditolak'; public_note: string },
) {
  const { request } = await registerRequest(baseURL, serviceSlug, phone);
  const kepala = await signedInStaff(baseURL, E2E_STAFF[3].email);
  await kepala.collection('request_events').create({
    request: request.id,
    step: (request['steps'] as string[]).length,
    ...finish,
    staff: kepala.authStore.record!.id,
  });
  return request;
}

/**
 * Every test fails if the browser refused anything under the site's Content-Security-Policy
 * (src/lib/security-headers.ts): a script, a style, an image or a connection the policy forgot.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: Playwright's type for a fixture that gives the test no value.
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ page }, use) => {
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await use();
      expect(refused, 'refused by the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * A new folder for the files a test writes to upload, in the test's own output folder (test-results/,
 * emptied by Playwright when the next run starts): never the system's temporary folder, where they piled up.
 */
export function uploadFolder(): string {
  const output = test.info().outputPath();
  mkdirSync(output, { recursive: true });
  return mkdtempSync(join(output, 'berkas-'));
}

/** Sends a survey response to `path` with every question answered `score`; the status it gets. */
async function sendSurvey(baseURL: string, path: string, fields: Record<string, string>, score: number) {
  const response = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      ...fields,
      ...Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element.key, String(score)])),
    }),
  });
  return response.status;
}

/**
 * A resident answers the counter questionnaire about `service`, every question with `score`, as the
 * counter form sends it: kept for the office, never counted in the published figures (UNTIED_CHANNEL).
 */
export async function answerAtCounter(baseURL: string, service: string, score: number) {
  expect(await sendSurvey(baseURL, '/api/layanan/survei/loket', { service }, score)).toBe(201);
}

/** A Purwakarta request finished and rated with its number and verifier, every question with `score`: counted. */
export async function ratedRequest(baseURL: string, service: string, phone: string, score: number) {
  const request = await finishedRequest(baseURL, service, phone, {
    status: 'selesai',
    public_note: 'Layanan selesai.',
  });
  const sent = { number: request['number'] as string, verifier: phoneVerifier(phone) };
  expect(await sendSurvey(baseURL, '/api/layanan/survei', sent, score)).toBe(200);
}
