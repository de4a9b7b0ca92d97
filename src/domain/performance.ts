// What an office publishes about its performance per service and period (the public /kinerja/
// page and its JSON, GET /api/data/kinerja) and what its kepala bidang reads in the satisfaction
// survey report (GET /api/petugas/survei). Aggregates only: no individual answer, suggestion or
// anything about a person is ever in the public report, and every figure comes with the count it
// is computed from.
import type { ReportPeriod } from './report-period';
import {
  SAMPLE_STATE_LABELS,
  satisfactionFigures,
  type ElementTotal,
  type SatisfactionFigures,
} from './satisfaction-index';
import { SURVEY_CHANNELS, SURVEY_ELEMENTS, type ProfileField, type SurveyChannel } from './satisfaction-survey';

/** Requests finished ("selesai") in the period whose standard promises a completion time, and how many of them within it. */
export interface Timeliness {
  finished: number;
  withinTime: number;
}

/**
 * Complaints, questions and suggestions (src/domain/complaints.ts) received in the period, by how
 * they came out: answered within their deadline or after it, not answered yet, or outside the
 * office's remit (passed on to where they belong).
 */
export interface ComplaintFigures {
  received: number;
  answeredWithinDeadline: number;
  answeredLate: number;
  unanswered: number;
  outOfRemit: number;
}

export const NO_COMPLAINTS: ComplaintFigures = {
  received: 0,
  answeredWithinDeadline: 0,
  answeredLate: 0,
  unanswered: 0,
  outOfRemit: 0,
};

/** The figures of several services together (an office's). */
export function addComplaints(all: readonly ComplaintFigures[]): ComplaintFigures {
  return all.reduce(
    (sum, figures) => ({
      received: sum.received + figures.received,
      answeredWithinDeadline: sum.answeredWithinDeadline + figures.answeredWithinDeadline,
      answeredLate: sum.answeredLate + figures.answeredLate,
      unanswered: sum.unanswered + figures.unanswered,
      outOfRemit: sum.outOfRemit + figures.outOfRemit,
    }),
    NO_COMPLAINTS,
  );
}

export interface ServicePerformance {
  slug: string;
  title: string;
  url: string;
  satisfaction: SatisfactionFigures;
  /** Null when the service's standard promises no completion time. */
  timeliness: Timeliness | null;
  complaints: ComplaintFigures;
}

export interface OfficePerformance {
  slug: string;
  name: string;
  shortName: string;
  /** All the office's responses together, against all its service users (complaints about no particular service included). */
  satisfaction: SatisfactionFigures;
  complaints: ComplaintFigures;
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
  /** Requests, proposals and complaints finished in the period. */
  finished: number;
  byChannel: Partial<Record<SurveyChannel, number>>;
  totals: ElementTotal[];
}

const noChannels = (): Record<SurveyChannel, number> =>
  Object.fromEntries(Object.keys(SURVEY_CHANNELS).map((channel) => [channel, 0])) as Record<SurveyChannel, number>;

/** Satisfaction figures from the server's counts (absent counts: none). */
export function satisfactionOf(counts: SurveyCounts | undefined): SatisfactionFigures {
  return satisfactionFigures({
    finished: counts?.finished ?? 0,
    byChannel: { ...noChannels(), ...counts?.byChannel },
    totals: counts?.totals ?? [],
  });
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
  /** Suggestions given with complaints about no particular service. */
  otherSuggestions: string[];
  /** Respondents per profile answer over the whole office; null below DISCLOSURE_MIN_RESPONDENTS. */
  profile: Record<ProfileField, Record<string, number>> | null;
}

/** Where the report lists suggestions given with complaints about no particular service. */
export const OTHER_SUGGESTIONS = 'Pengaduan tanpa layanan tertentu';

/** The kepala bidang's report as spreadsheet rows: the figures per service and for the office, then the suggestions. */
export function surveyReportRows(report: SurveyReport): (string | number | null)[][] {
  const figures = (label: string, satisfaction: SatisfactionFigures) => [
    label,
    satisfaction.respondents,
    ...Object.keys(SURVEY_CHANNELS).map((channel) => satisfaction.byChannel[channel as SurveyChannel]),
    satisfaction.serviceUsers,
    satisfaction.requiredRespondents,
    SAMPLE_STATE_LABELS[satisfaction.state],
    ...SURVEY_ELEMENTS.map(
      (element) => satisfaction.index?.elements.find((score) => score.key === element.key)?.nrr ?? null,
    ),
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
    ...report.otherSuggestions.map((suggestion) => [OTHER_SUGGESTIONS, suggestion]),
  ];
}
