// Generated content for the scale benchmark (bench/scale.ts): a province's worth of services made
// from today's real ones, written into a copy of the project (tests/support/workspace.ts).
//
// Services are added kabupaten by kabupaten: Purwakarta's office is filled up to `perKabupaten`
// services, then `kabupaten - 1` new kabupaten (copies of Purwakarta's office with their own name,
// region code and number prefix) get `perKabupaten` services each. The real services of
// Banjarnegara and Rokan Hulu stay as they are. A generated service is a
// copy of one of the real services, taken in turn, with its own id, title, summary and rank; ids
// are numbered first (`uji-0042-…`) so that neighbours in any listing or offline pack are copies of
// different real services, as neighbouring services of a real office differ.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const HOME_AGENCY = 'dinsos-p3a-purwakarta';
// Three capital letters without I, L, O and U (src/domain/request-number.ts).
const PREFIX_LETTERS = 'ABCDEFGHJKMNPQRSTVWXYZ';

interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

function readFrontmatter(path: string): Frontmatter {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
  return { data: parse(yaml!) as Record<string, unknown>, body: body ?? '' };
}

const writeFrontmatter = (path: string, { data, body }: Frontmatter) =>
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);

export interface GeneratedContent {
  services: number;
  kabupaten: { agency: string; regency: string; services: number }[];
}

/** Adds services (and kabupaten) to `contentDir`: `kabupaten` kabupaten of `perKabupaten` services each. */
export function generateServices(contentDir: string, kabupaten: number, perKabupaten: number): GeneratedContent {
  const servicesDir = join(contentDir, 'services');
  const agenciesDir = join(contentDir, 'agencies');
  const templates = readdirSync(servicesDir)
    .sort()
    .map((file) => ({ id: file.replace(/\.md$/, ''), ...readFrontmatter(join(servicesDir, file)) }));
  const countOf = new Map<string, number>();
  for (const template of templates)
    countOf.set(String(template.data['agency']), (countOf.get(String(template.data['agency'])) ?? 0) + 1);
  const regencyOf = new Map(
    readdirSync(agenciesDir).map((file) => [
      file.replace(/\.md$/, ''),
      String(readFrontmatter(join(agenciesDir, file)).data['regency']),
    ]),
  );
  const home = readFrontmatter(join(agenciesDir, `${HOME_AGENCY}.md`));
  // A generated kabupaten lies where Purwakarta does (its office and places are copies of Purwakarta's).
  const regionsFile = join(contentDir, 'geo', 'regions.yaml');
  const regions = parse(readFileSync(regionsFile, 'utf8')) as Record<string, Record<string, unknown>>;
  const homeRegion = regions[String(home.data['regionCode'])]!;

  let agency = HOME_AGENCY;
  let made = 0;
  let kabupatenMade = 0;
  for (;;) {
    if ((countOf.get(agency) ?? 0) >= perKabupaten) {
      if (kabupatenMade + 1 >= kabupaten) break;
      kabupatenMade++;
      agency = `dinsos-uji-${String(kabupatenMade).padStart(2, '0')}`;
      const regency = `Kabupaten Uji ${kabupatenMade}`;
      const regionCode = `9${Math.floor(kabupatenMade / 100)}.${String(kabupatenMade % 100).padStart(2, '0')}`;
      regions[regionCode] = { ...homeRegion, name: regency, province: 'Provinsi Uji', slug: `uji-${kabupatenMade}` };
      const copy = structuredClone(home.data);
      Object.assign(copy, {
        name: `Dinas Sosial ${regency}`,
        shortName: `Dinsos Kab. Uji ${kabupatenMade}`,
        government: `Pemerintah ${regency}`,
        regency,
        regionCode,
        requestPrefix: `Z${PREFIX_LETTERS[Math.floor(kabupatenMade / PREFIX_LETTERS.length)]}${PREFIX_LETTERS[kabupatenMade % PREFIX_LETTERS.length]}`,
      });
      writeFrontmatter(join(agenciesDir, `${agency}.md`), {
        data: copy,
        body: `Kantor buatan untuk uji skala (${regency}).\n`,
      });
      regencyOf.set(agency, regency);
    }
    made++;
    const template = templates[made % templates.length]!;
    const data = structuredClone(template.data);
    const number = String(made).padStart(4, '0');
    // Exactly one service of an office takes village proposals; a copy is an ordinary service.
    delete data['villageProposals'];
    delete data['camatProposalsDecidedBy'];
    // The office of a generated kabupaten has Purwakarta's complaint procedures; Purwakarta's own are kept.
    Object.assign(data, {
      title: `${data['title']} (uji ${number})`,
      shortTitle: `${data['shortTitle'] ?? data['title']} (uji ${number})`.slice(0, 200),
      summary: `${String(data['summary']).slice(0, 220)} Uji ${number}.`,
      agency,
      popularityRank: 100 + made,
    });
    if (data['complaints'] && !Object.hasOwn(home.data['complaintProcedures'] as object, String(data['complaints'])))
      delete data['complaints'];
    writeFrontmatter(join(servicesDir, `uji-${number}-${template.id}.md`), { data, body: template.body });
    countOf.set(agency, (countOf.get(agency) ?? 0) + 1);
  }
  writeFileSync(regionsFile, stringify(regions));
  return {
    services: templates.length + made,
    kabupaten: [...countOf]
      .map(([id, services]) => ({ agency: id, regency: regencyOf.get(id) ?? id, services }))
      .sort((a, b) => b.services - a.services),
  };
}
