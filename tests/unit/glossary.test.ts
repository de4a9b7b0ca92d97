import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossary, glossHtml, termsIn, type GlossaryTerm } from '../../src/lib/glossary';
import { abbreviationsOf, answeredPagesFirst, answersFor, type GlossaryFeed } from '../../src/lib/glossary-search';

const TERMS: GlossaryTerm[] = [
  {
    id: 'ppks',
    term: 'PPKS',
    expansion: 'Pemerlu Pelayanan Kesejahteraan Sosial',
    meaning: 'orang yang memerlukan pertolongan sosial.',
  },
  { id: 'slrt', term: 'SLRT', expansion: 'Sistem Layanan dan Rujukan Terpadu', meaning: 'layanan sosial terpadu.' },
  { id: 'puskesmas-slrt', term: 'Puskesmas SLRT', meaning: 'tempat layanan SLRT, bukan tempat berobat.' },
  { id: 'asesmen', term: 'asesmen', meaning: 'petugas menilai keadaan.' },
  { id: 'lambung-sosial', term: 'Lambung Sosial', meaning: 'ejaan di leaflet; warga menyebutnya lumbung sosial.' },
  { id: 'ktp', term: 'KTP', expansion: 'Kartu Tanda Penduduk', meaning: 'kartu identitas.', forms: [] },
];
const matchers = compileGlossary(TERMS);
const page = (main: string) =>
  `<html><head><title>PPKS</title></head><body><header><p>PPKS</p></header><main id="isi">${main}</main></body></html>`;

