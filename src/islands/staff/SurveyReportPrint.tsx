import { Match, Switch, createResource, createSignal } from 'solid-js';
import SignInForm from '../SignInForm';
import SurveyReportView from './SurveyReportView';
import { reportPeriod } from '../../domain/report-period';
import { signedInAccount } from '../../lib/pocketbase-client';
import { fetchSurveyReport } from '../../lib/survey-report';
import { formatDateTime } from '../../lib/dates';
import { formatIndex } from '../../lib/figures';
import { QUALITY_CATEGORIES } from '../../domain/satisfaction-index';

/** The satisfaction-survey report of a period as an A4 document to print or save as PDF (kepala bidang of the office). */
export default function SurveyReportPrint() {
  const period = reportPeriod(new URLSearchParams(location.search).get('periode') ?? '');
  const [signedIn, setSignedIn] = createSignal(signedInAccount()?.collectionName === 'staff');
  const [loaded] = createResource(
    () => (signedIn() && period ? period.id : false),
    (id) => fetchSurveyReport(id, { csv: false }),
  );
  const report = () => {
    const result = loaded();
    return result?.kind === 'loaded' ? result.report : undefined;
  };
  const failure = () => {
    const result = loaded();
    return result?.kind === 'failed' ? result.message : undefined;
  };

  return (
    <Switch>
      <Match when={!period}>
        <p class="callout">
          Alamat laporan ini tidak memuat periode yang dikenal. Buka laporan dari ruang kerja petugas, tab Survei
          kepuasan.
        </p>
      </Match>
      <Match when={!signedIn()}>
        <p>Laporan survei kepuasan hanya dapat dibuka kepala bidang kantor. Silakan masuk.</p>
        <SignInForm collection="staff" onSignedIn={() => setSignedIn(true)} />
      </Match>
      <Match when={loaded.loading}>
        <p class="hint">Memuat laporan…</p>
      </Match>
      <Match when={failure()}>{(message) => <p class="callout">{message()}</p>}</Match>
      <Match when={report()}>
        {(report) => (
          <article class="report-a4">
            <p class="receipt-office">{report().office.name}</p>
            <h1>Laporan Survei Kepuasan Masyarakat</h1>
            <p class="lead">{report().period.label}</p>
            <p>
              Disusun menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017: nilai rata-rata (NRR) tiap unsur = jumlah
              nilai ÷ jumlah jawaban yang terisi; NRR tertimbang = NRR × 1/9; IKM = jumlah NRR tertimbang; nilai IKM =
              IKM × 25. Mutu:{' '}
              {QUALITY_CATEGORIES.map(
                (category) =>
                  `${category.grade} ${formatIndex(category.from)}–${formatIndex(category.to)} (${category.quality.toLowerCase()})`,
              ).join(', ')}
              . Sampel minimal menurut tabel Krejcie dan Morgan untuk jumlah pengguna layanan pada periode ini.
            </p>
            <SurveyReportView report={report()} />
            <p class="meta">Dihitung pada {formatDateTime(report().generatedAt)} dari data Layanan Sosial.</p>
            <p class="no-print">
              <button class="button" type="button" onClick={() => window.print()}>
                Cetak laporan
              </button>
            </p>
          </article>
        )}
      </Match>
    </Switch>
  );
}
