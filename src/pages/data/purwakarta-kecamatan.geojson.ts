import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** Kecamatan boundaries for the map, from content/geo/ (provenance in its README). */
export const GET: APIRoute = async () => {
  const kecamatan = await getCollection('kecamatan');
  const features = kecamatan.map(({ data }) => ({
    type: 'Feature',
    properties: { code: data.code, name: data.name, lambungSosial: data.lambungSosial },
    geometry: data.geometry,
  }));
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), { headers: { 'Content-Type': 'application/geo+json' } });
};
