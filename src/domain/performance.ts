// What an office publishes about its performance per service and period (the public /kinerja/
// page and its JSON, GET /api/layanan/kinerja) and what its kepala bidang reads in the satisfaction
// survey report (GET /api/petugas/survei). Aggregates only: no individual answer, suggestion or
// anything about a person is ever in the public report, and every figure comes with the count it
// is computed from.
import type { ReportPeriod } from './report-period';
import { SAMPLE_STATE_LABELS, satisfactionFigures, type ElementTotal, type SatisfactionFigures } from './satisfaction-index';
import { SURVEY_CHANNELS, SURVEY_ELEMENTS, type ProfileField, type SurveyChannel } from './satisfaction-survey';

/** Requests finished ("selesai") in the period whose standard promises a completion time, and how many of them within it. */
export interface Timeliness {
  finished: number;
  withinTime: number;
}

/**
 * Complaints about a service received in the period and answered within their deadline. The
 * complaints module (issue 14) fills these in; until it exists they are null and the page shows
 * no complaints column.
 */
export interface ComplaintFigures {
  received: number;
  answeredWithinDeadline: number;
}

export interface ServicePerformance {
  slug: string;
  title: string;
  url: string;
  satisfaction: SatisfactionFigures;
  /** Null when the service's standard promises no completion time. */
  timeliness: Timeliness | null;
  complaints: ComplaintFigures | null;
}

export interface OfficePerformance {
  slug: string;
  name: string;
  shortName: string;
  /** All the office's responses together, against all its service users. */
  satisfaction: SatisfactionFigures;
  services: ServicePerformance[];
}

export interface PerformanceReport {
  period: ReportPeriod;
  /** Periods with data a reader may choose, newest first. */
  periods: ReportPeriod[];
  generatedAt: string;
  offices: OfficePerformance[];
}

/** The survey figures of one service (or office) in a period, as the server counts them. */
export interface SurveyCounts {
  /** Requests and proposals finished in the period. */
  finished: number;
  byChannel: Partial<Record<SurveyChannel, number>>;
  totals: ElementTotal[];
}

const noChannels = (): Record<SurveyChannel, number> => Object.fromEntries(Object.keys(SURVEY_CHANNELS).map((channel) => [channel, 0])) as Record<SurveyChannel, number>;

/** Satisfaction figures from the server's counts (absent counts: none). */
export function satisfactionOf(counts: SurveyCounts | undefined): SatisfactionFigures {
  return satisfactionFigures({ finished: counts?.finished ?? 0, byChannel: { ...noChannels(), ...counts?.byChannel }, totals: counts?.totals ?? [] });
}

/** The same counts added up, for an office's figures over its services. */
export function addCounts(all: readonly SurveyCounts[]): SurveyCounts {
  const byChannel = noChannels();
  const totals = new Map<string, ElementTotal>();
  let finished = 0;
  for (const counts of all) {
    finished += counts.finished;
    for (const [channel, count] of Object.entries(counts.byChannel)) byChannel[channel as SurveyChannel] += count ?? 0;
    for (const total of counts.totals) {
      const sum = totals.get(total.key) ?? { key: total.key, answered: 0, sum: 0 };
      totals.set(total.key, { key: total.key, answered: sum.answered + total.answered, sum: sum.sum + total.sum });
    }
  }
  return { finished, byChannel, totals: [...totals.values()] };
}

/** The kepala bidang's semester report: the office's figures per service, with suggestions and the respondents' profile. */
export interface SurveyReport {
  period: ReportPeriod;
  generatedAt: string;
  office: { slug: string; name: string };
  satisfaction: SatisfactionFigures;
  services: (Omit<ServicePerformance, 'complaints'> & { suggestions: string[] })[];
  /** Respondents per profile answer over the whole office; null below DISCLOSURE_MIN_RESPONDENTS. */
  profile: Record<ProfileField, Record<string, number>> | null;
}

/** The kepala bidang's report as spreadsheet rows: the figures per service and for the office, then the suggestions. */
export function surveyReportRows(report: SurveyReport): (string | number | null)[][] {
  const figures = (label: string, satisfaction: SatisfactionFigures) => [
    label,
    satisfaction.respondents,
    ...Object.keys(SURVEY_CHANNELS).map((channel) => satisfaction.byChannel[channel as SurveyChannel]),
    satisfaction.serviceUsers,
    satisfaction.requiredRespondents,
    SAMPLE_STATE_LABELS[satisfaction.state],
    ...SURVEY_ELEMENTS.map((element) => satisfaction.index?.elements.find((score) => score.key === element.key)?.nrr ?? null),
    satisfaction.index?.ikm ?? null,
    satisfaction.index?.converted ?? null,
    satisfaction.index?.grade ?? null,
    satisfaction.index?.quality ?? null,
  ];
  return [
    [
      'Layanan',
      'Responden',
      ...Object.values(SURVEY_CHANNELS),
      'Pengguna layanan',
      'Responden minimal',
      'Keadaan sampel',
      ...SURVEY_ELEMENTS.map((element) => `NRR ${element.code} ${element.name}`),
      'IKM',
      'Nilai IKM (konversi)',
      'Mutu pelayanan',
      'Kinerja unit pelayanan',
    ],
    ...report.services.map((service) => figures(service.title, service.satisfaction)),
    figures(`Seluruh layanan ${report.office.name}`, report.satisfaction),
    [],
    ['Layanan', 'Saran'],
    ...report.services.flatMap((service) => service.suggestions.map((suggestion) => [service.title, suggestion])),
  ];
}
