// Facts the site states on its own (not from an office's source document) carry the date they were
// last checked (`checkedOn`, content-schemas.ts). A fact not checked for a while may have changed:
// the build names it, so someone calls the number or reads the source again.
import type { Explainer } from './content-schemas';

/** How long a checked fact is trusted before the build asks for it to be checked again. */
export const RECHECK_AFTER_MONTHS = 6;

/** Whether a fact checked on `checkedOn` is due for checking again at `now`. */
export function isStale(checkedOn: string, now: Date, months = RECHECK_AFTER_MONTHS): boolean {
  const due = new Date(`${checkedOn}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + months);
  return now.getTime() >= due.getTime();
}

/** One line per fact due for checking again: where it is, what it is, when it was last checked. */
export function staleFactWarnings(
  facts: { where: string; what: string; checkedOn: string }[],
  now: Date,
  months = RECHECK_AFTER_MONTHS,
): string[] {
  return facts
    .filter((fact) => isStale(fact.checkedOn, now, months))
    .map(
      (fact) =>
        `${fact.where}: "${fact.what}" terakhir dicek ${fact.checkedOn}, lebih dari ${months} bulan lalu — cek lagi sumbernya, lalu perbarui checkedOn.`,
    );
}

/** Each fact of an explainer as the staleness check names it: file, explainer, section and the fact's first words. */
export function explainerFacts(id: string, explainer: Pick<Explainer, 'sections'>) {
  return explainer.sections.flatMap((section) =>
    section.facts.map((fact) => ({
      where: `content/explainers.yaml ${id} › ${section.id}`,
      what: fact.text.length > 60 ? `${fact.text.slice(0, 60)}…` : fact.text,
      checkedOn: fact.checkedOn,
    })),
  );
}
