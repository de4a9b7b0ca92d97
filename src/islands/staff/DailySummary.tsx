import { For, Show, createResource } from 'solid-js';
import DataTable from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, routeUrl } from '../../lib/api-address';
import { formatDateTime } from '../../lib/dates';
import { printSlip } from '../../lib/print-slip';
import { dateFromStored } from '../../domain/database';
import type { DailySummary as Summary, Freshness, OverdueItem } from '../../domain/daily-summary';
import type { ListStart } from './CaseList';
import StockAlerts from '../stock/StockAlerts';

/** Opens a list of the workspace: the request queue, the complaint inbox or the proposals, where the link asked. */
type OpenList = (list: 'antrean' | 'pengaduan' | 'usulan', start?: ListStart) => void;

/**
 * A figure of the summary that opens what it counts. Its name ("3 — buka antrean") never holds a
 * tab's name, so "Antrean permohonan" or "Pengaduan" names the tab alone.
 */
function FigureLink(props: { figure: number; opens: string; onOpen: () => void }) {
  return (
    <button type="button" class="link-button figure-link" onClick={() => props.onOpen()}>
      {props.figure}
      <span class="visually-hidden"> — buka di {props.opens}</span>
    </button>
  );
}

/** "3 hari", "5 jam", "12 menit": how long between two moments, in the largest whole unit. */
function span(from: string, to: string): string {
  const minutes = Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 60_000));
  if (minutes < 1) return 'kurang dari 1 menit';
  if (minutes < 60) return `${minutes} menit`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} jam`;
  return `${Math.floor(minutes / 1440)} hari`;
}

const FRESHNESS: Record<Freshness, { text: string; good: boolean }> = {
  baik: { text: 'Baik', good: true },
  menunggu: { text: 'Menunggu laporan pertama sejak server dinyalakan ulang', good: true },
  terlambat: { text: 'Terlambat — beri tahu pengelola server hari ini', good: false },
  'belum-ada': { text: 'Belum pernah dilaporkan — beri tahu pengelola server hari ini', good: false },
  'tidak-dipantau': { text: 'Tidak dipantau di server ini', good: false },
};

/** Requests (or complaints) past their deadline: which, how late, where they stand. */
function OverdueTable(props: {
  label: string;
  titleHeader: string;
  items: OverdueItem[];
  now: string;
  onOpen: (item: OverdueItem) => void;
}) {
  return (
    <DataTable
      label={props.label}
      headers={['Nomor', props.titleHeader, 'Batas waktu', 'Terlambat', 'Posisi']}
      rows={props.items}
    >
      {(item) => (
        <tr>
          <td class="nomor">
            <button type="button" class="link-button" onClick={() => props.onOpen(item)}>
              {item.number}
            </button>
          </td>
          <td>{item.title}</td>
          <td>{formatDateTime(item.dueAt)}</td>
          <td>{span(item.dueAt, props.now)}</td>
          <td>{item.progress}</td>
        </tr>
      )}
    </DataTable>
  );
}

/**
 * Whether the audit trail is whole, and its head as anchored outside the server: printed and kept,
 * it later proves what the trail held today (docs/security.md, "Audit trail").
 */
function AuditTrailState(props: { trail: Summary['auditTrail'] }) {
  const check = () => props.trail.check;
  return (
    <>
      <h3>Jejak audit</h3>
      <p class={`promise ${check().intact ? 'promise-good' : 'promise-bad'}`}>
        {check().finding}
        <Show when={!check().intact}>
          {' '}
          Beri tahu pengelola server dan pejabat pelindungan data hari ini, dan jangan ubah apa pun di server sebelum
          diperiksa.
        </Show>
      </p>
      <Show when={check().wholeTrailCheckedAt}>
        {(at) => <p class="meta">Seluruh jejak terakhir diperiksa ulang {formatDateTime(at())}.</p>}
      </Show>
      <Show when={props.trail.anchor} fallback={<p>Jejak audit masih kosong; belum ada jangkar untuk dicetak.</p>}>
        {(anchor) => (
          <section class="audit-anchor" aria-labelledby="jangkar-judul">
            <h4 id="jangkar-judul">Jangkar jejak audit</h4>
            <p>
              Cetak dan simpan lembar ini di arsip kantor, terpisah dari server. Bila kelak ada yang menghapus atau
              mengganti isi jejak audit, nomor dan kode ini membuktikan isinya pada hari ini: buka tab Jejak audit, lalu
              periksa dengan keduanya.
            </p>
            <dl class="summary-list">
              <div>
                <dt>Entri terakhir</dt>
                <dd>nomor {anchor().seq}</dd>
              </div>
              <div>
                <dt>Waktu entri</dt>
                <dd>{formatDateTime(dateFromStored(anchor().at))}</dd>
              </div>
              <div>
                <dt>Kode (MAC)</dt>
                <dd class="mac">{anchor().mac}</dd>
              </div>
              <div>
                <dt>Disimpan di luar basis data</dt>
                <dd>{formatDateTime(anchor().writtenAt)}</dd>
              </div>
            </dl>
            <p class="no-print">
              <button type="button" class="button secondary" onClick={() => printSlip('jangkar-jejak-audit')}>
                Cetak jangkar
              </button>
            </p>
          </section>
        )}
      </Show>
    </>
  );
}

/** The kepala bidang's first look of the day: what is late, and whether the data is safe. */
export default function DailySummary(props: { open: OpenList }) {
  const openRequest = (item: OverdueItem) => props.open('antrean', { open: { id: item.id, number: item.number } });
  const openComplaint = (item: OverdueItem) => props.open('pengaduan', { open: { id: item.id, number: item.number } });
  const pb = pocketbase();
  const [summary, { refetch }] = createResource(async () => {
    const response = await fetch(routeUrl(ROUTES.dailySummary), { headers: { Authorization: pb.authStore.token } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message);
    return body as Summary;
  });

  return (
    <div>
      <Show when={summary.error}>
        <div class="callout" role="alert">
          <p>Ringkasan tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>
        </div>
      </Show>
      <p>
        <button type="button" class="button secondary" onClick={() => void refetch()}>
          Muat ulang ringkasan
        </button>
      </p>
      <Show when={summary.latest}>
        {(loaded) => (
          <>
            <p class="meta">Keadaan pada {formatDateTime(loaded().generatedAt)}.</p>
            <h3>Permohonan</h3>
            <dl class="facts">
              <div class="fact">
                <dt>Lewat waktu</dt>
                <dd>
                  <FigureLink
                    figure={loaded().requests.pastDue.length}
                    opens="antrean, yang lewat waktu saja"
                    onOpen={() => props.open('antrean', { lateOnly: true })}
                  />
                </dd>
              </div>
              <div class="fact">
                <dt>Jatuh tempo hari ini</dt>
                <dd>
                  <FigureLink
                    figure={loaded().requests.dueToday}
                    opens="antrean, batas waktu terdekat dulu"
                    onOpen={() => props.open('antrean')}
                  />
                </dd>
              </div>
              <div class="fact">
                <dt>Masih berjalan</dt>
                <dd>
                  <FigureLink figure={loaded().requests.open} opens="antrean" onOpen={() => props.open('antrean')} />
                </dd>
              </div>
            </dl>
            <Show
              when={loaded().requests.pastDue.length > 0}
              fallback={<p>Tidak ada permohonan yang melewati waktu penyelesaian standar pelayanan.</p>}
            >
              <p>
                Permohonan yang melewati waktu penyelesaian standar pelayanan, yang paling lama lebih dulu. Pilih
                nomornya untuk membukanya di Antrean permohonan.
              </p>
              <OverdueTable
                label="Permohonan lewat waktu"
                titleHeader="Layanan"
                items={loaded().requests.pastDue}
                now={loaded().generatedAt}
                onOpen={openRequest}
              />
            </Show>

            <h3>Pengaduan</h3>
            <p>
              Pengaduan yang menunggu verifikasi atau jawaban:{' '}
              <FigureLink
                figure={loaded().complaints.open}
                opens="kotak masuk"
                onOpen={() => props.open('pengaduan')}
              />
              .
            </p>
            <Show
              when={loaded().complaints.pastDeadline.length > 0}
              fallback={<p>Tidak ada pengaduan yang melewati batas waktu verifikasi atau jawaban.</p>}
            >
              <p>
                Pengaduan yang melewati batas waktu, yang paling lama lebih dulu. Pilih nomornya untuk membukanya di tab
                Pengaduan.
              </p>
              <OverdueTable
                label="Pengaduan lewat batas waktu"
                titleHeader="Perihal"
                items={loaded().complaints.pastDeadline}
                now={loaded().generatedAt}
                onOpen={openComplaint}
              />
            </Show>

            <StockAlerts
              alerts={loaded().stock}
              openProposal={(proposal) => props.open('usulan', { open: { id: proposal.id, number: proposal.number } })}
            />

            <h3>Cadangan data</h3>
            <p>Salinan data di luar server, agar permohonan dan dokumen tidak hilang bila server rusak.</p>
            <ul class="card-list">
              <For each={loaded().backups}>
                {(backup) => (
                  <li class={`promise ${FRESHNESS[backup.freshness].good ? 'promise-good' : 'promise-bad'}`}>
                    <strong>{backup.label}</strong>: {FRESHNESS[backup.freshness].text}.{' '}
                    {backup.lastAt
                      ? `Terakhir ${formatDateTime(backup.lastAt)} (${span(backup.lastAt, loaded().generatedAt)} yang lalu).`
                      : 'Belum ada salinan yang dilaporkan.'}
                  </li>
                )}
              </For>
            </ul>

            <AuditTrailState trail={loaded().auditTrail} />
          </>
        )}
      </Show>
    </div>
  );
}
