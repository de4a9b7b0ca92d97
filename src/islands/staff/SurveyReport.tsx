import { For, Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import SurveyReportView from './SurveyReportView';
import type { SurveyReport as Report } from '../../domain/performance';
import { periodsBetween, semesterOf } from '../../domain/report-period';
import { fetchSurveyReport, surveyReportPrintPath } from '../../lib/survey-report';

/** Semesters and years a kepala bidang may pick: the last three years. */
const choices = () => {
  const now = new Date();
  return periodsBetween(new Date(now.getTime() - 3 * 365 * 24 * 3600 * 1000), now);
};

/** The office's satisfaction-survey report for a semester or year (kepala bidang only), with CSV and a printable A4 page. */
export default function SurveyReport() {
  const [period, setPeriod] = createSignal(semesterOf(new Date()).id);
  const [report, setReport] = createSignal<Report>();
  const [csvUrl, setCsvUrl] = createSignal<string>();
  const [errors, setErrors] = createSignal<FieldError[]>([]);

  async function load(event: SubmitEvent) {
    event.preventDefault();
    setErrors([]);
    const loaded = await fetchSurveyReport(period(), { csv: true });
    if (loaded.kind === 'failed') return setErrors([{ fieldId: 'survei-periode', message: loaded.message }]);
    setReport(loaded.report);
    if (csvUrl()) URL.revokeObjectURL(csvUrl()!);
    setCsvUrl(loaded.csv ? URL.createObjectURL(loaded.csv) : undefined);
  }

  return (
    <div>
      <p>
        Survei Kepuasan Masyarakat (Peraturan Menteri PANRB 14/2017): nilai tiap unsur pelayanan per layanan dan untuk
        kantor, jumlah responden dan saran warga. Jawaban per orang tidak pernah ditampilkan.
      </p>
      <ErrorSummary errors={errors()} />
      <form onSubmit={load} novalidate class="field-row">
        <div class="field">
          <label for="survei-periode">Periode</label>
          <select id="survei-periode" onChange={(event) => setPeriod(event.currentTarget.value)}>
            <For each={choices()}>
              {(choice) => (
                <option value={choice.id} selected={choice.id === period()}>
                  {choice.label}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="form-actions">
          <button class="button" type="submit">
            Tampilkan laporan survei
          </button>
        </div>
      </form>
      <Show when={report()}>
        {(loaded) => (
          <>
            <p>
              <Show when={csvUrl()}>
                <a href={csvUrl()} download={`survei-kepuasan-${loaded().office.slug}-${loaded().period.id}.csv`}>
                  Unduh CSV
                </a>{' '}
                ·{' '}
              </Show>
              <a href={surveyReportPrintPath(loaded().period.id)}>Cetak laporan (A4)</a>
            </p>
            <SurveyReportView report={loaded()} />
          </>
        )}
      </Show>
    </div>
  );
}
