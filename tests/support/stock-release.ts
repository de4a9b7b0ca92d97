// A release of Lambung Sosial stock made through the API as the e2e Camat of Darangdan: stock
// received, the village's proposal approved, the emergency declaration recorded, the release
// recorded — what the BAST pages open with (tests/e2e/bast.spec.ts).
import PocketBase from 'pocketbase';
import { E2E_CAMAT } from './e2e-accounts.ts';
import { jpegPhoto, operatorProposal } from './proposal-form.ts';
import { ROUTES, routePath, type RecordedRelease, type Route } from '../../src/domain/routes.ts';

async function post(baseURL: string, token: string, route: Route, body: FormData | Record<string, unknown>) {
  const json = !(body instanceof FormData);
  const response = await fetch(`${baseURL}${routePath(route)}`, {
    method: 'POST',
    headers: { Authorization: token, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  if (!response.ok) throw new Error(`${route.path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function camatRelease(baseURL: string): Promise<RecordedRelease & { proposal: string }> {
  const camat = new PocketBase(baseURL);
  camat.autoCancellation(false);
  await camat.collection('camats').authWithPassword(E2E_CAMAT.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const token = camat.authStore.token;
  const batch = `E2E-${Date.now().toString(36)}`;
  const receipt = new FormData();
  for (const [name, value] of Object.entries({
    warehouse: 'lumbung.32.14.06',
    item: 'makanan-siap-saji',
    batch,
    expires_on: '2099-06-30',
    quantity: '40',
    source: 'apbn',
    reference: `BAST-T/${batch}`,
  }))
    receipt.append(name, value);
  receipt.append('document', await jpegPhoto(), 'bast-terima.jpg');
  await post(baseURL, token, ROUTES.stockReceipt, receipt);
  const proposal = await operatorProposal(baseURL, 'camat');
  for (const status of ['diverifikasi', 'disetujui'])
    await camat.collection('proposal_events').create({ proposal: proposal.id, status });
  const basis = await post(baseURL, token, ROUTES.legalBasis, {
    warehouse: 'lumbung.32.14.06',
    kind: 'status-tanggap-darurat',
    number: '360/Kep.12-BPBD/2026',
    date: '2026-01-05',
    issuer: 'Bupati Purwakarta',
    disaster: 'Banjir Darangdan',
  });
  const release = (await post(baseURL, token, ROUTES.stockRelease, {
    proposal: proposal.id,
    warehouse: 'lumbung.32.14.06',
    legal_basis: basis.id,
    lines: [{ item: 'makanan-siap-saji', batch, quantity: 12 }],
    giver_name: E2E_CAMAT.name,
    giver_position: 'Camat Darangdan',
    receiver_name: 'Kepala Desa Linggasari',
    receiver_position: 'Kepala Desa',
    idempotency_key: `e2e-${batch}`,
  })) as RecordedRelease;
  return { ...release, proposal: proposal.id };
}