describe('glossHtml', () => {
  it('marks the first use of a term in running text and explains it after its paragraph, once per page', () => {
    const html = glossHtml(
      page('<h1>Layanan bagi PPKS</h1><p>Tim menjangkau <strong>PPKS</strong> terlantar.</p><p>Lagi PPKS.</p>'),
      matchers,
    );
    expect(html).toContain('<h1>Layanan bagi PPKS</h1>');
    expect(html).toContain(
      '<p>Tim menjangkau <strong><abbr title="Pemerlu Pelayanan Kesejahteraan Sosial">PPKS</abbr></strong> terlantar.<span class="gloss" data-istilah="ppks"',
    );
    expect(html.match(/class="gloss"/g)).toHaveLength(1);
    expect(html).toContain('<p>Lagi PPKS.</p>');
    // Outside <main>: untouched.
    expect(html).toContain('<title>PPKS</title>');
    expect(html).toContain('<header><p>PPKS</p></header>');
  });

  it('keeps the official text word for word: only tags are added around it', () => {
    const text = 'Tim Kerja melaksanakan asesmen untuk PPKS di Puskesmas SLRT';
    const html = glossHtml(page(`<ol><li>${text}</li></ol>`), matchers);
    const onlyTheText = html.replace(/<span class="gloss"[\s\S]*?<\/span><\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(onlyTheText).toContain(text);
  });

  it('prefers the longest form, matches words in any case but abbreviations only as written', () => {
    const html = glossHtml(
      page('<p>Datang ke Puskesmas SLRT. Lokasi Asesmen. ppks kecil. Wilayah Lambung  Sosial.</p>'),
      matchers,
    );
    expect(html).toContain('data-istilah="puskesmas-slrt"');
    expect(html).not.toContain('data-istilah="slrt"');
    expect(html).toContain('data-istilah="asesmen"');
    expect(html).toContain('data-istilah="lambung-sosial"');
    expect(html).not.toContain('data-istilah="ppks"');
  });

  it('leaves islands, scripts, hidden text, headings, code and terms with no written forms alone', () => {
    const html = glossHtml(
      page(
        '<astro-island><p>PPKS</p></astro-island><script>if (a<b) x = "PPKS";</script>' +
          '<p hidden>PPKS</p><pre>PPKS</pre><table><tr><th>PPKS</th></tr></table><p>KTP</p><p>PPKS</p>',
      ),
      matchers,
    );
    expect(html).toContain(
      '<astro-island><p>PPKS</p></astro-island><script>if (a<b) x = "PPKS";</script><p hidden>PPKS</p><pre>PPKS</pre>',
    );
    expect(html).toContain('<th>PPKS</th>');
    expect(html).not.toContain('data-istilah="ktp"');
    expect(html).toContain(
      '<p><abbr title="Pemerlu Pelayanan Kesejahteraan Sosial">PPKS</abbr><span class="gloss" data-istilah="ppks"',
    );
  });

  it('leaves a page whose main says data-istilah="tidak" alone', () => {
    const html = `<main data-istilah="tidak"><p>PPKS</p></main>`;
    expect(glossHtml(html, matchers)).toBe(html);
  });
});

describe('termsIn', () => {
  it('lists the terms a plain text uses, in the order of first use', () => {
    expect(termsIn('asesmen awal pada PPKS; lalu asesmen lagi', matchers).map((term) => term.id)).toEqual([
      'asesmen',
      'ppks',
    ]);
  });
});

describe('the glossary content', () => {
  const glossary = readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8');
  it('keeps the source’s spelling “Lambung Sosial” and explains that residents say “lumbung sosial”', () => {
    expect(glossary).toMatch(/lambung-sosial:\n {2}term: Lambung Sosial\n/);
    expect(glossary).toMatch(/aliases: \[lumbung sosial/);
  });
});

describe('answers from the glossary in search', () => {
  const feed: GlossaryFeed = {
    terms: [
      {
        id: 'pkh',
        term: 'PKH',
        expansion: 'Program Keluarga Harapan',
        meaning: 'bantuan uang.',
        aliases: [],
        where: 'Cek di aplikasi Cek Bansos Kemensos.',
        links: [],
      },
      { id: 'bpnt', term: 'BPNT', meaning: 'bantuan pangan.', aliases: ['sembako', 'program sembako'], links: [] },
      {
        id: 'lambung-sosial',
        term: 'Lambung Sosial',
        meaning: 'gudang.',
        aliases: ['lumbung sosial', 'lumbung'],
        links: [],
      },
      { id: 'pbi', term: 'PBI', meaning: 'iuran dibayar pemerintah.', aliases: ['BPJS gratis'], links: [] },
    ],
  };
  it('answer a query naming a term or an alias, as whole words, once per term', () => {
    expect(answersFor('PKH', feed).map((answer) => answer.id)).toEqual(['pkh']);
    expect(answersFor('cek pkh saya', feed).map((answer) => answer.id)).toEqual(['pkh']);
    expect(answersFor('Sembako', feed).map((answer) => answer.id)).toEqual(['bpnt']);
    expect(answersFor('lumbung sosial', feed).map((answer) => answer.id)).toEqual(['lambung-sosial']);
    expect(answersFor('pkhx', feed)).toEqual([]);
  });

  it('answer the term named by more words first: "data bansos" is DTSEN before it is bansos', () => {
    const terms: GlossaryFeed = {
      terms: [
        { id: 'bansos', term: 'bansos', meaning: 'bantuan sosial.', aliases: [], links: [] },
        { id: 'dtsen', term: 'DTSEN', meaning: 'data.', aliases: ['data bansos', 'nama hilang'], links: [] },
      ],
    };
    expect(answersFor('data bansos', terms).map((answer) => answer.id)).toEqual(['dtsen', 'bansos']);
    expect(answersFor('nama hilang dari bansos', terms).map((answer) => answer.id)).toEqual(['dtsen', 'bansos']);
    expect(answersFor('bansos', terms).map((answer) => answer.id)).toEqual(['bansos']);
  });

  it('put the pages the answered terms are about first, in the answers’ order, the rest as they were', () => {
    const bansos = {
      id: 'bansos',
      term: 'bansos',
      meaning: 'bantuan sosial.',
      aliases: [],
      links: [
        { title: 'Pengecekan', href: '/layanan/pengecekan-status-dtks-bansos/' },
        { title: 'Pengusulan DTKS', href: '/layanan/pengusulan-dtks/' },
      ],
    };
    const hits = [
      '/informasi/gerakan-kks-pegang-sendiri/',
      '/layanan/pengusulan-dtks/',
      '/layanan/a/',
      '/layanan/pengecekan-status-dtks-bansos/',
      '/layanan/b/',
    ];
    expect(
      answeredPagesFirst(
        hits.map((url) => ({ url })),
        [bansos],
      ).map((hit) => hit.url),
    ).toEqual([
      '/layanan/pengecekan-status-dtks-bansos/',
      '/layanan/pengusulan-dtks/',
      '/informasi/gerakan-kks-pegang-sendiri/',
      '/layanan/a/',
      '/layanan/b/',
    ]);
    expect(
      answeredPagesFirst(
        hits.map((url) => ({ url })),
        [],
      ).map((hit) => hit.url),
    ).toEqual(hits);
  });

  it('know the abbreviations search must match as written', () => {
    expect([...abbreviationsOf(feed)].sort()).toEqual(['bpjs', 'bpnt', 'pbi', 'pkh']);
  });
});

describe('glossHtml on one-page print pages', () => {
  it('marks first uses and lists the terms briefly where the page asks, in order of use', () => {
    const html = glossHtml(
      '<main data-istilah="ringkas"><p>asesmen bagi PPKS</p><p>PPKS lagi</p><p data-istilah-daftar></p></main>',
      matchers,
    );
    expect(html).toContain('<p>asesmen bagi <abbr title="Pemerlu Pelayanan Kesejahteraan Sosial">PPKS</abbr></p>');
    expect(html).not.toContain('class="gloss"');
    expect(html).toContain(
      '<p data-istilah-daftar><span class="gloss-label">Arti istilah:</span> <b>asesmen</b>: petugas menilai ' +
        'keadaan; <b>PPKS</b> = Pemerlu Pelayanan Kesejahteraan Sosial.</p>',
    );
  });
});
