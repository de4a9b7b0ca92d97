// The logistics routes as the integration tests call them (tests/integration/stock-*.test.ts): a
// route of the table as an account or a guest, and a receipt of stock with its signed BAST photo.
import type PocketBase from 'pocketbase';
import { jpegPhoto } from './proposal-form';
import { createCamat, createStaff, type TestPocketBase } from './pocketbase';
import { ROUTES, routePath, type Route } from '../../src/domain/routes';

/** Calls a route of the table at `url` as `pb`'s account (or a guest): its status, body and headers. A GET sends `body` as its query. */
export async function callRoute(
  url: string,
  pb: PocketBase | null,
  route: Route,
  body: Record<string, unknown> | FormData = {},
) {
  const headers: Record<string, string> = pb ? { Authorization: pb.authStore.token } : {};
  const get = route.method === 'GET';
  if (!get && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const query = get ? `?${new URLSearchParams(body as Record<string, string>)}` : '';
  const response = await fetch(`${url}${routePath(route)}${query}`, {
    method: route.method,
    headers,
    ...(get ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = {};
  }
  // biome-ignore lint/suspicious/noExplicitAny: answers of several routes and PocketBase's error shape, read field by field.
  return { status: response.status, body: json as Record<string, any>, text, headers: response.headers };
}

let receipts = 0;
/** Records a receipt of stock (by default 100 packs of ready meals, batch MSS-01) with a photo of its BAST. */
export async function receiveStock(url: string, pb: PocketBase, warehouse: string, fields: Record<string, string>) {
  const form = new FormData();
  const all = {
    warehouse,
    item: 'makanan-siap-saji',
    batch: 'MSS-01',
    expires_on: '2099-12-31',
    quantity: '100',
    source: 'apbn',
    reference: `BAST-T/${++receipts}`,
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  form.append('document', await jpegPhoto(), 'bast-terima.jpg');
  return callRoute(url, pb, ROUTES.stockReceipt, form);
}

/** The accounts the stock tests act as: the Camats of Darangdan and Sukatani, a petugas and a kepala bidang of Purwakarta, a petugas of Banjarnegara. */
export async function stockAccounts(server: TestPocketBase) {
  const [camatDarangdan, camatSukatani, petugas, kepala, staffBanjarnegara] = await Promise.all([
    createCamat(server, '32.14.06'),
    createCamat(server, '32.14.05'),
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
  return { camatDarangdan, camatSukatani, petugas, kepala, staffBanjarnegara };
}
