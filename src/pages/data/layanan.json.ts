import type { APIRoute } from 'astro';
import { agencyOf, complaintProcedureOf, listAgencies, listServices, sourceOf } from '../../lib/catalogue';
import { SERVICE_FEED_VERSION, feedAgency, feedService } from '../../lib/service-feed';
import { isoDay } from '../../lib/dates';
import { ROUTES } from '../../domain/routes';
import { householdFeedOf } from '../../lib/household-offices';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` (PUBLIC_SITE_URL) for the service feed.');
  const services = await listServices();
  const feed = {
    version: SERVICE_FEED_VERSION,
    title: 'Layanan Sosial — Standar Pelayanan',
    license: 'Informasi publik (UU 14/2008 tentang Keterbukaan Informasi Publik)',
    updated: isoDay(new Date(Math.max(...services.map((service) => service.data.checked.getTime())))),
    // Live figures (satisfaction index, completion within the standard's time, complaints), aggregates only.
    performance: new URL(ROUTES.performanceFeed.path, site).href,
    agencies: await Promise.all(
      (await listAgencies()).map(async (agency) => feedAgency(agency, site, await householdFeedOf(agency))),
    ),
    services: await Promise.all(
      services.map(async (service) => {
        const agency = await agencyOf(service);
        return feedService(service, {
          site,
          source: await sourceOf(service),
          complaints: complaintProcedureOf(service, agency),
        });
      }),
    ),
  };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
