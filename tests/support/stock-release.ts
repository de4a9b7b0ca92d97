// Stock work done through the API, as the e2e accounts do it on screen: stock received, proposals
// approved, legal bases recorded, a whole release by the e2e Camat of Darangdan — what the BAST
// pages open with (tests/e2e/bast.spec.ts) — and the pieces the stock reports and alerts show
// (tests/e2e/stock-reports.spec.ts, daily-summary.spec.ts).
import PocketBase from 'pocketbase';
import { E2E_CAMAT } from './e2e-accounts.ts';
import { jpegPhoto, operatorProposal } from './proposal-form.ts';
import { ROUTES, routePath, type RecordedRelease, type Route } from '../../src/domain/routes.ts';

/** POSTs to a route of the table as the account whose token is given; throws with the server's answer when refused. */
export async function postRoute(
  baseURL: string,
  token: string,
  route: Route,
  body: FormData | Record<string, unknown>,
) {
  const json = !(body instanceof FormData);
  const response = await fetch(`${baseURL}${routePath(route)}`, {
    method: 'POST',
    headers: { Authorization: token, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  if (!response.ok) throw new Error(`${route.path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The e2e Camat of Darangdan, signed in. */
export async function camatClient(baseURL: string): Promise<PocketBase> {
  const camat = new PocketBase(baseURL);
  camat.autoCancellation(false);
  await camat.collection('camats').authWithPassword(E2E_CAMAT.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  return camat;
}

/** A receipt of stock through the API as the account whose token is given, with a photo of its BAST. */
export async function receiveStock(
  baseURL: string,
  token: string,
  fields: Record<string, string> & { warehouse: string; item: string; batch: string },
) {
  const receipt = new FormData();
  for (const [name, value] of Object.entries({ source: 'apbn', reference: `BAST-T/${fields.batch}`, ...fields }))
    receipt.append(name, value);
  receipt.append('document', await jpegPhoto(), 'bast-terima.jpg');
  return postRoute(baseURL, token, ROUTES.stockReceipt, receipt);
}

/**
 * Stock received at the Lambung Sosial of Darangdan as its e2e Camat, with a photo of the receipt's
 * BAST: by default 40 packs of ready meals of a batch of its own expiring in 2099.
 */
export async function camatReceipt(baseURL: string, fields: Record<string, string> = {}) {
  const camat = await camatClient(baseURL);
  const batch = fields['batch'] ?? `E2E-${Date.now().toString(36)}`;
  await receiveStock(baseURL, camat.authStore.token, {
    warehouse: 'lumbung.32.14.06',
    item: 'makanan-siap-saji',
    expires_on: '2099-06-30',
    quantity: '40',
    ...fields,
    batch,
  });
  return { camat, batch };
}

/** The legal basis a warehouse's releases act under, recorded through the API: its id. */
export async function recordLegalBasis(
  baseURL: string,
  token: string,
  warehouse: string,
  kind: 'status-tanggap-darurat' | 'laporan-asesmen' = 'status-tanggap-darurat',
): Promise<string> {
  const basis = await postRoute(baseURL, token, ROUTES.legalBasis, {
    warehouse,
    kind,
    number: `360/Kep.${Date.now() % 100_000}-BPBD/2026`,
    date: '2026-01-05',
    issuer: 'Bupati Purwakarta',
    disaster: 'Banjir Darangdan',
  });
  return basis.id;
}

/** A proposal of Desa Linggasari to `recipient`, verified and approved by `decider` (the Camat, or the Dinas's kepala bidang). */
export async function approvedProposal(baseURL: string, recipient: 'camat' | 'kepala_dinas', decider: PocketBase) {
  const proposal = await operatorProposal(baseURL, recipient);
  for (const status of ['diverifikasi', 'disetujui'])
    await decider.collection('proposal_events').create({ proposal: proposal.id, status });
  return proposal;
}

export async function camatRelease(baseURL: string): Promise<RecordedRelease & { proposal: string }> {
  const { camat, batch } = await camatReceipt(baseURL);
  const token = camat.authStore.token;
  const proposal = await approvedProposal(baseURL, 'camat', camat);
  const basis = await recordLegalBasis(baseURL, token, 'lumbung.32.14.06');
  const release = (await postRoute(baseURL, token, ROUTES.stockRelease, {
    proposal: proposal.id,
    warehouse: 'lumbung.32.14.06',
    legal_basis: basis,
    lines: [{ item: 'makanan-siap-saji', batch, quantity: 12 }],
    giver_name: E2E_CAMAT.name,
    giver_position: 'Camat Darangdan',
    receiver_name: 'Kepala Desa Linggasari',
    receiver_position: 'Kepala Desa',
    idempotency_key: `e2e-${batch}`,
  })) as RecordedRelease;
  return { ...release, proposal: proposal.id };
}

/** A proposal of Desa Linggasari approved by the e2e Camat `days` days ago (backdated as an import would) and not yet released. */
export async function approvedDaysAgo(baseURL: string, days: number) {
  const camat = await camatClient(baseURL);
  const proposal = await approvedProposal(baseURL, 'camat', camat);
  const admin = new PocketBase(baseURL);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword('admin@e2e.test', process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const approval = await admin
    .collection('proposal_events')
    .getFirstListItem(admin.filter('proposal = {:id} && status = "disetujui"', { id: proposal.id }));
  await admin
    .collection('proposal_events')
    .update(approval.id, { at: new Date(Date.now() - days * 86_400_000).toISOString() });
  return proposal;
}
