// The disaster-logistics stock ledger against a real PocketBase, tried as an attacker would: other
// warehouses, village operators, guests, quantities that cannot be, 20 releases racing for one
// batch, and every API path that could edit or delete a ledger entry.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  createOperator,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { jpegPhoto, proposalForm } from '../support/proposal-form';
import { callRoute, receiveStock, stockAccounts } from '../support/stock-api';
import { ROUTES, routePath, type Route } from '../../src/domain/routes';
import { STOCK_BALANCE_SQL, STOCK_MONTH_SQL, stockCard, type LedgerEntry } from '../../src/domain/stock-ledger';
import { SQLITE_OFFICE_OFFSET } from '../../src/domain/time';

const LINGGASARI = '32.14.06.2006'; // Darangdan, Lambung Sosial
const CIPICUNG = '32.14.05.2005'; // Sukatani, Lambung Sosial
const DARANGDAN = 'lumbung.32.14.06';
const SUKATANI = 'lumbung.32.14.05';
const DINAS = 'dinas.dinsos-p3a-purwakarta';

let server: TestPocketBase;
let operator: VillageAccount;
let camatDarangdan: VillageAccount;
let camatSukatani: VillageAccount;
let petugas: StaffAccount;
let kepala: StaffAccount;
let staffBanjarnegara: StaffAccount;

const call = (pb: PocketBase | null, route: Route, body: Record<string, unknown> | FormData) =>
  callRoute(server.url, pb, route, body);
const receive = (pb: PocketBase, warehouse: string, fields: Record<string, string>) =>
  receiveStock(server.url, pb, warehouse, fields);

/** A proposal from Linggasari to the Camat of Darangdan, approved by that Camat. */
async function approvedProposalToCamat(): Promise<RecordModel> {
  const proposal = await operator.pb
    .collection('proposals')
    .create(await proposalForm(operator.placeId, { fields: { recipient: 'camat' } }));
  for (const status of ['diverifikasi', 'disetujui'])
    await camatDarangdan.pb.collection('proposal_events').create({ proposal: proposal.id, status });
  return proposal;
}

async function declaration(pb: PocketBase, warehouse: string) {
  const answer = await call(pb, ROUTES.legalBasis, {
    warehouse,
    kind: 'status-tanggap-darurat',
    number: '360/Kep.12-BPBD/2026',
    date: '2026-01-05',
    issuer: 'Bupati Purwakarta',
    disaster: 'Banjir Darangdan',
  });
  expect(answer.status).toBe(200);
  return answer.body['id'] as string;
}

const releaseOf = (proposal: string, legalBasis: string, quantity: number, key: string, batch = 'MSS-01') => ({
  proposal,
  warehouse: DARANGDAN,
  legal_basis: legalBasis,
  lines: [{ item: 'makanan-siap-saji', batch, quantity }],
  giver_name: 'Drs. Camat Darangdan',
  giver_position: 'Camat Darangdan',
  receiver_name: 'Kepala Desa Linggasari',
  receiver_position: 'Kepala Desa',
  idempotency_key: key,
});

/** The balance of a batch (`%`: of every batch of makanan-siap-saji), summed from the ledger as the admin reads it. */
async function balanceOf(warehouse: string, batch: string) {
  const filter =
    batch === '%'
      ? server.admin.filter('warehouse.code = {:warehouse} && item.slug = "makanan-siap-saji"', { warehouse })
      : server.admin.filter('warehouse.code = {:warehouse} && batch = {:batch}', { warehouse, batch });
  const entries = await server.admin.collection('stock_entries').getFullList({ filter });
  return entries.reduce((sum, entry) => sum + (entry['change'] as number), 0);
}

beforeAll(async () => {
  server = await startTestPocketBase();
  operator = await createOperator(server, LINGGASARI);
  ({ camatDarangdan, camatSukatani, petugas, kepala, staffBanjarnegara } = await stockAccounts(server));
});
afterAll(() => server?.stop());

