import type { AgencyEntry, ServiceEntry } from './catalogue';
import { completionTimeAsIsoDuration } from '../domain/completion-time';
import { contactHref } from './contact-links';

function governmentOrganization(agency: AgencyEntry) {
  const { contacts } = agency.data;
  const phone = contacts.find((contact) => contact.kind === 'telepon' || contact.kind === 'whatsapp');
  const email = contacts.find((contact) => contact.kind === 'email');
  const website = contacts.find((contact) => contact.kind === 'website');
  return {
    '@type': 'GovernmentOrganization',
    name: agency.data.name,
    address: { '@type': 'PostalAddress', streetAddress: agency.data.address, addressRegion: agency.data.regency, addressCountry: 'ID' },
    ...(phone?.value && { telephone: phone.value }),
    ...(email?.value && { email: email.value }),
    ...(website && { url: contactHref(website) }),
  };
}

/** schema.org GovernmentService for a service page. */
export function governmentServiceJsonLd(service: ServiceEntry, agency: AgencyEntry, pageUrl: URL) {
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
      serviceLocation: { '@type': 'Place', name: agency.data.name, address: agency.data.address },
      ...(completionTime && { processingTime: completionTimeAsIsoDuration(completionTime) }),
    },
  };
}
