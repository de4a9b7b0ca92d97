// Every requirement and procedure step of every source document must appear, word for word,
// on the built page of the service that cites it. Reads content/sources/*.txt (the documents as
// received) and dist/ (run after the build).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const feed = JSON.parse(readFileSync(`${root}dist/data/layanan.json`, 'utf8')) as {
  services: { id: string; source: { id: string } }[];
};

const normalise = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().replace(/[;.]$/, '').trim();

function pageText(serviceId: string): string {
  const html = readFileSync(`${root}dist/layanan/${serviceId}/index.html`, 'utf8');
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    // The glossary marks a term's first use with <abbr>, which adds no text: "(<abbr>DTKS</abbr>)" reads "(DTKS)".
    .replace(/<\/?abbr[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  return normalise(text);
}

/** Numbered lines ("1. …") between two headings of the Standar Pelayanan print layout. */
function numberedLinesBetween(text: string, start: string, end: string): string[] {
  const section = text.slice(text.indexOf(`\n${start}\n`), text.indexOf(`\n${end}\n`));
  return [...section.matchAll(/^\d+\. (.+)$/gm)].map((match) => normalise(match[1]!));
}

/** Items of a numbered row of the Standar Pelayanan table layout ("3.\tPersyaratan Pelayanan\t<ol>1. …2. …"). */
function tableRowItems(text: string, rowNumber: number): string[] {
  const start = text.indexOf(`\n${rowNumber}.\t`);
  const end = text.indexOf(`\n${rowNumber + 1}.\t`);
  const cell = text
    .slice(start, end)
    .split('\t')
    .slice(2)
    .join(' ')
    .replace(/<[^>]+>/g, ' ');
  return cell
    .split(/(?:^|\s|(?<=[a-zA-Z;.)]))\d+\.\s/)
    .map(normalise)
    .filter((item) => item.length > 0);
}

/** Bullet and numbered items of the SIYANSOS leaflet, from the first service section on. */
function leafletItems(text: string): string[] {
  const services = text.slice(text.indexOf('## Pengecekan'));
  return [...services.matchAll(/^\s*(?:-|\d+\.) (.+)$/gm)].map((match) => normalise(match[1]!));
}

const SOURCES: Record<string, (text: string) => string[]> = {
  'purwakarta-standar-pelayanan-rujukan-ppks-terlantar': (text) => [
    ...numberedLinesBetween(text, 'Persyaratan', 'Sistem, Mekanisme dan Prosedur'),
    ...numberedLinesBetween(text, 'Sistem, Mekanisme dan Prosedur', 'Waktu Penyelesaian'),
  ],
  'purwakarta-standar-pelayanan-kedaruratan-ppks': (text) => [...tableRowItems(text, 3), ...tableRowItems(text, 4)],
  'banjarnegara-standar-pelayanan-santunan-anak-terlantar': (text) => [
    ...numberedLinesBetween(text, 'Persyaratan', 'Sistem, Mekanisme dan Prosedur'),
    ...numberedLinesBetween(text, 'Sistem, Mekanisme dan Prosedur', 'Waktu Penyelesaian'),
  ],
  'rokan-hulu-standar-pelayanan-respon-kasus-anak': (text) => [
    ...numberedLinesBetween(text, 'Persyaratan', 'Sistem, Mekanisme dan Prosedur'),
    ...numberedLinesBetween(text, 'Sistem, Mekanisme dan Prosedur', 'Waktu Penyelesaian'),
  ],
  'purwakarta-leaflet-siyansos': leafletItems,
};

describe('source documents are transcribed onto the built pages', () => {
  for (const [sourceId, extract] of Object.entries(SOURCES)) {
    it(sourceId, () => {
      const items = extract(readFileSync(`${root}content/sources/${sourceId}.txt`, 'utf8'));
      const services = feed.services.filter((service) => service.source.id === sourceId).map((service) => service.id);
      expect(services.length).toBeGreaterThan(0);
      expect(items.length).toBeGreaterThan(3);
      const pages = services.map(pageText).join(' ');
      const missing = items.filter((item) => !pages.includes(item));
      expect(missing, `missing on ${services.join(', ')}`).toEqual([]);
    });
  }

  it('covers every source document', () => {
    const cited = new Set(feed.services.map((service) => service.source.id));
    expect([...cited].sort()).toEqual(Object.keys(SOURCES).sort());
  });
});