describe('warehouses and items from the build', () => {
  it('the Dinas warehouse and one per Lambung Sosial kecamatan, each Camat seeing only their own', async () => {
    const all = await server.admin.collection('warehouses').getFullList({ sort: 'code' });
    expect(all.map((warehouse) => warehouse['code'])).toEqual([
      DINAS,
      'lumbung.32.14.05',
      'lumbung.32.14.06',
      'lumbung.32.14.15',
      'lumbung.32.14.17',
    ]);
    const seen = await camatDarangdan.pb.collection('warehouses').getFullList();
    expect(seen.map((warehouse) => warehouse['code'])).toEqual([DARANGDAN]);
    expect((await petugas.pb.collection('warehouses').getFullList()).length).toBe(5);
    expect(await staffBanjarnegara.pb.collection('warehouses').getFullList()).toEqual([]);
    expect(await operator.pb.collection('warehouses').getFullList()).toEqual([]);
    expect(await operator.pb.collection('stock_items').getFullList()).toEqual([]);
  });
});

describe('receipts', () => {
  it('a Camat receives into their own Lambung Sosial only; the Dinas petugas into the Dinas warehouse only', async () => {
    expect((await receive(camatDarangdan.pb, DARANGDAN, { batch: 'MSS-01', quantity: '50' })).status).toBe(200);
    expect((await receive(camatSukatani.pb, DARANGDAN, {})).status).toBe(403);
    expect((await receive(camatDarangdan.pb, DINAS, {})).status).toBe(403);
    expect((await receive(petugas.pb, DARANGDAN, {})).status).toBe(403);
    expect((await receive(petugas.pb, DINAS, { batch: 'D-01', quantity: '40' })).status).toBe(200);
    expect((await receive(staffBanjarnegara.pb, DINAS, {})).status).toBe(403);
    expect((await receive(operator.pb, DARANGDAN, {})).status).toBe(403);
    const guest = await call(null, ROUTES.stockReceipt, new FormData());
    expect(guest.status).toBe(401);
    expect(await balanceOf(DARANGDAN, 'MSS-01')).toBe(50);
  });

  it('refuses negative, zero and fractional quantities of whole units, and a batch without its expiry date', async () => {
    for (const quantity of ['-5', '0', '2.5', '2,5', 'lima']) {
      const answer = await receive(camatDarangdan.pb, DARANGDAN, { quantity });
      expect(answer.status, quantity).toBe(400);
      expect(answer.body['data']['quantity']['message'], quantity).toMatch(/Makanan siap saji/);
    }
    const rice = await receive(camatDarangdan.pb, DARANGDAN, { item: 'beras', batch: 'B-1', quantity: '2,5' });
    expect(rice.status).toBe(200);
    const undated = await receive(camatDarangdan.pb, DARANGDAN, { expires_on: '' });
    expect(undated.body['data']['expires_on']['message']).toBe(
      'Makanan siap saji punya tanggal kedaluwarsa: isi tanggalnya.',
    );
  });

  it('records a receipt sent twice under one key once', async () => {
    const first = await receive(camatDarangdan.pb, DARANGDAN, {
      batch: 'ULANG',
      quantity: '3',
      idempotency_key: 'terima-ulang-1',
    });
    const again = await receive(camatDarangdan.pb, DARANGDAN, {
      batch: 'ULANG',
      quantity: '3',
      idempotency_key: 'terima-ulang-1',
    });
    expect(again.body['id']).toBe(first.body['id']);
    expect(await balanceOf(DARANGDAN, 'ULANG')).toBe(3);
  });
});

