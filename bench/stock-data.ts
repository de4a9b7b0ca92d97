// Stock-ledger entries written through the server, as a bench's originals (bench/stock-reports.ts,
// bench/five-years.ts FURTHER_VOLUMES): the Dinas warehouse receives every item of the catalogue
// with a photo of its BAST, and moves some of each to the Lambung Sosial of Darangdan — the routes,
// hooks and audit entries of a real office. Copies (bench/office-data.ts copyCases) make the volume.
import type PocketBase from 'pocketbase';
import { ROUTES, routePath, type Route } from '../src/domain/routes.ts';
import type { TestPocketBase } from '../tests/support/pocketbase.ts';
import { jpegPhoto } from '../tests/support/proposal-form.ts';
import { OFFICE, staffClient } from './office-data.ts';

export const BENCH_WAREHOUSE = `dinas.${OFFICE}`;
const LAMBUNG = 'lumbung.32.14.06';

async function post(server: TestPocketBase, pb: PocketBase, route: Route, body: FormData | Record<string, unknown>) {
  const json = !(body instanceof FormData);
  const response = await fetch(`${server.url}${routePath(route)}`, {
    method: 'POST',
    headers: { Authorization: pb.authStore.token, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  if (!response.ok) throw new Error(`${route.path}: ${response.status} ${await response.text()}`);
}

/** Every item received in the Dinas warehouse, and a transfer of each to Darangdan: two entries per transfer. */
export async function stockThroughServer(server: TestPocketBase): Promise<void> {
  const petugas = await staffClient(server, 'petugas');
  const items = await server.admin.collection('stock_items').getFullList({ sort: 'slug' });
  const photo = await jpegPhoto();
  for (const [index, item] of items.entries()) {
    const batch = `BENCH-${index}`;
    const form = new FormData();
    for (const [name, value] of Object.entries({
      warehouse: BENCH_WAREHOUSE,
      item: item['slug'],
      batch,
      expires_on: item['expires'] ? '2031-12-31' : '',
      quantity: '500',
      source: 'apbd',
      reference: `BAST-T/BENCH/${index}`,
    }))
      form.append(name, String(value));
    form.append('document', photo, 'bast-terima.jpg');
    await post(server, petugas, ROUTES.stockReceipt, form);
    await post(server, petugas, ROUTES.stockTransfer, {
      from: BENCH_WAREHOUSE,
      to: LAMBUNG,
      item: item['slug'],
      batch,
      quantity: 20,
      reference: `MUTASI/BENCH/${index}`,
      idempotency_key: `bench-mutasi-${index}`,
    });
  }
}
