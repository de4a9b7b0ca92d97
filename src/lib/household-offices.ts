// The offices that take household proposals (usulan DTSEN) from their villages, with what each asks:
// its criteria list (content/poverty-criteria.yaml) and arrangements (its agency file's `dtsen`).
// Read by /data-desa/ (the village's form) and /petugas/ (the criteria in words for staff).
import { getEntry } from 'astro:content';
import { listAgencies } from './catalogue';
import type { HouseholdOffice } from '../islands/household/HouseholdDesk';

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
    });
  }
  return offices;
}

/** Each criterion's question by its id, over the lists the offices use: staff read answers in words. */
export async function criteriaQuestions(): Promise<Record<string, string>> {
  return Object.fromEntries(
    (await householdOffices()).flatMap((office) =>
      office.criteria.questions.map((question) => [question.id, question.question]),
    ),
  );
}
