import type { ContactChannel } from './content-schemas';
import { internationalPhoneDigits } from '../domain/phone';

const DEFAULT_LABELS: Record<ContactChannel['kind'], string> = {
  telepon: 'Telepon',
  whatsapp: 'WhatsApp',
  'call-center': 'Call center',
  email: 'Email',
  website: 'Website',
  instagram: 'Instagram',
  facebook: 'Facebook',
  surat: 'Alamat surat',
  'datang-langsung': 'Datang langsung',
  'kotak-saran': 'Kotak saran',
  'media-sosial': 'Media sosial',
};

export function contactLabel(channel: ContactChannel): string {
  return channel.label ?? DEFAULT_LABELS[channel.kind];
}

/** Where tapping the channel should go, or undefined when the source gives nothing to open. */
export function contactHref(channel: ContactChannel): string | undefined {
  if (channel.url) return channel.url;
  if (!channel.value) return undefined;
  switch (channel.kind) {
    case 'telepon':
      return `tel:+${internationalPhoneDigits(channel.value)}`;
    case 'call-center':
      return `tel:${internationalPhoneDigits(channel.value)}`;
    case 'whatsapp':
      return `https://wa.me/${internationalPhoneDigits(channel.value)}`;
    case 'email':
      return `mailto:${channel.value}`;
    default:
      return undefined;
  }
}
