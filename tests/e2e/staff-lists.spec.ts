// The complaint inbox and the proposal review with more than a page of cases (issue 25): fifty at a
// time from the server, "Berikutnya" and "Sebelumnya" between pages, search by number finding one
// on a later page — on a 360 px phone and a 1366 px laptop, axe-clean on every page.
// The complaints are Banjarnegara's (no other test reads that office's inbox); the proposals are
// Purwakarta's but received two years ago, so they come after every other test's proposals.
import { randomUUID } from 'node:crypto';
import PocketBase from 'pocketbase';
import { E2E_OPERATOR, E2E_STAFF } from '../support/e2e-accounts.ts';
import { pdfDocument, VALID_FIELDS } from '../support/proposal-form.ts';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, signInToWorkspace, test } from './fixtures';

const BANJARNEGARA = E2E_STAFF.find((staff) => staff.agency === 'dinsos-pppa-banjarnegara')!;
const DAY = 86_400_000;
const CASES = 55;

/** Runs `make` for 0 … count − 1, five at a time. */
async function inBatches(count: number, make: (index: number) => Promise<unknown>) {
  for (let start = 0; start < count; start += 5)
    await Promise.all(Array.from({ length: Math.min(5, count - start) }, (_, offset) => make(start + offset)));
}

/** Complaints to Banjarnegara and old proposals from Linggasari, made once per run by a superuser. */
async function makeCases(baseURL: string): Promise<{ complaints: string[]; proposals: string[] }> {
  const admin = new PocketBase(baseURL);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword('admin@e2e.test', process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const made = (collection: string, filter: string) =>
    admin.collection(collection).getFullList({ filter, sort: 'created', fields: 'number' });
  const complaintFilter = 'complainant_name ~ "Pelapor Halaman"';
  const proposalFilter = 'location_note = "Uji halaman daftar usulan"';
  if ((await made('complaints', complaintFilter)).length < CASES) {
    const agency = await admin.collection('agencies').getFirstListItem('slug = "dinsos-pppa-banjarnegara"');
    await inBatches(CASES, (index) =>
      admin.collection('complaints').create({
        agency: agency.id,
        kind: 'konsultasi',
        identity: 'biasa',
        description: 'Kapan bantuan disalurkan?',
        reply_channel: 'telepon',
        complainant_name: `Pelapor Halaman ${index + 1}`,
        complainant_phone: '0896-4410-2287',
        status_verifier: '2287',
        idempotency_key: randomUUID(),
        received_at: new Date(Date.now() - (index % 30) * DAY).toISOString(),
      }),
    );
  }
  if ((await made('proposals', proposalFilter)).length < CASES) {
    const operator = await admin
      .collection('operators')
      .getFirstListItem(admin.filter('email = {:email}', { email: E2E_OPERATOR.email }));
    await inBatches(CASES, (index) => {
      const form = new FormData();
      const fields: Record<string, string> = {
        ...VALID_FIELDS,
        idempotency_key: randomUUID(),
        village: operator['village'],
        operator: operator.id,
        recipient: 'kepala_dinas',
        location_note: 'Uji halaman daftar usulan',
        occurred_at: new Date(Date.now() - (731 + index) * DAY).toISOString(),
        received_at: new Date(Date.now() - (730 + index) * DAY).toISOString(),
      };
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      for (const field of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp'])
        form.append(field, pdfDocument(), `${field}.pdf`);
      return admin.collection('proposals').create(form);
    });
  }
  const numbers = async (collection: string, filter: string) =>
    (await made(collection, filter)).map((record) => String(record['number']));
  return {
    complaints: await numbers('complaints', complaintFilter),
    proposals: await numbers('proposals', proposalFilter),
  };
}

let cases: { complaints: string[]; proposals: string[] } | undefined;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  cases = await makeCases(baseURL!);
});

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    for (const list of [
      {
        what: 'complaint inbox',
        account: BANJARNEGARA,
        tab: 'Pengaduan',
        table: 'Pengaduan',
        pages: 'Halaman daftar pengaduan',
        search: 'Cari nomor atau nama pelapor',
        numbers: (made: NonNullable<typeof cases>) => made.complaints,
        heading: /Konsultasi/,
      },
      {
        what: 'proposal review',
        account: E2E_STAFF[0],
        tab: 'Usulan desa',
        table: 'Usulan desa',
        pages: 'Halaman daftar usulan',
        search: 'Cari nomor usulan atau nama desa',
        numbers: (made: NonNullable<typeof cases>) => made.proposals,
        heading: /di Linggasari/,
      },
    ]) {
      test(`the ${list.what} shows fifty at a time, pages back and on, and finds a case on a later page`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        const made = list.numbers(cases!);
        await signInToWorkspace(page, list.account);
        await page.getByRole('button', { name: list.tab, exact: true }).click();
        const table = page.getByRole('region', { name: list.table, exact: true });
        const pager = page.getByRole('navigation', { name: list.pages });
        const rows = table.locator('tbody tr');
        await expect(rows).toHaveCount(50);
        await expect(page.getByText(/^Menampilkan 1–50/)).toBeVisible();
        await expect(pager.getByText('Halaman 1')).toBeVisible();
        await expect(pager.getByRole('button', { name: 'Sebelumnya' })).toHaveCount(0);
        const firstOnPageOne = await rows.first().getByRole('button').textContent();
        await expectNoViolations(page);

        await pager.getByRole('button', { name: 'Berikutnya' }).click();
        await expect(pager.getByText('Halaman 2')).toBeVisible();
        // The new page is read from its top: the line saying which cases are shown takes the focus.
        await expect(page.getByText(/^Menampilkan 51–/)).toBeFocused();
        await expect(page.getByText(/^Menampilkan 51–/)).toBeInViewport();
        await expect(rows.first().getByRole('button')).not.toHaveText(firstOnPageOne!);
        await expectNoViolations(page);

        await pager.getByRole('button', { name: 'Sebelumnya' }).click();
        await expect(pager.getByText('Halaman 1')).toBeVisible();
        await expect(rows.first().getByRole('button')).toHaveText(firstOnPageOne!);

        // A case's number finds it whichever page it is on, typed as people type it.
        const wanted = made.at(-1)!;
        await page.getByLabel(list.search).fill(wanted.toLowerCase().replace(/-/g, ' '));
        await page.getByRole('button', { name: 'Cari', exact: true }).click();
        await expect(rows).toHaveCount(1);
        await expect(page.getByText('Menampilkan 1–1', { exact: true })).toBeVisible();
        await expect(pager).toHaveCount(0);
        await rows.first().getByRole('button', { name: wanted }).click();
        const detail = page.locator('.detail');
        await expect(detail.getByRole('heading', { name: list.heading }).first()).toBeFocused();
        await expectNoViolations(page);
      });
    }
  });
}
