import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import DataTable from '../DataTable';
import { RadioGroup, SelectField, TextField } from '../form/fields';
import { fetchStock } from './stock-fetch';
import { ROUTES, routeUrl } from '../../lib/api-address';
import { formatDateTime, formatOfficeDay } from '../../lib/dates';
import { pocketbase, signedInAccount } from '../../lib/pocketbase-client';
import {
  ENTRY_KINDS,
  STOCK_CARD_OPENING,
  defaultStockCardPeriod,
  stockCardPeriodProblem,
  type EntryKind,
  type StockCardPeriod,
} from '../../domain/stock-ledger';
import { formatQuantity } from '../../domain/quantity';
import { REPORT_MONTH } from '../../domain/report-months';
import { officeMonth } from '../../domain/time';
import { deliveredTotals, type DisasterReport, type MonthlyReport } from '../../domain/stock-reports';
import type { StockCardAnswer } from '../../domain/routes';

const REPORT_KINDS = {
  'kartu-stok': 'Kartu stok satu barang',
  bulanan: 'Laporan bulanan gudang',
  bencana: 'Penyaluran per bencana',
} as const;
type ReportKind = keyof typeof REPORT_KINDS;

/** What a report was asked for: warehouse and item codes, a month or a period, never anyone's data (they may stand in the address). */
interface Asked {
  kind: ReportKind;
  warehouse: string;
  item: string;
  month: string;
  period: StockCardPeriod;
}

type Loaded =
  | { kind: 'kartu-stok'; card: StockCardAnswer }
  | { kind: 'bulanan'; monthly: MonthlyReport }
  | { kind: 'bencana'; disasters: DisasterReport };

const keeperSignedIn = () => {
  const account = signedInAccount();
  return account?.collectionName === 'staff' || account?.collectionName === 'camats';
};

/** Why the form cannot show a report yet (empty when it can). */
function missing(asked: Asked): { fieldId: string; message: string }[] {
  if (!asked.warehouse) return [{ fieldId: 'laporan-gudang', message: 'Pilih gudangnya.' }];
  if (asked.kind === 'kartu-stok' && !asked.item) return [{ fieldId: 'laporan-barang', message: 'Pilih barangnya.' }];
  const period = asked.kind === 'kartu-stok' && stockCardPeriodProblem(asked.period);
  if (period) return [{ fieldId: `laporan-${period.date === 'from' ? 'dari' : 'sampai'}`, message: period.message }];
  if (asked.kind === 'bulanan' && !REPORT_MONTH.test(asked.month))
    return [{ fieldId: 'laporan-bulan', message: 'Isi bulannya, misalnya 2026-12.' }];
  return [];
}

const routeOf = {
  'kartu-stok': ROUTES.stockCard,
  bulanan: ROUTES.monthlyStockReport,
  bencana: ROUTES.disasterStockReport,
};
/** The report's query: codes and a month or a period only. */
const queryOf = (asked: Asked): Record<string, string> =>
  asked.kind === 'kartu-stok'
    ? { gudang: asked.warehouse, barang: asked.item, dari: asked.period.from, sampai: asked.period.to }
    : asked.kind === 'bulanan'
      ? { gudang: asked.warehouse, bulan: asked.month }
      : { gudang: asked.warehouse };

async function loadReport(asked: Asked): Promise<Loaded> {
  const gudang = asked.warehouse;
  if (asked.kind === 'kartu-stok')
    return {
      kind: asked.kind,
      card: await fetchStock(ROUTES.stockCard, {
        gudang,
        barang: asked.item,
        dari: asked.period.from,
        sampai: asked.period.to,
      }),
    };
  if (asked.kind === 'bulanan')
    return { kind: asked.kind, monthly: await fetchStock(ROUTES.monthlyStockReport, { gudang, bulan: asked.month }) };
  return { kind: asked.kind, disasters: await fetchStock(ROUTES.disasterStockReport, { gudang }) };
}

