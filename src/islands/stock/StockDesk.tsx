// The workspace's stock tab: a warehouse's balances per item with its batches and their expiry, and
// what the account may record there — receipts, transfers to another warehouse of the office,
// write-offs (the kepala bidang's), corrections. A
// Camat sees their own Lambung Sosial; the Dinas's staff their office's warehouses, its own first.
import { For, Match, Show, Switch, createResource, createSignal, lazy } from 'solid-js';
import DataTable from '../DataTable';
import { STOCK_REPORTS_PATH, stockCardPath } from '../../lib/stock-paths';
import { SelectField } from '../form/fields';
import {
  STOCK_CATEGORIES,
  STOCK_ACTIONS,
  STOCK_ACTIONS_BY_ACTOR,
  formatQuantity,
  type StockItem,
  type WarehouseKind,
} from '../../domain/stock';
import { daysBetween, isExpired } from '../../domain/stock-ledger';
import { officeDate } from '../../domain/working-days';
import {
  loadBalances,
  loadItems,
  loadWarehouses,
  mayRecord,
  stockActorOf,
  type Batch,
  type StockAccount,
} from './stock-data';

const ReceiptForm = lazy(() => import('./ReceiptForm'));
const TransferForm = lazy(() => import('./TransferForm'));
const WriteOffForm = lazy(() => import('./WriteOffForm'));
const CorrectionForm = lazy(() => import('./CorrectionForm'));

type Task = 'penerimaan' | 'mutasi' | 'penghapusan' | 'koreksi';
const TASK_LABELS: Record<Task, string> = {
  penerimaan: 'Catat penerimaan',
  mutasi: 'Pindahkan stok',
  penghapusan: 'Hapus stok rusak atau kedaluwarsa',
  koreksi: 'Koreksi entri',
};

/** One item's line of the stock view: its total and its batches with stock, first to expire first. */
interface ItemLine {
  item: StockItem;
  total: number;
  batches: Batch[];
}

function itemLines(batches: readonly Batch[], items: ReadonlyMap<string, StockItem>): ItemLine[] {
  const lines = new Map<string, ItemLine>();
  for (const batch of batches) {
    const item = items.get(batch.item);
    if (!item || batch.balance <= 0) continue;
    const line = lines.get(item.slug) ?? { item, total: 0, batches: [] };
    line.total = Math.round((line.total + batch.balance) * 100) / 100;
    line.batches.push(batch);
    lines.set(item.slug, line);
  }
  for (const line of lines.values())
    line.batches.sort(
      (a, b) => (a.expiresOn || '9999').localeCompare(b.expiresOn || '9999') || a.batch.localeCompare(b.batch),
    );
  return [...lines.values()].sort(
    (a, b) => a.item.category.localeCompare(b.item.category) || a.item.name.localeCompare(b.item.name),
  );
}

/** A batch as the stock view says it: its number, what is left, and its expiry with a warning when near or past. */
function BatchLine(props: { batch: Batch; item: StockItem; today: string }) {
  const daysLeft = () =>
    props.batch.expiresOn ? daysBetween(props.today, props.batch.expiresOn) : Number.POSITIVE_INFINITY;
  return (
    <li>
      {props.batch.batch}: {formatQuantity(props.batch.balance)} {props.item.unit}
      <Show when={props.batch.expiresOn}>
        {' '}
        — kedaluwarsa {props.batch.expiresOn}
        <Switch>
          <Match when={isExpired(props.batch.expiresOn, props.today)}>
            {' '}
            <strong class="stock-flag">sudah kedaluwarsa: jangan disalurkan, ajukan penghapusan</strong>
          </Match>
          <Match when={daysLeft() <= props.item.alertDays}>
            {' '}
            <strong class="stock-flag">{daysLeft()} hari lagi: salurkan lebih dulu</strong>
          </Match>
        </Switch>
      </Show>
    </li>
  );
}

