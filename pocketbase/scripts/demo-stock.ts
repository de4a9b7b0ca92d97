// Demo stock for a local run (demo-data.ts): receipts in the Dinas warehouse and in the Lambung Sosial
// of Darangdan — one batch of ready meals near its expiry and the Dinas's ready meals below their
// minimum, so the daily summary has alerts to show — an emergency declaration, and one release with
// its BAST for a demo proposal approved by the Camat. Everything goes through the server's own
// routes, as the demo accounts, so the ledger, the audit trail and the public figures are what the
// office would see. Idempotent: receipts and the release carry fixed keys, the rest is looked up first.
import PocketBase from 'pocketbase';
import { ROUTES, routePath, type Route } from '../../src/domain/routes';
import { officeDate } from '../../src/domain/working-days';
import { onePagePdf, SAMPLE_PROPOSAL_FIELDS } from './sample-proposal.ts';

const DAY = 86_400_000;
const DINAS = 'dinas.dinsos-p3a-purwakarta';
const DARANGDAN = 'lumbung.32.14.06';
const DECLARATION = '360/Kep.45-BPBD/2026';

/** What is received, by whom (`dinas`: the petugas; `camat`: the Camat of Darangdan); expiry in days from today. */
const RECEIPTS = [
  { by: 'dinas', item: 'beras', batch: 'DEMO-BRS-01', days: 300, quantity: '800', source: 'apbd' },
  // Below the Dinas's minimum of 200, and within 75 days of expiry: two alerts.
  { by: 'dinas', item: 'makanan-siap-saji', batch: 'DEMO-MSS-01', days: 60, quantity: '150', source: 'apbn' },
  { by: 'dinas', item: 'selimut', batch: 'DEMO-SLM-01', days: null, quantity: '120', source: 'hibah' },
  { by: 'dinas', item: 'tenda-gulung', batch: 'DEMO-TND-01', days: null, quantity: '25', source: 'apbn' },
  { by: 'camat', item: 'makanan-siap-saji', batch: 'DEMO-MSS-02', days: 200, quantity: '160', source: 'apbn' },
  { by: 'camat', item: 'beras', batch: 'DEMO-BRS-02', days: 300, quantity: '350', source: 'apbn' },
  { by: 'camat', item: 'selimut', batch: 'DEMO-SLM-02', days: null, quantity: '80', source: 'apbn' },
  { by: 'camat', item: 'family-kit', batch: 'DEMO-FK-01', days: null, quantity: '30', source: 'donasi' },
] as const;

async function post(client: PocketBase, route: Route, body: FormData | Record<string, unknown>) {
  const json = !(body instanceof FormData);
  const response = await fetch(`${client.baseURL.replace(/\/$/, '')}${routePath(route)}`, {
    method: 'POST',
    headers: { Authorization: client.authStore.token, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  if (!response.ok) throw new Error(`Demo stock: ${route.path} answered ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function signedIn(baseURL: string, collection: 'staff' | 'camats', email: string, password: string) {
  const client = new PocketBase(baseURL);
  client.autoCancellation(false);
  await client.collection(collection).authWithPassword(email, password);
  return client;
}

/**
 * Loads the demo stock. `pb` is a superuser client; the petugas of Purwakarta and the Camat of
 * Darangdan sign in with their demo passwords; `village` and `operator` are the demo village's.
 */
export async function loadDemoStock(
  pb: PocketBase,
  accounts: { petugas: { email: string; password: string }; camat: { email: string; password: string } },
  village: { id: string; kecamatan: string },
  operatorId: string,
  now: number,
) {
  const petugas = await signedIn(pb.baseURL, 'staff', accounts.petugas.email, accounts.petugas.password);
  const camat = await signedIn(pb.baseURL, 'camats', accounts.camat.email, accounts.camat.password);
  for (const [index, receipt] of RECEIPTS.entries()) {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      warehouse: receipt.by === 'dinas' ? DINAS : DARANGDAN,
      item: receipt.item,
      batch: receipt.batch,
      expires_on: receipt.days === null ? '' : officeDate(new Date(now + receipt.days * DAY)),
      quantity: receipt.quantity,
      source: receipt.source,
      reference: `BAST-T/DEMO/${String(index + 1).padStart(3, '0')}`,
      idempotency_key: `demo-stok-penerimaan-${index + 1}`,
    }))
      form.append(name, value);
    form.append('document', onePagePdf('BAST penerimaan barang'), 'bast-penerimaan.pdf');
    await post(receipt.by === 'dinas' ? petugas : camat, ROUTES.stockReceipt, form);
  }

  const declared = await pb
    .collection('legal_bases')
    .getFirstListItem(pb.filter('number = {:number}', { number: DECLARATION }))
    .catch(() => null);
  const basis =
    declared ??
    (await post(camat, ROUTES.legalBasis, {
      warehouse: DARANGDAN,
      kind: 'status-tanggap-darurat',
      number: DECLARATION,
      date: officeDate(new Date(now - 2 * DAY)),
      issuer: 'Bupati Purwakarta',
      disaster: 'Banjir dan longsor Kecamatan Darangdan',
    }));

  // A second proposal of the demo village, approved by the Camat, whose logistics left with a BAST.
  const key = 'demo-usulan-linggasari-0002';
  const found = await pb
    .collection('proposals')
    .getFirstListItem(pb.filter('idempotency_key = {:key}', { key }))
    .catch(() => null);
  const proposal = found ?? (await approvedDemoProposal(pb, camat, key, village, operatorId, now));

  // Sent again on a later start, the release's key answers the BAST already recorded.
  await post(camat, ROUTES.stockRelease, {
    proposal: proposal.id,
    warehouse: DARANGDAN,
    legal_basis: basis.id,
    lines: [
      { item: 'makanan-siap-saji', batch: 'DEMO-MSS-02', quantity: 40 },
      { item: 'selimut', batch: 'DEMO-SLM-02', quantity: 20 },
    ],
    giver_name: 'Camat Darangdan',
    giver_position: 'Camat Darangdan',
    receiver_name: 'Kepala Desa Linggasari',
    receiver_position: 'Kepala Desa Linggasari',
    idempotency_key: 'demo-penyaluran-0001',
  });
}

/** A proposal of the demo village to the Camat, verified and approved by the Camat. */
async function approvedDemoProposal(
  pb: PocketBase,
  camat: PocketBase,
  key: string,
  village: { id: string; kecamatan: string },
  operatorId: string,
  now: number,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    ...SAMPLE_PROPOSAL_FIELDS,
    idempotency_key: key,
    village: village.id,
    operator: operatorId,
    recipient: 'camat',
    camat_kecamatan: village.kecamatan,
    occurred_at: new Date(now - 3 * DAY).toISOString(),
    received_at: new Date(now - 2.9 * DAY).toISOString(),
  }))
    form.append(name, value);
  for (const field of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp'])
    form.append(field, onePagePdf(field), `${field}.pdf`);
  const proposal = await pb.collection('proposals').create(form);
  for (const status of ['diverifikasi', 'disetujui'])
    await camat.collection('proposal_events').create({ proposal: proposal.id, status });
  return proposal;
}
