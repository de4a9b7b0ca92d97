import { describe, expect, it } from 'vitest';
import { describeRoute, directionsUrl, routeForKecamatan, type RoutedPoint } from '../../src/lib/service-routing';

const service = (id: string, title: string) => ({ id, title, href: `/layanan/${id}/` });
const points: RoutedPoint[] = [
  {
    id: 'dinsos-p3a-purwakarta',
    name: 'Dinas Sosial P3A Kabupaten Purwakarta',
    kind: 'kantor-dinas',
    address: 'Jl. Taman Pahlawan No.9',
    regionCode: '32.14',
    services: [service('kedaruratan-ppks', 'Kedaruratan PPKS')],
  },
  {
    id: 'pusat-layanan-jamsos-fakir-miskin-purwakarta',
    name: 'Pusat Layanan',
    kind: 'pusat-layanan',
    address: 'Jalan Industri, Desa Maracang',
    regionCode: '32.14',
    services: [
      service('pengecekan-status-dtks-bansos', 'Pengecekan'),
      service('pengusulan-logistik-kebencanaan', 'Logistik'),
    ],
  },
  {
    id: 'dinsos-pppa-banjarnegara',
    name: 'Dinas Sosial PPPA Kabupaten Banjarnegara',
    kind: 'kantor-dinas',
    address: 'Jl. Letjend. Karjono',
    regionCode: '33.04',
    services: [service('santunan-anak-terlantar', 'Santunan')],
  },
  {
    id: 'kantor-camat-darangdan',
    name: 'Kantor Camat Darangdan',
    kind: 'kantor-camat',
    address: 'Kecamatan Darangdan',
    regionCode: '32.14',
    kecamatan: '32.14.06',
    services: [service('pengusulan-logistik-kebencanaan', 'Logistik')],
  },
];

describe('routeForKecamatan', () => {
  it('answers with the offices of the village’s own kabupaten, each with the services it delivers', () => {
    const darangdan = { code: '32.14.06', name: 'Darangdan', lambungSosial: true };
    const route = routeForKecamatan(darangdan, points);
    expect(route.offices.map((office) => office.id)).toEqual([
      'dinsos-p3a-purwakarta',
      'pusat-layanan-jamsos-fakir-miskin-purwakarta',
    ]);
    const answer = describeRoute('Desa Linggasari, Kecamatan Darangdan, Kabupaten Purwakarta,', darangdan, route);
    expect(answer.lead).toBe('Desa Linggasari, Kecamatan Darangdan, Kabupaten Purwakarta, dilayani di:');
    expect(answer.offices.find((office) => office.kind === 'pusat-layanan')!.services.map((each) => each.id)).toContain(
      'pengecekan-status-dtks-bansos',
    );
    expect(route.camat?.id).toBe('kantor-camat-darangdan');
    expect(answer.proposals).toContain('kepada Camat, di Kantor Camat Darangdan');
  });

  it('has no Camat route elsewhere', () => {
    const plered = { code: '32.14.04', name: 'Plered', lambungSosial: false };
    const route = routeForKecamatan(plered, points);
    expect(route.camat).toBeUndefined();
    expect(describeRoute('Desa Anjun, Kecamatan Plered,', plered, route).proposals).toBe(
      'Kecamatan Plered tidak memiliki Lambung Sosial: usulan logistik bencana diajukan kepada Kepala Dinas Sosial P3A.',
    );
  });
});

describe('directionsUrl', () => {
  it('searches by name and address for approximate points, and routes to coordinates for exact ones', () => {
    const office = { name: 'Kantor Camat Sukasari', address: 'Kecamatan Sukasari', lat: -6.557169, lon: 107.29888 };
    expect(directionsUrl({ ...office, precision: 'approximate' })).toBe(
      'https://www.google.com/maps/search/?api=1&query=Kantor%20Camat%20Sukasari%2C%20Kecamatan%20Sukasari',
    );
    expect(directionsUrl({ ...office, precision: 'exact' })).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=-6.557169,107.29888',
    );
  });
});
