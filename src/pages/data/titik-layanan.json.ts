import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { listServicePoints } from '../../lib/catalogue';

/** Offices and service points with their location, its precision and provenance (open data). */
export const GET: APIRoute = async () => {
  const regions = new Map((await getCollection('regions')).map((region) => [region.id, region.data]));
  const points = (await listServicePoints()).map(({ id, data }) => {
    const region = regions.get(data.regionCode);
    if (!region)
      throw new Error(
        `content/service-points.yaml: ${id} has regionCode ${data.regionCode}, which is not in content/geo/regions.yaml.`,
      );
    return {
      id,
      ...data,
      agency: data.agency.id,
      services: data.services.map((service) => service.id),
      region: { code: data.regionCode, ...region },
    };
  });
  return new Response(JSON.stringify(points, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
