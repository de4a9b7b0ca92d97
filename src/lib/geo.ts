// Map data prepared at build time from the collections, in the shape the map islands take.
import { getCollection } from 'astro:content';
import { contactHref, contactLabel } from './contact-links';
import { displayTitle, isInScope, listServicePoints, listServices } from './catalogue';
import { directionsUrl } from './service-routing';
import { servicePath } from './paths';

/** Offices first, then service centres, then the Kantor Camat that serve one kecamatan only. */
const KIND_ORDER = ['kantor-dinas', 'pusat-layanan', 'kantor-camat'] as const;

export async function mapPoints() {
  const services = new Map((await listServices()).map((service) => [service.id, service]));
  const kecamatanNames = new Map((await listKecamatan()).map(({ data }) => [data.code, data.name]));
  const points = (await listServicePoints()).sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.data.name.localeCompare(b.data.name, 'id'),
  );
  return points.map((point) => {
    const { name, kind, address, addressNote, regionCode, kecamatan, location, contacts, openingHours } = point.data;
    return {
      id: point.id,
      name,
      kind,
      agency: point.data.agency.id,
      address,
      addressNote,
      regionCode,
      kecamatan,
      /** A Kantor Camat serves only its own kecamatan. */
      kecamatanName: kecamatan && kecamatanNames.get(kecamatan),
      lat: location.lat,
      lon: location.lon,
      precision: location.precision,
      uncertaintyKm: location.uncertaintyKm,
      basis: location.basis,
      openingHours,
      contacts: contacts.map((contact) => ({
        label: contactLabel(contact),
        value: contact.value ?? '',
        href: contactHref(contact),
      })),
      services: point.data.services.map(({ id }) => {
        const service = services.get(id);
        if (!service)
          throw new Error(
            `content/service-points.yaml: ${point.id} offers "${id}", which is not in content/services/.`,
          );
        return { id, title: displayTitle(service), href: servicePath(id) };
      }),
      directions: directionsUrl({ name, address, lat: location.lat, lon: location.lon, precision: location.precision }),
    };
  });
}
export type MapPoint = Awaited<ReturnType<typeof mapPoints>>[number];

/** Where a service is delivered: the offices and service points that list it in content/service-points.yaml. */
export async function deliveryPoints(serviceId: string): Promise<MapPoint[]> {
  return (await mapPoints()).filter((point) => point.services.some((service) => service.id === serviceId));
}

/** The delivery points as the online application's confirmation takes them: only what it shows. */
export async function deliveryPointsForIsland(serviceId: string) {
  return (await deliveryPoints(serviceId)).map(
    ({ name, address, addressNote, openingHours, contacts, directions }) => ({
      name,
      address,
      addressNote: addressNote ?? null,
      openingHours: openingHours ?? null,
      contacts,
      directions,
    }),
  );
}

/** The kecamatan of the kabupaten this build serves (only Purwakarta's are in content/geo/). */
export async function listKecamatan() {
  return (await getCollection('kecamatan')).filter((kecamatan) => isInScope(kecamatan.data.code));
}

export async function listVillages() {
  return (await getCollection('villages')).filter((village) => isInScope(village.data.code));
}

export async function kecamatanSummaries() {
  const kecamatan = await listKecamatan();
  return kecamatan
    .map(({ data }) => ({
      code: data.code,
      name: data.name,
      lambungSosial: data.lambungSosial,
      villageCount: data.villageCount,
      centroid: data.centroid,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export const POINT_KIND_LABELS = {
  'kantor-dinas': 'Kantor Dinas Sosial',
  'pusat-layanan': 'Pusat layanan',
  'kantor-camat': 'Kantor Camat (Lambung Sosial)',
} as const;

export function precisionNote(point: Pick<MapPoint, 'precision' | 'uncertaintyKm' | 'basis'>): string | undefined {
  if (point.precision === 'exact') return undefined;
  const within = point.uncertaintyKm ? ` (bisa meleset hingga ±${point.uncertaintyKm.toLocaleString('id-ID')} km)` : '';
  return `Lokasi perkiraan${within}: ${point.basis}`;
}
