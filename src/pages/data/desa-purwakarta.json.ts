import type { APIRoute } from 'astro';
import { listVillages } from '../../lib/geo';

/** Desa and kelurahan of Kabupaten Purwakarta with their kecamatan and centroid (none when the build serves another kabupaten). */
export const GET: APIRoute = async () => {
  const villages = await listVillages();
  const rows = villages
    .map(({ data }) => ({
      code: data.code,
      name: data.name,
      type: data.type,
      kecamatan: data.kecamatanCode,
      lat: data.lat,
      lon: data.lon,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
