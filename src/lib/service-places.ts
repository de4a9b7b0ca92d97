// Where each service is delivered, as the build's open-data feed lists it (content/service-points.yaml
// → /data/titik-layanan.json, kept offline by the service worker): read by pages that learn the
// service only at run time — the status result, the printed receipt, the staff's WhatsApp update.
import type { ContractServicePoint } from '../domain/site-contract';
import type { ContactChannel } from './content-schemas';
import { SERVICE_POINTS_JSON_PATH } from './paths';

/** A point as the build writes the feed (src/pages/data/titik-layanan.json.ts): contacts as content/ validated them. */
export type FeedPoint = Omit<ContractServicePoint, 'contacts'> & {
  contacts: ContactChannel[];
  /** What the site adds to the source's address (town, province), as its own note. */
  addressNote?: string;
};

export async function servicePlacesOf(serviceSlug: string): Promise<FeedPoint[]> {
  const response = await fetch(SERVICE_POINTS_JSON_PATH);
  if (!response.ok) throw new Error(`${SERVICE_POINTS_JSON_PATH}: ${response.status}`);
  return ((await response.json()) as FeedPoint[]).filter((point) => point.services.includes(serviceSlug));
}
