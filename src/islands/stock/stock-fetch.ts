import { pocketbase } from '../../lib/pocketbase-client';
import { routeUrl } from '../../lib/api-address';
import type { AnswerOf, RequestOf, Route } from '../../domain/routes';

/** A stock route's answer as the signed-in account (staff or Camat); its refusal thrown with the server's words. */
export async function fetchStock<R extends Route>(route: R, query: Partial<RequestOf<R>> = {}): Promise<AnswerOf<R>> {
  const response = await fetch(routeUrl(route, { query }), {
    headers: { Authorization: pocketbase().authStore.token },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || 'Laporan tidak dapat dimuat. Periksa koneksi, lalu coba lagi.');
  return body as AnswerOf<R>;
}
