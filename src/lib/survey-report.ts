// The kepala bidang's satisfaction-survey report (GET /api/petugas/survei), for the workspace tab
// and the printable page.
import type { SurveyReport } from '../domain/performance';
import { ROUTES, routeUrl } from './api-address';
import { pocketbase } from './pocketbase-client';

export const surveyReportPrintPath = (period: string) => `/petugas/laporan-skm/?periode=${encodeURIComponent(period)}`;

export type LoadedSurveyReport =
  | { kind: 'loaded'; report: SurveyReport; csv: Blob | null }
  | { kind: 'failed'; message: string };

/** The report of a period as data and, if asked, as the CSV file offices submit, with the session of this device. Each read is audited. */
export async function fetchSurveyReport(period: string, options: { csv: boolean }): Promise<LoadedSurveyReport> {
  const url = (format: 'json' | 'csv') => routeUrl(ROUTES.surveyReport, { query: { periode: period, format } });
  const headers = { Authorization: pocketbase().authStore.token };
  try {
    const response = await fetch(url('json'), { headers });
    const body = await response.json();
    if (!response.ok) return { kind: 'failed', message: body.message };
    return {
      kind: 'loaded',
      report: body as SurveyReport,
      csv: options.csv ? await (await fetch(url('csv'), { headers })).blob() : null,
    };
  } catch {
    return { kind: 'failed', message: 'Laporan survei tidak dapat dimuat. Periksa koneksi, lalu coba lagi.' };
  }
}