describe('releases', () => {
  it('refuses a release without the emergency declaration, naming the rule; then releases and prints a verifiable number', async () => {
    const proposal = await approvedProposalToCamat();
    const refused = await call(
      camatDarangdan.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, '', 5, 'tanpa-dasar-0001'),
    );
    expect(refused.status).toBe(400);
    expect(refused.body['message']).toBe(
      'Stok Lambung Sosial Kecamatan Darangdan hanya dapat dikeluarkan dengan keputusan status tanggap darurat bencana dari Bupati. ' +
        'Catat dasar itu dulu (nomor, tanggal, penerbit).',
    );
    const basis = await declaration(camatDarangdan.pb, DARANGDAN);
    const released = await call(
      camatDarangdan.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, basis, 5, 'dengan-dasar-0001'),
    );
    expect(released.status).toBe(200);
    expect(released.body['number']).toMatch(/^BAST\/32\.14\.06\/\d{4}\/0001$/);
    expect(released.body['code']).toMatch(/^[0-9a-f]{32}$/);
    expect(await balanceOf(DARANGDAN, 'MSS-01')).toBe(45);
    // Sent again after a dropped connection: the same BAST, nothing taken twice.
    const again = await call(
      camatDarangdan.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, basis, 5, 'dengan-dasar-0001'),
    );
    expect(again.body['number']).toBe(released.body['number']);
    expect(await balanceOf(DARANGDAN, 'MSS-01')).toBe(45);
    expect((await operator.pb.collection('proposals').getOne(proposal.id))['status']).toBe('dikirim');

    // Anyone with the paper checks it by its code: what, where, when — no names, no signatures.
    const verify = (code: string) => fetch(`${server.url}${routePath(ROUTES.bastVerification, { code })}`);
    const code = released.body['code'] as string;
    const checked = await verify(code);
    expect(checked.status).toBe(200);
    const bast = await checked.json();
    expect(bast).toEqual({
      number: released.body['number'],
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      warehouse: 'Lambung Sosial Kecamatan Darangdan',
      village: 'Desa Linggasari, Kecamatan Darangdan',
      items: [{ name: 'Makanan siap saji', unit: 'paket', batch: 'MSS-01', quantity: 5, expiresOn: '2099-12-31' }],
      received: false,
    });
    expect(JSON.stringify(bast)).not.toContain('Kepala Desa');
    const altered = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    for (const wrong of [altered, 'bukan-kode', '0'.repeat(32)]) {
      const refused = await verify(wrong);
      expect(refused.status, wrong).toBe(404);
      expect(((await refused.json()) as { message: string }).message).toContain('Kode BAST ini tidak dikenal');
    }

    // The signed BAST, photographed: the village sees "Logistik diterima desa", the timeline names the Camat.
    const signed = new FormData();
    signed.append('release', released.body['id']);
    const unsigned = await call(camatDarangdan.pb, ROUTES.signedBast, signed);
    expect(unsigned.body['message']).toBe('Lampirkan foto BAST yang sudah ditandatangani penerima.');
    signed.append('signed_bast', await jpegPhoto(), 'bast-ttd.jpg');
    expect((await call(camatSukatani.pb, ROUTES.signedBast, signed)).status).toBe(403);
    expect((await call(operator.pb, ROUTES.signedBast, signed)).status).toBe(403);
    expect((await call(camatDarangdan.pb, ROUTES.signedBast, signed)).status).toBe(200);
    expect((await call(camatDarangdan.pb, ROUTES.signedBast, signed)).body['message']).toBe(
      `${released.body['number']} sudah diterima desa.`,
    );
    expect((await operator.pb.collection('proposals').getOne(proposal.id))['status']).toBe('diterima-desa');
    const timeline = await camatDarangdan.pb
      .collection('proposal_events')
      .getFullList({ filter: `proposal = "${proposal.id}"`, sort: 'at' });
    expect(timeline.map((event) => [event['status'], event['camat']])).toEqual([
      ['diterima', ''],
      ['diverifikasi', camatDarangdan.id],
      ['disetujui', camatDarangdan.id],
      ['dikirim', camatDarangdan.id],
      ['diterima-desa', camatDarangdan.id],
    ]);
    expect(((await (await verify(code)).json()) as { received: boolean }).received).toBe(true);
  });

  it('only the side that decided the proposal releases, from its own warehouse', async () => {
    const proposal = await approvedProposalToCamat();
    const dinasBasis = await declaration(petugas.pb, DINAS);
    const fromDinas = await call(petugas.pb, ROUTES.stockRelease, {
      ...releaseOf(proposal.id, dinasBasis, 1, 'dinas-untuk-camat-1', 'D-01'),
      warehouse: DINAS,
    });
    expect(fromDinas.status).toBe(403);
    expect(fromDinas.body['message']).toBe(
      'Usulan ini diputuskan Camat: logistiknya keluar dari Lambung Sosial kecamatannya.',
    );
    const otherCamat = await call(
      camatSukatani.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, '', 1, 'camat-lain-0001'),
    );
    expect(otherCamat.status).toBe(403);
    const operatorTry = await call(operator.pb, ROUTES.stockRelease, releaseOf(proposal.id, '', 1, 'operator-0001'));
    expect(operatorTry.status).toBe(403);
    const toSukatani = await createOperator(server, CIPICUNG);
    const notApproved = await toSukatani.pb
      .collection('proposals')
      .create(await proposalForm(toSukatani.placeId, { fields: { recipient: 'camat' } }));
    const basis = await declaration(camatSukatani.pb, SUKATANI);
    const early = await call(camatSukatani.pb, ROUTES.stockRelease, {
      ...releaseOf(notApproved.id, basis, 1, 'belum-disetujui-1'),
      warehouse: SUKATANI,
    });
    expect(early.body['message']).toBe('Logistik hanya disalurkan untuk usulan yang sudah disetujui.');
  });

  it('refuses more than the batch holds and expired stock', async () => {
    const proposal = await approvedProposalToCamat();
    const basis = await declaration(camatDarangdan.pb, DARANGDAN);
    const tooMuch = await call(
      camatDarangdan.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, basis, 1000, 'terlalu-banyak-1'),
    );
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body['message']).toMatch(/^Makanan siap saji batch MSS-01 tinggal \d+ paket; kurangi jumlahnya\.$/);
    expect(
      (await receive(camatDarangdan.pb, DARANGDAN, { batch: 'LAMA', expires_on: '2020-01-01', quantity: '4' })).status,
    ).toBe(200);
    const expired = await call(
      camatDarangdan.pb,
      ROUTES.stockRelease,
      releaseOf(proposal.id, basis, 1, 'kedaluwarsa-1', 'LAMA'),
    );
    expect(expired.body['message']).toBe(
      'Makanan siap saji batch LAMA kedaluwarsa 2020-01-01: tidak boleh disalurkan; ajukan penghapusan.',
    );
  });

  it('of 20 releases sent at once that together exceed the batch, exactly one is accepted', async () => {
    expect((await receive(camatDarangdan.pb, DARANGDAN, { batch: 'BALAPAN', quantity: '10' })).status).toBe(200);
    const basis = await declaration(camatDarangdan.pb, DARANGDAN);
    const proposals = await Promise.all(Array.from({ length: 20 }, () => approvedProposalToCamat()));
    const answers = await Promise.all(
      proposals.map((proposal, index) =>
        call(
          camatDarangdan.pb,
          ROUTES.stockRelease,
          releaseOf(proposal.id, basis, 6, `balapan-${index}-0000`, 'BALAPAN'),
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(19);
    for (const answer of refused)
      expect(answer.body['message']).toBe('Makanan siap saji batch BALAPAN tinggal 4 paket; kurangi jumlahnya.');
    expect(await balanceOf(DARANGDAN, 'BALAPAN')).toBe(4);
  });
});

describe('write-offs, reversals and the ledger that never changes', () => {
  it('write-offs are the kepala bidang’s; a reversal names what it corrects; the stock card adds up', async () => {
    expect((await receive(camatDarangdan.pb, DARANGDAN, { batch: 'KARTU', quantity: '30' })).status).toBe(200);
    const writeOff = {
      warehouse: DARANGDAN,
      item: 'makanan-siap-saji',
      batch: 'KARTU',
      quantity: 5,
      reason: 'rusak',
      note: 'Kemasan bocor',
      reference: 'BA-HAPUS/1',
    };
    expect((await call(camatDarangdan.pb, ROUTES.stockWriteOff, writeOff)).status).toBe(403);
    expect((await call(petugas.pb, ROUTES.stockWriteOff, writeOff)).status).toBe(403);
    const written = await call(kepala.pb, ROUTES.stockWriteOff, writeOff);
    expect(written.status).toBe(200);
    const reversal = await call(kepala.pb, ROUTES.stockReversal, { entry: written.body['id'], note: 'Salah hitung' });
    expect(reversal.status).toBe(200);
    const twice = await call(kepala.pb, ROUTES.stockReversal, { entry: written.body['id'], note: 'Lagi' });
    expect(twice.body['message']).toBe('Entri ini sudah dikoreksi.');
    const entries = await camatDarangdan.pb
      .collection('stock_entries')
      .getFullList({ filter: 'batch = "KARTU"', sort: 'created', expand: 'warehouse,item' });
    const ledger: LedgerEntry[] = entries.map((entry, index) => ({
      id: entry.id,
      seq: index,
      at: new Date(entry['created'].replace(' ', 'T')).toISOString(),
      warehouse: DARANGDAN,
      item: 'makanan-siap-saji',
      batch: entry['batch'],
      expiresOn: entry['expires_on'],
      kind: entry['kind'],
      change: entry['change'],
      reference: entry['reference'],
      corrects: entry['corrects'],
    }));
    expect(stockCard(ledger, DARANGDAN, 'makanan-siap-saji').map((row) => [row.in, row.out, row.balance])).toEqual([
      [30, 0, 30],
      [0, 5, 25],
      [5, 0, 30],
    ]);
  });

  it('the kartu stok route gives the same running balance as JSON and CSV, to the warehouse’s keepers only', async () => {
    const card = (pb: PocketBase | null, query: string) =>
      fetch(`${server.url}${routePath(ROUTES.stockCard)}?${query}`, {
        headers: pb ? { Authorization: pb.authStore.token } : {},
      });
    const query = `gudang=${DARANGDAN}&barang=makanan-siap-saji`;
    const answer = await (await card(camatDarangdan.pb, query)).json();
    const kartu = (answer.rows as { batch: string; in: number; out: number; balance: number }[]).filter(
      (row) => row.batch === 'KARTU',
    );
    expect(kartu.map((row) => [row.in, row.out])).toEqual([
      [30, 0],
      [0, 5],
      [5, 0],
    ]);
    expect(answer.rows.at(-1).balance).toBe(await balanceOf(DARANGDAN, '%'));
    const bytes = new Uint8Array(await (await card(kepala.pb, `${query}&format=csv`)).arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read it as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split('\r\n')[0]).toBe('"Tanggal","Masuk","Keluar","Saldo","Referensi","Jenis","Batch"');
    expect(csv).toContain('"Koreksi BA-HAPUS/1 (koreksi atas BA-HAPUS/1)","Penghapusan","KARTU"');
    expect((await card(camatSukatani.pb, query)).status).toBe(403);
    expect((await card(operator.pb, query)).status).toBe(403);
    expect((await card(staffBanjarnegara.pb, query)).status).toBe(403);
    expect((await card(null, query)).status).toBe(401);
  });

  it('the balances route gives each batch the sum of its entries, to the warehouse’s keepers only', async () => {
    const balances = (pb: PocketBase | null, warehouse: string) =>
      fetch(`${server.url}${routePath(ROUTES.stockBalances)}?gudang=${warehouse}`, {
        headers: pb ? { Authorization: pb.authStore.token } : {},
      });
    const answer = await (await balances(camatDarangdan.pb, DARANGDAN)).json();
    expect(answer.warehouse).toEqual({
      code: DARANGDAN,
      name: 'Lambung Sosial Kecamatan Darangdan',
      kind: 'lumbung-sosial',
    });
    const batches = answer.batches as { item: string; batch: string; balance: number }[];
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.balance, batch.batch).toBe(await balanceOf(DARANGDAN, batch.batch));
    expect(batches.find((batch) => batch.batch === 'KARTU')).toMatchObject({ item: 'makanan-siap-saji', balance: 30 });
    expect((await balances(petugas.pb, DINAS)).status).toBe(200);
    expect((await balances(camatSukatani.pb, DARANGDAN)).status).toBe(403);
    expect((await balances(camatDarangdan.pb, DINAS)).status).toBe(403);
    expect((await balances(operator.pb, DARANGDAN)).status).toBe(403);
    expect((await balances(staffBanjarnegara.pb, DARANGDAN)).status).toBe(403);
    expect((await balances(null, DARANGDAN)).status).toBe(401);
  });

  it('no entry, legal basis or release is created, changed or deleted through the records API — superusers included', async () => {
    const entry = (await server.admin.collection('stock_entries').getFullList({ filter: 'kind = "penerimaan"' }))[0]!;
    const release = (await server.admin.collection('stock_releases').getFullList())[0]!;
    const basis = (await server.admin.collection('legal_bases').getFullList())[0]!;
    const status = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (error) => error.status as number,
      );
    for (const pb of [server.admin, camatDarangdan.pb, petugas.pb, kepala.pb]) {
      expect(await status(pb.collection('stock_entries').update(entry.id, { change: 1000 }))).toBeGreaterThanOrEqual(
        400,
      );
      expect(await status(pb.collection('stock_entries').delete(entry.id))).toBeGreaterThanOrEqual(400);
      expect(
        await status(pb.collection('stock_releases').update(release.id, { receiver_name: 'Orang lain' })),
      ).toBeGreaterThanOrEqual(400);
      expect(await status(pb.collection('stock_releases').delete(release.id))).toBeGreaterThanOrEqual(400);
      expect(await status(pb.collection('legal_bases').update(basis.id, { number: 'palsu' }))).toBeGreaterThanOrEqual(
        400,
      );
      expect(await status(pb.collection('legal_bases').delete(basis.id))).toBeGreaterThanOrEqual(400);
      expect(
        await status(
          pb.collection('stock_entries').create({
            warehouse: entry['warehouse'],
            item: entry['item'],
            batch: 'X',
            kind: 'penerimaan',
            change: 9,
            reference: 'x',
          }),
        ),
      ).toBeGreaterThanOrEqual(400);
    }
    const batch = server.admin.createBatch();
    batch.collection('stock_entries').update(entry.id, { change: 1000 });
    expect(await status(batch.send())).toBeGreaterThanOrEqual(400);
    const batchDelete = server.admin.createBatch();
    batchDelete.collection('stock_entries').delete(entry.id);
    expect(await status(batchDelete.send())).toBeGreaterThanOrEqual(400);
    const unchanged = await server.admin.collection('stock_entries').getOne(entry.id);
    expect(unchanged['change']).toBe(entry['change']);
  });

  it('operators, other offices and guests read nothing of stock', async () => {
    for (const collection of ['stock_entries', 'stock_releases', 'legal_bases']) {
      expect(await operator.pb.collection(collection).getFullList(), collection).toEqual([]);
      expect(await staffBanjarnegara.pb.collection(collection).getFullList(), collection).toEqual([]);
      const guest = await fetch(`${server.url}/api/collections/${collection}/records`);
      expect(((await guest.json()) as { items: unknown[] }).items, collection).toEqual([]);
    }
    const sukatani = await camatSukatani.pb.collection('stock_entries').getFullList();
    expect(sukatani.every((entry) => entry['warehouse'] !== undefined)).toBe(true);
    const darangdanId = (await server.admin.collection('warehouses').getFirstListItem('code = "lumbung.32.14.06"')).id;
    expect(sukatani.some((entry) => entry['warehouse'] === darangdanId)).toBe(false);
  });
});

