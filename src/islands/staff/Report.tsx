import { Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import DataTable from '../DataTable';
import { TextField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, routeUrl } from '../../lib/api-address';
import type { AnswerOf } from '../../domain/routes';
import { officeQuarter } from '../../domain/time';
import { NO_COMPLETION_TIME_PROMISED } from '../../domain/completion-time';
import type { ComplaintReportRow, ReportRow } from '../../domain/report';
import type { HouseholdFigures } from '../../domain/household-figures';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '../../domain/statuses';

const duration = (minutes: number | null) =>
  minutes === null
    ? '—'
    : minutes < 60
      ? `${minutes} menit`
      : minutes < 1440
        ? `${(minutes / 60).toFixed(1)} jam`
        : `${(minutes / 1440).toFixed(1)} hari`;

/** The quarterly performance-evaluation figures, on screen and as CSV (kepala bidang only). */
export default function Report() {
  const pb = pocketbase();
  const quarter = officeQuarter(new Date());
  const [from, setFrom] = createSignal(quarter.from);
  const [to, setTo] = createSignal(quarter.to);
  const [rows, setRows] = createSignal<ReportRow[]>();
  const [complaintRows, setComplaintRows] = createSignal<ComplaintReportRow[]>([]);
  const [households, setHouseholds] = createSignal<HouseholdFigures>();
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [csvUrl, setCsvUrl] = createSignal<string>();
  const url = (format?: 'csv') => routeUrl(ROUTES.officeReport, { query: { dari: from(), sampai: to(), format } });

  async function load(event: SubmitEvent) {
    event.preventDefault();
    setErrors([]);
    try {
      const headers = { Authorization: pb.authStore.token };
      const response = await fetch(url(), { headers });
      if (!response.ok) return setErrors([{ fieldId: 'laporan-dari', message: (await response.json()).message }]);
      const body: AnswerOf<typeof ROUTES.officeReport> = await response.json();
      setRows(body.rows);
      setComplaintRows(body.complaints);
      setHouseholds(body.households);
      const csv = await (await fetch(url('csv'), { headers })).blob();
      if (csvUrl()) URL.revokeObjectURL(csvUrl()!);
      setCsvUrl(URL.createObjectURL(csv));
    } catch {
      setErrors([{ fieldId: 'laporan-dari', message: 'Laporan tidak dapat dimuat. Periksa koneksi, lalu coba lagi.' }]);
    }
  }

  return (
    <div>
      <p>
        Angka untuk evaluasi kinerja pelaksana (triwulanan): permohonan per layanan per bulan, yang selesai dalam waktu
        yang dijanjikan standar pelayanan, dan rata-rata waktu penyelesaian; lalu pengaduan: yang diverifikasi dan
        dijawab dalam batas waktunya, dan median waktu sampai jawaban pertama; lalu usulan DTSEN dari desa yang diterima
        pada periode itu.
      </p>
      <ErrorSummary errors={errors()} />
      <form onSubmit={load} novalidate class="field-row">
        <TextField id="laporan-dari" type="month" label="Dari bulan" value={from()} onInput={setFrom} />
        <TextField id="laporan-sampai" type="month" label="Sampai bulan" value={to()} onInput={setTo} />
        <div class="form-actions">
          <button class="button" type="submit">
            Tampilkan laporan
          </button>
        </div>
      </form>
      <Show when={rows()}>
        {(loaded) => (
          <>
            <Show when={csvUrl()}>
              <p>
                <a class="button secondary" href={csvUrl()} download={`laporan-layanan-${from()}-${to()}.csv`}>
                  Unduh CSV
                </a>
              </p>
            </Show>
            <DataTable
              label="Laporan"
              headers={['Bulan', 'Layanan', 'Diterima', 'Selesai', 'Tepat waktu', 'Ditolak', 'Rata-rata waktu']}
              rows={loaded()}
              empty={
                <tr>
                  <td colspan={7}>Tidak ada permohonan pada periode ini.</td>
                </tr>
              }
            >
              {(row) => (
                <tr>
                  <td class="nomor">{row.month}</td>
                  <td>{row.service}</td>
                  <td>{row.received}</td>
                  <td>{row.completed}</td>
                  <td>
                    {!row.promisesCompletionTime
                      ? NO_COMPLETION_TIME_PROMISED
                      : row.onTimeShare === null
                        ? '—'
                        : `${row.onTime} (${Math.round(row.onTimeShare * 100)}%)`}
                  </td>
                  <td>{row.rejected}</td>
                  <td>{duration(row.averageMinutes)}</td>
                </tr>
              )}
            </DataTable>
            <h3>Pengaduan, konsultasi dan saran</h3>
            <DataTable
              label="Laporan pengaduan"
              headers={[
                'Bulan',
                'Layanan',
                'Diterima',
                'Diverifikasi tepat waktu',
                'Dijawab tepat waktu',
                'Median sampai jawaban pertama',
                'Lewat batas waktu, belum ditangani',
              ]}
              rows={complaintRows()}
              empty={
                <tr>
                  <td colspan={7}>Tidak ada pengaduan pada periode ini.</td>
                </tr>
              }
            >
              {(row) => (
                <tr class={row.overdue > 0 ? 'late' : undefined}>
                  <td class="nomor">{row.month}</td>
                  <td>{row.service}</td>
                  <td>{row.received}</td>
                  <td>{row.verifiedOnTime}</td>
                  <td>
                    {row.answered === 0
                      ? 'belum ada yang dijawab'
                      : `${row.answeredOnTime} dari ${row.answered} yang dijawab`}
                  </td>
                  <td>
                    {duration(row.medianHoursToAnswer === null ? null : Math.round(row.medianHoursToAnswer * 60))}
                  </td>
                  <td>{row.overdue}</td>
                </tr>
              )}
            </DataTable>
            <Show when={households()}>{(figures) => <HouseholdReport figures={figures()} />}</Show>
          </>
        )}
      </Show>
    </div>
  );
}

const STATUSES = Object.keys(HOUSEHOLD_STATUSES) as HouseholdStatus[];

/** Household proposals (usulan DTSEN) of the period: per village and status, days per status, returns and "not entered" by reason. */
function HouseholdReport(props: { figures: HouseholdFigures }) {
  const reasons = (label: string, rows: { reason: string; count: number }[], none: string) => (
    <DataTable
      label={label}
      headers={['Alasan', 'Jumlah']}
      rows={rows}
      empty={
        <tr>
          <td colspan={2}>{none}</td>
        </tr>
      }
    >
      {(row) => (
        <tr>
          <td>{row.reason}</td>
          <td>{row.count}</td>
        </tr>
      )}
    </DataTable>
  );
  return (
    <>
      <h3>Usulan DTSEN per desa dan status</h3>
      <DataTable
        label="Usulan DTSEN per desa dan status"
        headers={['Desa/kelurahan', ...STATUSES.map((status) => HOUSEHOLD_STATUSES[status]), 'Jumlah']}
        rows={props.figures.villages}
        empty={
          <tr>
            <td colspan={STATUSES.length + 2}>Tidak ada usulan DTSEN yang diterima pada periode ini.</td>
          </tr>
        }
      >
        {(row) => (
          <tr>
            <td>{row.village}</td>
            {STATUSES.map((status) => (
              <td>{row.counts[status]}</td>
            ))}
            <td>{row.total}</td>
          </tr>
        )}
      </DataTable>
      <h3>Lama usulan DTSEN di tiap status (median)</h3>
      <DataTable
        label="Lama usulan DTSEN di tiap status"
        headers={['Status', 'Median hari sebelum berpindah', 'Jumlah perpindahan']}
        rows={props.figures.daysPerStatus}
        empty={
          <tr>
            <td colspan={3}>Belum ada usulan yang berpindah status.</td>
          </tr>
        }
      >
        {(row) => (
          <tr>
            <td>{row.label}</td>
            <td>{row.medianDays.toLocaleString('id-ID')} hari</td>
            <td>{row.moves}</td>
          </tr>
        )}
      </DataTable>
      <h3>Dikembalikan ke desa</h3>
      {reasons('Alasan dikembalikan ke desa', props.figures.returned, 'Tidak ada usulan yang dikembalikan.')}
      <h3>Tidak masuk DTSEN</h3>
      {reasons('Alasan tidak masuk DTSEN', props.figures.notEntered, 'Tidak ada hasil "tidak masuk".')}
    </>
  );
}
