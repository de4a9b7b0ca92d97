// Which offices serve a Purwakarta village, for which services, and where its disaster-logistics
// proposals may go (SIYANSOS leaflet: to the Kepala Dinas, or to the Camat where the kecamatan has
// a Lambung Sosial).

export interface RoutedPoint {
  id: string;
  name: string;
  kind: 'kantor-dinas' | 'pusat-layanan' | 'kantor-camat';
  address: string;
  /** Kemendagri code of its kabupaten ("32.14"). */
  regionCode: string;
  kecamatan?: string | undefined;
  services: { id: string; title: string; href: string }[];
}

export interface KecamatanSummary {
  code: string;
  name: string;
  lambungSosial: boolean;
}

export interface VillageRoute {
  /** The kabupaten's offices and service points that serve every village, each with its services. */
  offices: RoutedPoint[];
  /** The Kantor Camat that accepts disaster-logistics proposals, where there is a Lambung Sosial. */
  camat: RoutedPoint | undefined;
}

export function routeForKecamatan(kecamatan: KecamatanSummary, points: RoutedPoint[]): VillageRoute {
  return {
    offices: points.filter((point) => point.kind !== 'kantor-camat' && point.regionCode === kecamatan.code.slice(0, 5)),
    camat: kecamatan.lambungSosial
      ? points.find((point) => point.kind === 'kantor-camat' && point.kecamatan === kecamatan.code)
      : undefined,
  };
}

/** The plain-language answer to "Kantor mana yang melayani desa saya?": who serves what, and the Lambung Sosial route. */
export function describeRoute(place: string, kecamatan: KecamatanSummary, route: VillageRoute) {
  return {
    lead: `${place} dilayani di:`,
    offices: route.offices,
    proposals: route.camat
      ? `Kecamatan ${kecamatan.name} memiliki Lambung Sosial: usulan logistik bencana dari desa/kelurahan dapat ` +
        `diajukan kepada Kepala Dinas Sosial P3A atau kepada Camat, di ${route.camat.name}.`
      : `Kecamatan ${kecamatan.name} tidak memiliki Lambung Sosial: usulan logistik bencana diajukan kepada Kepala Dinas Sosial P3A.`,
  };
}
export type RouteAnswer = ReturnType<typeof describeRoute>;

/** A service done first at the resident's own village/kelurahan office (content: `throughVillage`). */
export interface VillageService {
  title: string;
  href: string;
  /** Who at the village office handles it, in the source's words ("Pengisi Data Desa/Kelurahan"). */
  who: string;
}

/** "Kantor Desa Maracang": what to ask for at the resident's own village office, when the kabupaten has such services. */
export function villageOfficeAnswer(
  village: { name: string; type: 'desa' | 'kelurahan' } | undefined,
  services: VillageService[],
) {
  if (services.length === 0) return undefined;
  const office = village
    ? `Kantor ${village.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village.name}`
    : 'Kantor desa/kelurahan Anda';
  return { office, services };
}

/**
 * A link that opens the phone's maps app. For approximate points, a search by name and address
 * (the maps app may know the real office); for exact points, directions to the coordinates.
 */
export function directionsUrl(point: {
  name: string;
  address: string;
  lat: number;
  lon: number;
  precision: 'exact' | 'approximate';
}): string {
  if (point.precision === 'exact')
    return `https://www.google.com/maps/dir/?api=1&destination=${point.lat},${point.lon}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${point.name}, ${point.address}`)}`;
}
