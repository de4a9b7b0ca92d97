import type { APIRoute } from 'astro';
import { listKecamatan } from '../../lib/geo';

/** Kecamatan boundaries for the map, from content/geo/ (provenance in its README); none when the build serves another kabupaten. */
export const GET: APIRoute = async () => {
  const kecamatan = await listKecamatan();
  const features = kecamatan.map(({ data }) => ({
    type: 'Feature',
    properties: { code: data.code, name: data.name, lambungSosial: data.lambungSosial },
    geometry: data.geometry,
  }));
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
