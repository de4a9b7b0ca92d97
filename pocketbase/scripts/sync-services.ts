// Derives PocketBase's agencies and services from the site's service feed (built from
// content/ by Astro): content/ stays the only place where services are written.
import { readFileSync } from 'node:fs';
import type PocketBase from 'pocketbase';
import type { FeedService } from '../../src/lib/service-feed.ts';
import { PROJECT_ROOT } from './server.ts';

interface ServiceFeed {
  version: number;
  agencies: { id: string; requestPrefix: string; name: string; shortName: string }[];
  services: FeedService[];
}

export const SERVICE_FEED_FILE = `${PROJECT_ROOT}dist/data/layanan.json`;

export function readServiceFeed(file = SERVICE_FEED_FILE): ServiceFeed {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ServiceFeed;
  } catch (error) {
    throw new Error(`Cannot read the service feed ${file} — build the site first (npm run build). ${String(error)}`);
  }
}

/** Step names for status tracking: the procedure's top-level steps. */
export function stepNames(service: FeedService): string[] {
  return service.procedure?.steps.map((step) => step.text) ?? ['Permohonan diterima dan diproses'];
}

async function upsertBySlug(pb: PocketBase, collection: string, slug: string, data: Record<string, unknown>) {
  const existing = await pb.collection(collection).getFirstListItem(pb.filter('slug = {:slug}', { slug })).catch(() => null);
  return existing ? pb.collection(collection).update(existing.id, data) : pb.collection(collection).create({ slug, ...data });
}

/** Needs a client authenticated as superuser. Returns the number of active services. */
export async function syncServices(pb: PocketBase, feed: ServiceFeed = readServiceFeed()): Promise<number> {
  const agencyIds = new Map<string, string>();
  for (const agency of feed.agencies) {
    const record = await upsertBySlug(pb, 'agencies', agency.id, { code: agency.requestPrefix, name: agency.name, short_name: agency.shortName });
    agencyIds.set(agency.id, record.id);
  }
  const activeSlugs = new Set<string>();
  for (const service of feed.services) {
    await upsertBySlug(pb, 'services', service.id, {
      title: service.title,
      short_title: service.shortTitle ?? service.title,
      agency: agencyIds.get(service.agency),
      steps: stepNames(service),
      completion_amount: service.completionTime?.amount ?? null,
      completion_unit: service.completionTime?.unit ?? '',
      completion_note: service.completionTime?.note ?? '',
      url: service.url,
      active: true,
    });
    activeSlugs.add(service.id);
  }
  for (const stale of await pb.collection('services').getFullList({ filter: 'active = true' })) {
    if (!activeSlugs.has(stale['slug'])) await pb.collection('services').update(stale.id, { active: false });
  }
  return activeSlugs.size;
}
