// A leaflet says its text is copied as it is: so its header is its source document's own, its
// completion time the source's words, and its complaint channels come with the steps of a direct
// complaint where the source gives them (issue 29, item 17). Reads dist/ and content/sources/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const feed = JSON.parse(readFileSync(join(dist, 'data/layanan.json'), 'utf8')) as {
  services: {
    id: string;
    source: { id: string };
    completionTime?: { written: string; amount: number; unit: string };
    complaints?: { directSteps?: string[] };
  }[];
};
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The source as text: markdown marks and link targets dropped, spaces made single. */
const sourceText = (id: string) =>
  flat(
    readFileSync(join(root, 'content/sources', `${id}.txt`), 'utf8')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/[*#]/g, ''),
  );
const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const leaflet = (id: string) => readFileSync(join(dist, 'layanan', id, 'leaflet', 'index.html'), 'utf8');
/** The header's lines as printed (one per <br>). */
const headerLines = (html: string) =>
  decode(html.match(/<header class="leaflet-head"[^>]*>([\s\S]*?)<\/header>/)![1]!)
    .split(/<br[^>]*>|<\/p>/)
    .map((line) => flat(line.replace(/<[^>]+>/g, ' ')))
    .filter(Boolean);
const text = (html: string) => flat(decode(html.replace(/<\/?abbr[^>]*>/g, '').replace(/<[^>]+>/g, ' ')));

describe.each(feed.services)('leaflet of $id', (service) => {
  const html = leaflet(service.id);

  it('opens with its source document’s own header, line by line', () => {
    const lines = headerLines(html);
    expect(lines.length).toBeGreaterThan(1);
    const source = sourceText(service.source.id);
    expect(lines.filter((line) => !source.includes(line))).toEqual([]);
  });

  // Declared only for the services whose source gives them, so no test is reported as skipped.
  const completionTime = service.completionTime;
  if (completionTime)
    it('gives the completion time in the source’s words', () => {
      expect(sourceText(service.source.id)).toContain(completionTime.written);
      expect(text(html)).toContain(completionTime.written);
    });

  const directSteps = service.complaints?.directSteps;
  if (directSteps)
    it('keeps the steps of a direct complaint', () => {
      for (const step of directSteps) expect(text(html)).toContain(step);
    });
});

it('a SIYANSOS service’s leaflet is headed by the Pusat Layanan in Jalan Industri, not the Dinas office', () => {
  const lines = headerLines(leaflet('pengecekan-status-dtks-bansos'));
  expect(lines).toContain('PUSAT LAYANAN PERLINDUNGAN JAMINAN SOSIAL & PENANGANAN FAKIR MISKIN');
  expect(lines).toContain('JALAN INDUSTRI, DESA MARACANG, KEC. BABAKANCIKAO, PURWAKARTA');
  expect(lines.join(' ')).not.toContain('Taman Pahlawan');
});

it('210 Menit is shown as written, with the plain hours as the site’s gloss', () => {
  expect(text(leaflet('kedaruratan-ppks'))).toContain('210 Menit (= 3 jam 30 menit)');
});
