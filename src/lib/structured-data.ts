import { mainContact, type AgencyEntry, type ServiceEntry } from './catalogue';
import type { MapPoint } from './geo';
import { completionTimeAsIsoDuration } from '../domain/completion-time';
import { contactHref } from './contact-links';

function governmentOrganization(agency: AgencyEntry) {
  const { contacts } = agency.data;
  const phone = mainContact(agency)?.value;
  const email = contacts.find((contact) => contact.kind === 'email');
  const website = contacts.find((contact) => contact.kind === 'website');
  return {
    '@type': 'GovernmentOrganization',
    name: agency.data.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: agency.data.address,
      addressRegion: agency.data.regency,
      addressCountry: 'ID',
    },
    ...(phone && { telephone: phone }),
    ...(email?.value && { email: email.value }),
    ...(website && { url: contactHref(website) }),
  };
}

/** Where the service is delivered. Coordinates only when surveyed: an approximate point would mislead. */
function place(point: MapPoint, agency: AgencyEntry) {
  const phone = point.contacts.find((contact) => /^(tel:|https:\/\/wa\.me\/)/.test(contact.href ?? ''))?.value;
  return {
    '@type': 'Place',
    name: point.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: point.address,
      addressRegion: agency.data.regency,
      addressCountry: 'ID',
    },
    ...(phone && { telephone: phone }),
    ...(point.precision === 'exact' && {
      geo: { '@type': 'GeoCoordinates', latitude: point.lat, longitude: point.lon },
    }),
    hasMap: point.directions,
  };
}

/** schema.org GovernmentService for a service page. */
export function governmentServiceJsonLd(
  service: ServiceEntry,
  agency: AgencyEntry,
  pageUrl: URL,
  deliveredAt: MapPoint[],
) {
  const { title, summary, completionTime, fee, audience } = service.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: title,
    description: summary,
    url: pageUrl.href,
    inLanguage: 'id',
    provider: governmentOrganization(agency),
    areaServed: { '@type': 'AdministrativeArea', name: agency.data.regency },
    ...(audience && { audience: { '@type': 'Audience', audienceType: audience } }),
    ...(fee?.free && { offers: { '@type': 'Offer', price: '0', priceCurrency: 'IDR', description: fee.text } }),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: pageUrl.href,
      serviceLocation: deliveredAt.map((point) => place(point, agency)),
      ...(completionTime && { processingTime: completionTimeAsIsoDuration(completionTime) }),
    },
  };
}
