// The offices that take household proposals (usulan DTSEN) from their villages, with what each asks:
// its criteria list (content/poverty-criteria.yaml) and arrangements (its agency file's `dtsen`).
// Read by /data-desa/ (the village's form and slip), /petugas/ (the criteria in words for staff),
// /cek-status/ (the office's next cut-off) and the service feed (what the server holds an office to).
import { getCollection, getEntry } from 'astro:content';
import { listAgencies, type AgencyEntry } from './catalogue';
import type { OfficeCutoff } from '../domain/dtsen-cutoff';
import type { ContractAgency } from '../domain/site-contract';
import type { HouseholdOffice } from '../islands/household/HouseholdDesk';

/**
 * The office's monthly cut-off as its agency file sets it (`dtsen.cutoff`), with the calendar's days
 * off (src/domain/dtsen-cutoff.ts moves a cut-off off a holiday); null when it has announced none.
 */
async function officeCutoff(announced: { day: number; source: string } | undefined): Promise<OfficeCutoff | null> {
  if (!announced) return null;
  const years = (await getCollection('daysOff')).map(({ data }) => data);
  return {
    day: announced.day,
    source: announced.source,
    daysOff: years.flatMap((year) => year.days.map((day) => day.date)),
    years: years.map((year) => year.year),
  };
}

export async function householdOffices(): Promise<(HouseholdOffice & { agency: string })[]> {
  const offices: (HouseholdOffice & { agency: string })[] = [];
  for (const agency of await listAgencies()) {
    const settings = agency.data.dtsen;
    if (!settings) continue;
    const criteria = await getEntry(settings.criteria);
    if (!criteria)
      throw new Error(
        `content/agencies/${agency.id}.md: dtsen.criteria "${settings.criteria.id}" is not in content/poverty-criteria.yaml.`,
      );
    offices.push({
      agency: agency.id,
      kabupaten: agency.data.regionCode,
      criteria: { title: criteria.data.title, source: criteria.data.source, questions: criteria.data.questions },
      consentFormPhoto: settings.consentFormPhoto,
      sptjmAllowed: settings.sptjmAllowed,
      cutoff: await officeCutoff(settings.cutoff),
    });
  }
  return offices;
}

/** Per office taking household proposals (agency slug), its monthly cut-off or null: for /cek-status/. */
export async function officeCutoffs(): Promise<Record<string, OfficeCutoff | null>> {
  return Object.fromEntries((await householdOffices()).map((office) => [office.agency, office.cutoff]));
}

/** Each criterion's question by its id, over the lists the offices use: staff read answers in words. */
export async function criteriaQuestions(): Promise<Record<string, string>> {
  return Object.fromEntries(
    (await householdOffices()).flatMap((office) =>
      office.criteria.questions.map((question) => [question.id, question.question]),
    ),
  );
}

/** What the server holds an office to (src/domain/site-contract.ts): SPTJM allowed or not, the spreadsheet's columns. */
export async function householdFeedOf(agency: AgencyEntry): Promise<ContractAgency['dtsen']> {
  const settings = agency.data.dtsen;
  if (!settings) return null;
  const layout = await getEntry(settings.exportLayout);
  if (!layout)
    throw new Error(
      `content/agencies/${agency.id}.md: dtsen.exportLayout "${settings.exportLayout.id}" is not in content/dtsen-export-layouts.yaml.`,
    );
  return { sptjmAllowed: settings.sptjmAllowed, exportLayout: { columns: layout.data.columns } };
}