/** Downloads the report as the server's spreadsheet file, with the account's authorization. */
async function downloadCsv(asked: Asked) {
  const route = routeOf[asked.kind];
  const response = await fetch(routeUrl(route, { query: { ...queryOf(asked), format: 'csv' } as never }), {
    headers: { Authorization: pocketbase().authStore.token },
  });
  if (!response.ok) throw new Error('CSV tidak dapat diunduh. Periksa koneksi, lalu coba lagi.');
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'laporan-stok.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function StockCardView(props: { card: StockCardAnswer }) {
  return (
    <>
      <h2 id="kartu-stok">
        Kartu stok: {props.card.item} ({props.card.unit})
      </h2>
      <p class="lead">
        {props.card.warehouse}, periode {props.card.period.from} s.d. {props.card.period.to}
      </p>
      <Show when={props.card.rows.length === 0}>
        <p>Tidak ada mutasi barang ini di gudang ini dalam periode ini; saldonya tetap saldo awal.</p>
      </Show>
      <DataTable
        label="Kartu stok"
        cards
        headers={['Tanggal', 'Masuk', 'Keluar', 'Saldo', 'Referensi', 'Jenis', 'Batch']}
        rows={[null, ...props.card.rows]}
      >
        {(row) =>
          row === null ? (
            <tr class="stock-card-opening">
              <td>{props.card.period.from}</td>
              <td />
              <td />
              <td class="angka">{formatQuantity(props.card.opening)}</td>
              <td>{STOCK_CARD_OPENING}</td>
              <td />
              <td />
            </tr>
          ) : (
            <tr>
              <td>{row.date}</td>
              <td class="angka">{row.in ? formatQuantity(row.in) : ''}</td>
              <td class="angka">{row.out ? formatQuantity(row.out) : ''}</td>
              <td class="angka">{formatQuantity(row.balance)}</td>
              <td>{row.corrects ? `${row.reference} (koreksi atas ${row.corrects})` : row.reference}</td>
              <td>{ENTRY_KINDS[row.kind]}</td>
              <td>{row.batch}</td>
            </tr>
          )
        }
      </DataTable>
    </>
  );
}

function MonthlyView(props: { report: MonthlyReport }) {
  const kinds = Object.keys(ENTRY_KINDS) as EntryKind[];
  return (
    <>
      <h2>Laporan bulanan stok {props.report.month}</h2>
      <p class="lead">{props.report.warehouseName}</p>
      <Show when={props.report.lines.length > 0} fallback={<p>Tidak ada stok dan tidak ada mutasi pada bulan ini.</p>}>
        <DataTable
          label="Laporan bulanan stok"
          cards
          headers={['Barang', 'Saldo awal', ...kinds.map((kind) => ENTRY_KINDS[kind]), 'Saldo akhir']}
          rows={props.report.lines}
        >
          {(line) => (
            <tr>
              <td>
                {line.itemName} ({line.unit})
              </td>
              <td class="angka">{formatQuantity(line.opening)}</td>
              <For each={kinds}>{(kind) => <td class="angka">{formatQuantity(line.movements[kind])}</td>}</For>
              <td class="angka">{formatQuantity(line.closing)}</td>
            </tr>
          )}
        </DataTable>
      </Show>
    </>
  );
}

function DisasterView(props: { report: DisasterReport }) {
  return (
    <>
      <h2>Penyaluran per bencana</h2>
      <p class="lead">{props.report.warehouseName}</p>
      <Show
        when={props.report.disasters.length > 0}
        fallback={
          <p>Belum ada dasar penyaluran (keputusan status tanggap darurat atau laporan asesmen) di gudang ini.</p>
        }
      >
        <For each={props.report.disasters}>
          {(disaster) => (
            <section class="stock-disaster" aria-label={`${disaster.disaster || 'Bencana'} — ${disaster.number}`}>
              <h3>{disaster.disaster || 'Bencana tanpa nama'}</h3>
              <p>
                {disaster.kindLabel} nomor {disaster.number}, tanggal {formatOfficeDay(disaster.date)}, oleh{' '}
                {disaster.issuer}.
              </p>
              <Show when={disaster.deliveries.length > 0} fallback={<p>Belum ada logistik yang disalurkan.</p>}>
                <DataTable
                  label={`Penyaluran ${disaster.number}`}
                  cards
                  headers={['BAST', 'Tanggal', 'Desa', 'Barang', 'Diterima desa']}
                  rows={disaster.deliveries}
                >
                  {(delivery) => (
                    <tr>
                      <td>{delivery.bastNumber}</td>
                      <td>{delivery.releasedOn}</td>
                      <td>
                        {delivery.village}, Kec. {delivery.kecamatan}
                      </td>
                      <td>
                        {delivery.lines
                          .map(
                            (line) =>
                              `${line.name} ${formatQuantity(line.quantity)} ${line.unit} (batch ${line.batch})`,
                          )
                          .join('; ')}
                      </td>
                      <td>{delivery.receivedAt ? formatDateTime(delivery.receivedAt) : 'belum'}</td>
                    </tr>
                  )}
                </DataTable>
                <p>
                  Jumlah:{' '}
                  {deliveredTotals(disaster.deliveries)
                    .map((total) => `${total.name} ${formatQuantity(total.quantity)} ${total.unit}`)
                    .join('; ')}{' '}
                  ke {new Set(disaster.deliveries.map((delivery) => `${delivery.village}, ${delivery.kecamatan}`)).size}{' '}
                  desa.
                </p>
              </Show>
            </section>
          )}
        </For>
      </Show>
    </>
  );
}

