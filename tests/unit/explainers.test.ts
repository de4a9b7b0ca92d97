// The explainers (content/explainers.yaml) as the build reads them: every fact carries a source and
// a checking date, every link goes to a page of the built site, and a fact not checked for more than
// six months is named in the build's warnings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/lib/content-schemas';
import { explainerFacts, staleFactWarnings } from '../../src/lib/fact-freshness';

const explainers = parse(readFileSync('content/explainers.yaml', 'utf8')) as Record<string, unknown>;

describe('the explainers', () => {
  it('every fact has its source and checking date (the schema refuses one without)', () => {
    for (const [id, explainer] of Object.entries(explainers)) {
      expect(explainerSchema.safeParse(explainer).success, id).toBe(true);
      const { sections } = explainerSchema.parse(explainer);
      const withoutSource = structuredClone(explainer) as { sections: { facts: { source?: string }[] }[] };
      delete withoutSource.sections[0]!.facts[0]!.source;
      expect(explainerSchema.safeParse(withoutSource).success).toBe(false);
      expect(sections.flatMap((section) => section.facts).length).toBeGreaterThan(0);
    }
  });

  it('link only to pages the build made', () => {
    for (const [id, explainer] of Object.entries(explainers))
      for (const section of explainerSchema.parse(explainer).sections)
        for (const link of section.links ?? [])
          expect(
            existsSync(join('dist', link.href.split('?')[0]!, 'index.html')),
            `${id} › ${section.id}: ${link.href}`,
          ).toBe(true);
  });

  it('the DTSEN explainer warns, naming the fact, once a check is seven months old', () => {
    const dtsen = explainerSchema.parse(explainers['dtsen']);
    const now = new Date('2026-12-07T00:00:00Z');
    expect(staleFactWarnings(explainerFacts('dtsen', dtsen), new Date('2027-01-07T00:00:00Z'))).toEqual([]);
    const desil = dtsen.sections.find((section) => section.id === 'desil')!;
    desil.facts[1]!.checkedOn = '2026-05-07';
    expect(staleFactWarnings(explainerFacts('dtsen', dtsen), now)).toEqual([
      'content/explainers.yaml dtsen › desil: "Untuk tahun 2026 diberitakan bahwa PKH diberikan kepada kelu…" ' +
        'terakhir dicek 2026-05-07, lebih dari 6 bulan lalu — cek lagi sumbernya, lalu perbarui checkedOn.',
    ]);
  });
});