export default function StockDesk(props: { account: StockAccount }) {
  const [warehouses] = createResource(loadWarehouses);
  const [items] = createResource(loadItems);
  const [chosen, setChosen] = createSignal('');
  const warehouse = () => {
    const all = warehouses() ?? [];
    return all.find((one) => one.code === chosen()) ?? all[0];
  };
  const [balances, { refetch }] = createResource(() => warehouse()?.code, loadBalances);
  const [task, setTask] = createSignal<Task>();
  const today = () => officeDate(new Date());
  const actor = () => stockActorOf(props.account);
  const lines = () => itemLines(balances.latest?.batches ?? [], items() ?? new Map());
  const allowed = () => {
    const kind = warehouse()?.kind as WarehouseKind | undefined;
    return kind ? STOCK_ACTIONS_BY_ACTOR[actor()][kind] : [];
  };
  // The form stays open with its confirmation (the next receipt is often the next line of the same delivery).
  const recorded = () => void refetch();

  return (
    <Switch>
      <Match when={warehouses.error || items.error}>
        <p class="callout">Stok tidak dapat dimuat. Periksa koneksi, lalu muat ulang halaman.</p>
      </Match>
      <Match when={warehouses() && warehouses()!.length === 0}>
        <p class="callout">
          Akun Anda tidak memegang gudang logistik. Camat di kecamatan dengan Lambung Sosial melihat gudangnya di sini.
        </p>
      </Match>
      <Match when={warehouse() && items()}>
        <Show when={(warehouses() ?? []).length > 1}>
          <SelectField
            id="gudang"
            label="Gudang"
            empty="Pilih gudang"
            value={warehouse()!.code}
            options={(warehouses() ?? []).map((one) => ({ value: one.code, label: one.name }))}
            onChange={(value) => {
              setTask(undefined);
              setChosen(value);
            }}
          />
        </Show>
        <h3 id="stok-gudang">{warehouse()!.name}</h3>
        <p class="hint">
          Saldo dihitung dari semua entri buku stok. Yang dapat Anda catat di gudang ini:{' '}
          {allowed().length > 0
            ? allowed()
                .map((action) => STOCK_ACTIONS[action])
                .join(', ')
            : 'tidak ada (hanya melihat)'}
          .
          <Show when={!allowed().includes('penghapusan')}>
            {' '}
            Penghapusan stok rusak atau kedaluwarsa disetujui kepala bidang.
          </Show>
        </p>
        <p>
          <a href={STOCK_REPORTS_PATH}>Kartu stok dan laporan</a> (laporan bulanan, penyaluran per bencana, cetak atau
          CSV); nama barang di bawah membuka kartu stoknya.
        </p>
        <Show
          when={balances.latest}
          fallback={
            <p class="hint">
              {balances.error ? 'Saldo tidak dapat dimuat. Periksa koneksi, lalu muat ulang.' : 'Memuat saldo…'}
            </p>
          }
        >
          <Show
            when={lines().length > 0}
            fallback={
              <p class="callout">
                Belum ada stok di {warehouse()!.name}.
                {mayRecord(props.account, warehouse()!, 'penerimaan')
                  ? ' Catat penerimaan barang pertama di bawah.'
                  : ''}
              </p>
            }
          >
            <DataTable
              cards
              label={`Stok ${warehouse()!.name}`}
              headers={['Barang', 'Kategori', 'Saldo', 'Batch dan kedaluwarsa']}
              rows={lines()}
            >
              {(line) => (
                <tr>
                  <td>
                    <a href={stockCardPath(warehouse()!.code, line.item.slug)}>{line.item.name}</a>
                  </td>
                  <td>{STOCK_CATEGORIES[line.item.category]}</td>
                  <td class="number">
                    {formatQuantity(line.total)} {line.item.unit}
                  </td>
                  <td>
                    <ul class="batch-list">
                      <For each={line.batches}>
                        {(batch) => <BatchLine batch={batch} item={line.item} today={today()} />}
                      </For>
                    </ul>
                  </td>
                </tr>
              )}
            </DataTable>
          </Show>
        </Show>
        <ul class="stock-tasks">
          <For each={Object.keys(TASK_LABELS) as Task[]}>
            {(one) => (
              <li>
                <button
                  type="button"
                  class={`button${task() === one ? '' : ' secondary'}`}
                  aria-expanded={task() === one}
                  onClick={() => setTask(task() === one ? undefined : one)}
                >
                  {TASK_LABELS[one]}
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={task()} keyed>
          {(open) => (
            <section class="stock-task" aria-labelledby="tugas-stok">
              <h3 id="tugas-stok" tabindex="-1">
                {TASK_LABELS[open]}
              </h3>
              <Show
                when={mayRecord(props.account, warehouse()!, open)}
                fallback={
                  <p class="callout">
                    {open === 'penghapusan'
                      ? `Penghapusan stok rusak atau kedaluwarsa di ${warehouse()!.name} dicatat dan disetujui kepala bidang ` +
                        'Dinas Sosial. Laporkan barangnya kepada kepala bidang: nama barang, batch, jumlah dan keadaannya.'
                      : open === 'mutasi'
                        ? `Stok tidak dipindahkan dari ${warehouse()!.name}: petugas dan kepala bidang Dinas Sosial ` +
                          'memindahkan stok dari gudang Dinas ke gudang lain milik kantor. Bila gudang ini perlu tambahan, ' +
                          'mintalah kepada Dinas Sosial.'
                        : `Anda hanya melihat stok ${warehouse()!.name}; pencatatannya oleh pemegang gudang ini.`}
                  </p>
                }
              >
                <Switch>
                  <Match when={open === 'penerimaan'}>
                    <ReceiptForm warehouse={warehouse()!} items={items()!} onRecorded={recorded} />
                  </Match>
                  <Match when={open === 'mutasi'}>
                    <TransferForm
                      warehouse={warehouse()!}
                      destinations={(warehouses() ?? []).filter(
                        (one) => one.code !== warehouse()!.code && one.agency === warehouse()!.agency,
                      )}
                      items={items()!}
                      batches={balances.latest?.batches ?? []}
                      onRecorded={recorded}
                    />
                  </Match>
                  <Match when={open === 'penghapusan'}>
                    <WriteOffForm
                      warehouse={warehouse()!}
                      items={items()!}
                      batches={balances.latest?.batches ?? []}
                      onRecorded={recorded}
                    />
                  </Match>
                  <Match when={open === 'koreksi'}>
                    <CorrectionForm warehouse={warehouse()!} items={items()!} onRecorded={recorded} />
                  </Match>
                </Switch>
              </Show>
            </section>
          )}
        </Show>
      </Match>
      <Match when={true}>
        <p class="hint">Memuat stok…</p>
      </Match>
    </Switch>
  );
}
