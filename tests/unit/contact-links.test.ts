import { describe, expect, it } from 'vitest';
import { contactHref, contactLabel } from '../../src/lib/contact-links';
import { internationalPhoneDigits } from '../../src/domain/phone';

describe('contact links', () => {
  it('turn Indonesian numbers as written into international digits', () => {
    expect(internationalPhoneDigits('0877 2444 7749')).toBe('6287724447749');
    expect(internationalPhoneDigits('(0286) 591892')).toBe('62286591892');
    expect(internationalPhoneDigits('0264-8304578')).toBe('622648304578');
    expect(internationalPhoneDigits('+62 813 7471 5282')).toBe('6281374715282');
  });

  it('make tappable tel:, WhatsApp and mailto: links', () => {
    expect(contactHref({ kind: 'telepon', value: '081 327 191 692' })).toBe('tel:+6281327191692');
    expect(contactHref({ kind: 'whatsapp', value: '0813 7471 5282' })).toBe('https://wa.me/6281374715282');
    expect(contactHref({ kind: 'email', value: 'dissospppa@gmail.com' })).toBe('mailto:dissospppa@gmail.com');
    expect(contactHref({ kind: 'call-center', value: '171' })).toBe('tel:171');
  });

  it('never invent an address the source does not give', () => {
    expect(contactHref({ kind: 'facebook', value: 'Dinas Sosial Ppa Rohul' })).toBeUndefined();
    expect(contactHref({ kind: 'instagram', value: 'Dinas Sosial Ppa Rohul' })).toBeUndefined();
    expect(contactHref({ kind: 'datang-langsung' })).toBeUndefined();
  });

  it('use the source label when it has one', () => {
    expect(contactLabel({ kind: 'telepon', label: 'Telp./Fax.', value: '0264-8304578' })).toBe('Telp./Fax.');
    expect(contactLabel({ kind: 'kotak-saran' })).toBe('Kotak saran');
  });
});
