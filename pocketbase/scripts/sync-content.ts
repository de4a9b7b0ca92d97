// Derives PocketBase's reference data from what the site build emits from content/: agencies and
// services from the service feed, kecamatan and villages from the geodata. content/ stays the only
// place where any of it is written.
import { readFileSync } from 'node:fs';
import type PocketBase from 'pocketbase';
import type { FeedService } from '../../src/lib/service-feed.ts';
import { PROJECT_ROOT } from './server.ts';

interface ServiceFeed {
  version: number;
  agencies: { id: string; requestPrefix: string; regionCode: string; name: string; shortName: string }[];
  services: FeedService[];
}

interface KecamatanFeed {
  features: { properties: { code: string; name: string; lambungSosial: boolean } }[];
}

interface VillageRow {
  code: string;
  name: string;
  type: 'desa' | 'kelurahan';
  kecamatan: string;
}

const BUILT_DATA = `${PROJECT_ROOT}dist/data`;

function readBuilt<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(`${BUILT_DATA}/${file}`, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read ${BUILT_DATA}/${file} — build the site first (npm run build). ${String(error)}`);
  }
}

export const readServiceFeed = () => readBuilt<ServiceFeed>('layanan.json');

/** Step names for status tracking: the procedure's top-level steps. */
export function stepNames(service: FeedService): string[] {
  return service.procedure?.steps.map((step) => step.text) ?? ['Permohonan diterima dan diproses'];
}

async function upsertBySlug(pb: PocketBase, collection: string, slug: string, data: Record<string, unknown>) {
  const existing = await pb.collection(collection).getFirstListItem(pb.filter('slug = {:slug}', { slug })).catch(() => null);
  return existing ? pb.collection(collection).update(existing.id, data) : pb.collection(collection).create({ slug, ...data });
}

/** Inserts or updates records by a unique field, touching only what changed. */
async function upsertAll(pb: PocketBase, collection: string, key: string, rows: Record<string, unknown>[]): Promise<Map<string, string>> {
  const existing = new Map((await pb.collection(collection).getFullList({ batch: 500 })).map((record) => [record[key] as string, record]));
  const ids = new Map<string, string>();
  for (const row of rows) {
    const current = existing.get(row[key] as string);
    const changed = !current || Object.entries(row).some(([field, value]) => current[field] !== value);
    const saved = !current ? await pb.collection(collection).create(row) : changed ? await pb.collection(collection).update(current.id, row) : current;
    ids.set(row[key] as string, saved.id);
  }
  return ids;
}

/** Kecamatan and desa/kelurahan, each kecamatan tied to the office of its regency. */
export async function syncVillages(pb: PocketBase, agencyIds: Map<string, string>): Promise<number> {
  const regencyOffices = new Map(readServiceFeed().agencies.map((agency) => [agency.regionCode, agencyIds.get(agency.id)]));
  const kecamatan = readBuilt<KecamatanFeed>('purwakarta-kecamatan.geojson').features.map(({ properties }) => ({
    code: properties.code,
    name: properties.name,
    lambung_sosial: properties.lambungSosial,
    agency: regencyOffices.get(properties.code.slice(0, 5)),
  }));
  const kecamatanIds = await upsertAll(pb, 'kecamatan', 'code', kecamatan);
  const villages = readBuilt<VillageRow[]>('desa-purwakarta.json').map((village) => ({
    code: village.code,
    name: village.name,
    type: village.type,
    kecamatan: kecamatanIds.get(village.kecamatan),
  }));
  return (await upsertAll(pb, 'villages', 'code', villages)).size;
}

/** Everything reference data; needs a client authenticated as superuser. */
export async function syncContent(pb: PocketBase): Promise<{ services: number; villages: number }> {
  const { services, agencyIds } = await syncServices(pb);
  return { services, villages: await syncVillages(pb, agencyIds) };
}

/** Agencies and services. Returns the number of active services and the agencies' record ids. */
export async function syncServices(pb: PocketBase, feed: ServiceFeed = readServiceFeed()): Promise<{ services: number; agencyIds: Map<string, string> }> {
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
  return { services: activeSlugs.size, agencyIds };
}
