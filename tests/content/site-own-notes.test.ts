// What the sources say stays in their words; what the site adds is said to be its own (issue 29,
// items 15 and 16). Reads the built site in dist/ and the sources in content/sources/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const feed = JSON.parse(readFileSync(join(dist, 'data/layanan.json'), 'utf8')) as {
  agencies: { id: string; address: string }[];
  services: { id: string; agency: string; source: { id: string } }[];
};
const points = JSON.parse(readFileSync(join(dist, 'data/titik-layanan.json'), 'utf8')) as {
  id: string;
  kind: string;
  agency: string;
  address: string;
  addressNote?: string;
}[];
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const sourceWordsOf = (agency: string) =>
  [...new Set(feed.services.filter((service) => service.agency === agency).map((service) => service.source.id))].map(
    (source) => ` ${words(readFileSync(join(root, 'content/sources', `${source}.txt`), 'utf8')).join(' ')} `,
  );
/** The address is the source's words in the source's order (case and punctuation aside). */
const inSourceWords = (address: string, agency: string) =>
  sourceWordsOf(agency).some((source) => source.includes(` ${words(address).join(' ')} `));
const pageText = (path: string) =>
  readFileSync(join(dist, path, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('addresses', () => {
  it.each(feed.agencies)('the office $id is at the address its source gives, in its words', (agency) => {
    expect(inSourceWords(agency.address, agency.id), agency.address).toBe(true);
  });

  it.each(points.filter((point) => point.kind !== 'kantor-camat'))(
    'the service point $id is at the address its source gives, in its words',
    (point) => {
      expect(inSourceWords(point.address, point.agency), point.address).toBe(true);
    },
  );

  it('Rokan Hulu: the seed’s own words, and the town only as the site’s note', () => {
    const office = points.find((point) => point.id === 'dinsos-p3a-rokan-hulu')!;
    expect(office.address).toBe('Jalan Keadilan Komplek Perkantoran Pemda 28557');
    expect(office.addressNote).toMatch(/Pasir Pengaraian.*keterangan situs ini, tidak tertulis di dokumen sumber/);
    const page = pageText('layanan/respon-kasus-anak');
    expect(page).toContain('Jalan Keadilan Komplek Perkantoran Pemda 28557 Di Pasir Pengaraian');
    expect(page).not.toMatch(/Pemda,? Pasir Pengaraian/);
  });
});

describe('Puskesmas SLRT', () => {
  it('stays as Banjarnegara’s document writes it, and is explained as the Puskesos SLRT, not a clinic', () => {
    const page = pageText('layanan/santunan-anak-terlantar');
    expect(page).toContain('datang ke Puskesmas SLRT dengan membawa surat permohonan');
    expect(page).toMatch(
      /Arti: Puskesmas SLRT ?: .*hampir pasti Puskesos SLRT \(Pusat Kesejahteraan Sosial.*bukan puskesmas tempat berobat/,
    );
    expect(page).toContain('Catatan situs ini');
  });
});
