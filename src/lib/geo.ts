// Map data prepared at build time from the collections, in the shape the map islands take.
import { getCollection } from 'astro:content';
import { contactHref, contactLabel } from './contact-links';
import { displayTitle } from './catalogue';
import { directionsUrl } from './service-routing';
import { servicePath } from './paths';


export async function mapPoints() {
  const services = new Map((await getCollection('services')).map((service) => [service.id, service]));
  const points = await getCollection('servicePoints');
  return points.map((point) => {
    const { name, kind, address, kecamatan, location, contacts, openingHours } = point.data;
    return {
      id: point.id,
      name,
      kind,
      address,
      kecamatan,
      lat: location.lat,
      lon: location.lon,
      precision: location.precision,
      uncertaintyKm: location.uncertaintyKm,
      basis: location.basis,
      openingHours,
      contacts: contacts.map((contact) => ({ label: contactLabel(contact), value: contact.value ?? '', href: contactHref(contact) })),
      services: point.data.services.map(({ id }) => {
        const service = services.get(id);
        if (!service) throw new Error(`content/service-points.yaml: ${point.id} offers "${id}", which is not in content/services/.`);
        return { title: displayTitle(service), href: servicePath(id) };
      }),
      directions: directionsUrl({ name, address, lat: location.lat, lon: location.lon, precision: location.precision }),
    };
  });
}
export type MapPoint = Awaited<ReturnType<typeof mapPoints>>[number];

/** Where a service is delivered: the service points that offer it, as the confirmation page shows them. */
export async function deliveryPointsOf(serviceId: string) {
  return (await mapPoints())
    .filter((point) => point.services.some((service) => service.href === servicePath(serviceId)))
    .map(({ name, address, openingHours, contacts, directions }) => ({ name, address, openingHours: openingHours ?? null, contacts, directions }));
}

export async function kecamatanSummaries() {
  const kecamatan = await getCollection('kecamatan');
  return kecamatan
    .map(({ data }) => ({ code: data.code, name: data.name, lambungSosial: data.lambungSosial, villageCount: data.villageCount, centroid: data.centroid }))
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
