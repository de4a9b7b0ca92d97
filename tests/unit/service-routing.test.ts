import { describe, expect, it } from 'vitest';
import { describeRoute, directionsUrl, routeForKecamatan, type RoutedPoint } from '../../src/lib/service-routing';

const points: RoutedPoint[] = [
  { id: 'dinsos-p3a-purwakarta', name: 'Dinas Sosial P3A Kabupaten Purwakarta', kind: 'kantor-dinas', address: 'Jl. Taman Pahlawan No.9' },
  { id: 'pusat-layanan-jamsos-fakir-miskin-purwakarta', name: 'Pusat Layanan', kind: 'pusat-layanan', address: 'Jalan Industri' },
  { id: 'dinsos-pppa-banjarnegara', name: 'Dinas Sosial PPPA Kabupaten Banjarnegara', kind: 'kantor-dinas', address: 'Jl. Letjend. Karjono' },
  { id: 'kantor-camat-darangdan', name: 'Kantor Camat Darangdan', kind: 'kantor-camat', address: 'Kecamatan Darangdan', kecamatan: '32.14.06' },
];

describe('routeForKecamatan', () => {
  it('sends a Lambung Sosial kecamatan to its Camat as well as to the Purwakarta offices', () => {
    const route = routeForKecamatan({ code: '32.14.06', name: 'Darangdan', lambungSosial: true }, points);
    expect(route.offices.map((office) => office.id)).toEqual(['dinsos-p3a-purwakarta', 'pusat-layanan-jamsos-fakir-miskin-purwakarta']);
    expect(route.camat?.id).toBe('kantor-camat-darangdan');
    expect(describeRoute('Desa Linggasari, Kecamatan Darangdan,', { code: '32.14.06', name: 'Darangdan', lambungSosial: true }, route)[1]).toContain('kepada Camat, di Kantor Camat Darangdan');
  });

  it('has no Camat route elsewhere', () => {
    const plered = { code: '32.14.04', name: 'Plered', lambungSosial: false };
    const route = routeForKecamatan(plered, points);
    expect(route.camat).toBeUndefined();
    expect(describeRoute('Desa Anjun, Kecamatan Plered,', plered, route)[1]).toBe('Kecamatan Plered tidak memiliki Lambung Sosial: usulan logistik bencana diajukan kepada Kepala Dinas Sosial P3A.');
  });
});

describe('directionsUrl', () => {
  it('searches by name and address for approximate points, and routes to coordinates for exact ones', () => {
    const office = { name: 'Kantor Camat Sukasari', address: 'Kecamatan Sukasari', lat: -6.557169, lon: 107.29888 };
    expect(directionsUrl({ ...office, precision: 'approximate' })).toBe('https://www.google.com/maps/search/?api=1&query=Kantor%20Camat%20Sukasari%2C%20Kecamatan%20Sukasari');
    expect(directionsUrl({ ...office, precision: 'exact' })).toBe('https://www.google.com/maps/dir/?api=1&destination=-6.557169,107.29888');
  });
});
