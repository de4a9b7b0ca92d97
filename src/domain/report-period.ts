// The periods performance is reported for: a semester (January–June, July–December) or a year,
// on the offices' clock (src/domain/time.ts). PermenPANRB 14/2017 asks for the satisfaction survey
// at least yearly; offices report it per semester. A period is named by an id a URL can carry:
// "2026-S1", "2026-S2" or "2026".
import { fromOfficeClock, officeClock } from './time';

export interface ReportPeriod {
  id: string;
  /** "Semester II 2026 (Juli–Desember)", "Tahun 2026". */
  label: string;
  /** First moment of the period (ISO 8601, UTC). */
  from: string;
  /** First moment after it. */
  to: string;
}

const SEMESTER_MONTHS = { S1: 'Januari–Juni', S2: 'Juli–Desember' } as const;
type Semester = keyof typeof SEMESTER_MONTHS;

/** The moment the office's clock shows the first of a month (0-based) of a year. */
const officeMonthStart = (year: number, month: number) =>
  fromOfficeClock(new Date(Date.UTC(year, month, 1))).toISOString();

function semester(year: number, half: Semester): ReportPeriod {
  const first = half === 'S1' ? 0 : 6;
  return {
    id: `${year}-${half}`,
    label: `Semester ${half === 'S1' ? 'I' : 'II'} ${year} (${SEMESTER_MONTHS[half]})`,
    from: officeMonthStart(year, first),
    to: officeMonthStart(year, first + 6),
  };
}

function wholeYear(year: number): ReportPeriod {
  return {
    id: String(year),
    label: `Tahun ${year}`,
    from: officeMonthStart(year, 0),
    to: officeMonthStart(year + 1, 0),
  };
}

/** The period an id names, or null when it names none. */
export function reportPeriod(id: string): ReportPeriod | null {
  const match = /^(\d{4})(?:-(S1|S2))?$/.exec(id.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  return match[2] ? semester(year, match[2] as Semester) : wholeYear(year);
}

/** The semester a moment falls in. */
export function semesterOf(moment: Date): ReportPeriod {
  const clock = officeClock(moment);
  return semester(clock.getUTCFullYear(), clock.getUTCMonth() < 6 ? 'S1' : 'S2');
}

/**
 * The periods from the one containing `since` to the one containing `now`, newest first, each
 * year after its semesters: what a period picker offers.
 */
export function periodsBetween(since: Date, now: Date): ReportPeriod[] {
  const first = officeClock(since < now ? since : now).getUTCFullYear();
  const current = semesterOf(now);
  const periods: ReportPeriod[] = [];
  for (let year = officeClock(now).getUTCFullYear(); year >= first; year--) {
    for (const half of ['S2', 'S1'] as const) {
      const period = semester(year, half);
      if (period.from <= current.from && period.to > since.toISOString()) periods.push(period);
    }
    periods.push(wholeYear(year));
  }
  return periods;
}