/**
 * The stock reports of the warehouses an account keeps (the office's staff: all of the office's; a
 * Camat: their Lambung Sosial): the kartu stok of an item, the month of a warehouse, what each
 * disaster's releases delivered — on screen, printed on A4, or as CSV. Every opening is audited.
 */
export default function StockReports() {
  const params = new URLSearchParams(location.search);
  const signedIn = keeperSignedIn();
  const [reference] = createResource(
    () => signedIn,
    async () => {
      const pb = pocketbase();
      const [warehouses, items] = await Promise.all([
        pb.collection('warehouses').getFullList({ sort: 'code', fields: 'code,name' }),
        pb.collection('stock_items').getFullList({ sort: 'name', fields: 'slug,name,unit' }),
      ]);
      return { warehouses, items };
    },
  );
  const givenKind = params.get('laporan') as ReportKind | null;
  const [asked, setAsked] = createSignal<Asked>({
    kind: givenKind && givenKind in REPORT_KINDS ? givenKind : params.get('barang') ? 'kartu-stok' : 'bulanan',
    warehouse: params.get('gudang') ?? '',
    item: params.get('barang') ?? '',
    month: params.get('bulan') ?? officeMonth(new Date()),
    period: {
      from: params.get('dari') ?? defaultStockCardPeriod(new Date()).from,
      to: params.get('sampai') ?? defaultStockCardPeriod(new Date()).to,
    },
  });
  const [shown, setShown] = createSignal<Asked | false>(missing(asked()).length === 0 && asked());
  const [errors, setErrors] = createSignal<{ fieldId: string; message: string }[]>([]);
  const [downloadFailure, setDownloadFailure] = createSignal('');
  const [report] = createResource(() => signedIn && shown(), loadReport);
  const change = (fields: Partial<Asked>) => setAsked({ ...asked(), ...fields });
  const warehouseValue = () =>
    asked().warehouse || (reference()?.warehouses.length === 1 ? reference()!.warehouses[0]!['code'] : '');

  function show(event: SubmitEvent) {
    event.preventDefault();
    const wanted = { ...asked(), warehouse: warehouseValue() };
    const problems = missing(wanted);
    setErrors(problems);
    if (problems.length > 0) return;
    const query = new URLSearchParams({ laporan: wanted.kind, ...queryOf(wanted) });
    history.replaceState(null, '', `?${query}`);
    setShown(wanted);
  }

  return (
    <Show
      when={signedIn}
      fallback={
        <p class="callout">
          Laporan stok hanya untuk petugas Dinas Sosial dan Camat Lambung Sosial. Masuk dulu di{' '}
          <a href="/petugas/">ruang kerja petugas</a>, lalu buka halaman ini lagi.
        </p>
      }
    >
      <Show when={reference.error}>
        <p class="callout" role="alert">
          Daftar gudang tidak dapat dimuat. Periksa koneksi, lalu muat ulang halaman.
        </p>
      </Show>
      <Show when={reference()}>
        {(loaded) => (
          <form class="no-print stock-report-form" onSubmit={show} novalidate aria-label="Pilih laporan stok">
            <Show when={errors().length > 0}>
              <div class="callout" role="alert">
                <For each={errors()}>
                  {(error) => (
                    <p>
                      <a href={`#${error.fieldId}`}>{error.message}</a>
                    </p>
                  )}
                </For>
              </div>
            </Show>
            <SelectField
              id="laporan-gudang"
              label="Gudang"
              empty="Pilih gudang"
              value={warehouseValue()}
              options={loaded().warehouses.map((warehouse) => ({ value: warehouse['code'], label: warehouse['name'] }))}
              onChange={(warehouse) => change({ warehouse })}
              error={errors().find((error) => error.fieldId === 'laporan-gudang')?.message}
            />
            <RadioGroup
              id="laporan-jenis"
              name="laporan-jenis"
              label="Laporan"
              value={asked().kind}
              options={Object.entries(REPORT_KINDS).map(([value, label]) => ({ value, label }))}
              onChange={(kind) => change({ kind: kind as ReportKind })}
            />
            <Switch>
              <Match when={asked().kind === 'kartu-stok'}>
                <SelectField
                  id="laporan-barang"
                  label="Barang"
                  empty="Pilih barang"
                  value={asked().item}
                  options={loaded().items.map((item) => ({
                    value: item['slug'],
                    label: `${item['name']} (${item['unit']})`,
                  }))}
                  onChange={(item) => change({ item })}
                  error={errors().find((error) => error.fieldId === 'laporan-barang')?.message}
                />
                <TextField
                  id="laporan-dari"
                  type="date"
                  label="Dari tanggal"
                  hint="Saldo sebelum tanggal ini menjadi saldo awal periode."
                  value={asked().period.from}
                  onInput={(from) => change({ period: { ...asked().period, from } })}
                  error={errors().find((error) => error.fieldId === 'laporan-dari')?.message}
                />
                <TextField
                  id="laporan-sampai"
                  type="date"
                  label="Sampai tanggal"
                  value={asked().period.to}
                  onInput={(to) => change({ period: { ...asked().period, to } })}
                  error={errors().find((error) => error.fieldId === 'laporan-sampai')?.message}
                />
              </Match>
              <Match when={asked().kind === 'bulanan'}>
                <TextField
                  id="laporan-bulan"
                  type="month"
                  label="Bulan"
                  value={asked().month}
                  onInput={(month) => change({ month })}
                  error={errors().find((error) => error.fieldId === 'laporan-bulan')?.message}
                />
              </Match>
            </Switch>
            <div class="form-actions">
              <button class="button" type="submit">
                Tampilkan laporan
              </button>
            </div>
          </form>
        )}
      </Show>
      <Switch>
        <Match when={report.loading}>
          <p class="hint">Memuat laporan…</p>
        </Match>
        <Match when={report.error as Error | undefined}>
          {(error) => (
            <p class="callout" role="alert">
              {error().message}
            </p>
          )}
        </Match>
        <Match when={report()}>
          {(loaded) => (
            <article class="report-a4 stock-report" aria-live="polite">
              <p class="no-print">
                <button type="button" class="button secondary" onClick={() => window.print()}>
                  Cetak (A4)
                </button>{' '}
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    setDownloadFailure('');
                    downloadCsv(shown() as Asked).catch((error: Error) => setDownloadFailure(error.message));
                  }}
                >
                  Unduh CSV
                </button>
              </p>
              <Show when={downloadFailure()}>
                <p class="callout" role="alert">
                  {downloadFailure()}
                </p>
              </Show>
              <Switch>
                <Match when={loaded().kind === 'kartu-stok' && (loaded() as { card: StockCardAnswer }).card}>
                  {(card) => <StockCardView card={card()} />}
                </Match>
                <Match when={loaded().kind === 'bulanan' && (loaded() as { monthly: MonthlyReport }).monthly}>
                  {(monthly) => <MonthlyView report={monthly()} />}
                </Match>
                <Match when={loaded().kind === 'bencana' && (loaded() as { disasters: DisasterReport }).disasters}>
                  {(disasters) => <DisasterView report={disasters()} />}
                </Match>
              </Switch>
              <p class="meta">Dicetak {formatDateTime(new Date().toISOString())}.</p>
            </article>
          )}
        </Match>
      </Switch>
    </Show>
  );
}