describe('the balances and month figures kept as the ledger is written (migrations 1795403960 and 1795403962)', () => {
  /** Each batch as kept, and as counted again from every entry of the ledger. */
  const keptAndCounted = (db: DatabaseSync) => ({
    kept: db
      .prepare(
        'SELECT warehouse, item, batch, expires_on, balance_hundredths, first_in FROM stock_batch_balances ORDER BY 1, 2, 3',
      )
      .all(),
    counted: db
      .prepare(
        'SELECT warehouse, item, batch, MAX(expires_on) AS expires_on, CAST(ROUND(SUM(change) * 100) AS INTEGER) AS balance_hundredths,' +
          ' MIN(created) AS first_in FROM stock_entries GROUP BY warehouse, item, batch ORDER BY 1, 2, 3',
      )
      .all(),
    keptMonths: db
      .prepare(
        'SELECT warehouse, item, month, kind, change_hundredths, entries FROM stock_month_figures WHERE entries != 0 ORDER BY 1, 2, 3, 4',
      )
      .all(),
    countedMonths: db
      .prepare(
        "SELECT warehouse, item, strftime('%Y-%m', created, ?) AS month, kind," +
          ' SUM(CAST(ROUND(change * 100) AS INTEGER)) AS change_hundredths, COUNT(*) AS entries FROM stock_entries' +
          ' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
      )
      .all(SQLITE_OFFICE_OFFSET),
  });

  it('equal the sums of the ledger after receipts, releases, transfers, write-offs and reversals', async () => {
    // Rice in kg with two decimals, received at the Dinas and moved in part to Darangdan.
    expect(
      (
        await receive(petugas.pb, DINAS, {
          item: 'beras',
          batch: 'BRS-KEPT',
          quantity: '1250.35',
          expires_on: '2099-06-30',
        })
      ).status,
    ).toBe(200);
    const transfer = await call(petugas.pb, ROUTES.stockTransfer, {
      from: DINAS,
      to: DARANGDAN,
      item: 'beras',
      batch: 'BRS-KEPT',
      quantity: 200.15,
      reference: 'MUTASI/KEPT',
      idempotency_key: 'mutasi-kept-1',
    });
    expect(transfer.status).toBe(200);
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { timeout: 10_000 });
    try {
      const kinds = db
        .prepare(
          "SELECT DISTINCT kind || CASE WHEN corrects != '' THEN ' (koreksi)' ELSE '' END AS kind FROM stock_entries",
        )
        .all()
        .map((row) => row['kind']);
      // Every kind of entry the ledger has, written by the routes above, a reversal among them.
      expect(kinds.sort()).toEqual([
        'mutasi-keluar',
        'mutasi-masuk',
        'penerimaan',
        'penghapusan',
        'penghapusan (koreksi)',
        'penyaluran',
      ]);
      const { kept, counted, keptMonths, countedMonths } = keptAndCounted(db);
      expect(kept.length).toBeGreaterThan(5);
      expect(kept).toEqual(counted);
      expect(keptMonths.length).toBeGreaterThan(5);
      expect(keptMonths).toEqual(countedMonths);
      const rice = (warehouse: string) =>
        db
          .prepare(
            "SELECT b.balance_hundredths FROM stock_batch_balances b JOIN warehouses w ON w.id = b.warehouse WHERE w.code = ? AND b.batch = 'BRS-KEPT'",
          )
          .get(warehouse)?.['balance_hundredths'];
      expect([rice(DINAS), rice(DARANGDAN)]).toEqual([105_020, 20_015]);

      // The ledger is never changed through PocketBase; were an entry changed or removed in SQL all
      // the same, its batch is counted again (then undone: the server's ledger stays as it was).
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec(
          "UPDATE stock_entries SET change = change + 1.25, batch = 'BRS-MOVED' WHERE kind = 'mutasi-masuk' AND batch = 'BRS-KEPT'",
        );
        db.exec(
          "DELETE FROM stock_entries WHERE id = (SELECT id FROM stock_entries WHERE kind = 'penghapusan' LIMIT 1)",
        );
        // Moved to the office month before (created is UTC: 16:59 on the 30th is 23:59 WIB).
        db.exec(
          "UPDATE stock_entries SET created = '2026-10-31 16:59:00.000Z' WHERE kind = 'penerimaan' AND batch = 'BRS-KEPT'",
        );
        const changed = keptAndCounted(db);
        expect(changed.kept).toEqual(changed.counted);
        expect(changed.kept).not.toEqual(kept);
        expect(changed.keptMonths).toEqual(changed.countedMonths);
        expect(changed.keptMonths).not.toEqual(keptMonths);
      } finally {
        db.exec('ROLLBACK');
      }
      expect(keptAndCounted(db).kept).toEqual(kept);
      expect(keptAndCounted(db).keptMonths).toEqual(keptMonths);
    } finally {
      db.close();
    }
  });

  it('are read through their primary keys, one warehouse at a time, never from the ledger', () => {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${STOCK_BALANCE_SQL.batches.replace(/\{:(\w+)\}/g, ':$1')}`)
        .all({ warehouse: 'x' })
        .map((row) => String(row['detail']))
        .join('; ');
      expect(plan).toMatch(/^SEARCH b USING PRIMARY KEY \(warehouse=\?\)/);
      expect(plan).not.toMatch(/stock_entries|SCAN|TEMP B-TREE/);
      const report = db
        .prepare(`EXPLAIN QUERY PLAN ${STOCK_MONTH_SQL.report.replace(/\{:(\w+)\}/g, ':$1')}`)
        .all({ warehouse: 'x', month: '2026-12' })
        .map((row) => String(row['detail']))
        .join('; ');
      // A monthly report adds up the warehouse's kept months, never its entries.
      expect(report).toMatch(/SEARCH stock_month_figures USING PRIMARY KEY \(warehouse=\?\)/);
      expect(report).not.toMatch(/stock_entries|SCAN stock_month_figures/);
    } finally {
      db.close();
    }
  });
});
