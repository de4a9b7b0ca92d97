// A correction: a reversing entry that names the entry it corrects, with what was wrong. Receipts
// and write-offs are corrected so; a release is not (goods that come back are a receipt), nor a
// transfer (it is moved back) — the server says so too (POST /api/logistik/koreksi).
import { createResource, createSignal } from 'solid-js';
import { SelectField, TextArea } from '../form/fields';
import { createStockForm } from './stock-form';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { ROUTES, type RequestOf } from '../../domain/routes';
import { ENTRY_KINDS, type EntryKind } from '../../domain/stock-ledger';
import { formatQuantity, type StockItem, type StockProblem } from '../../domain/stock';
import type { StockEntriesRecord, WarehousesRecord } from '../../domain/records';

/** How many of the latest entries are offered: a mistake is found soon after it is made. */
const LATEST = 30;

async function correctable(warehouse: string): Promise<StockEntriesRecord[]> {
  const pb = pocketbase();
  const [latest, corrections] = await Promise.all([
    pb.collection('stock_entries').getList(1, LATEST, {
      filter: pb.filter('warehouse = {:warehouse} && corrects = "" && (kind = "penerimaan" || kind = "penghapusan")', {
        warehouse,
      }),
      sort: '-created',
      expand: 'item',
      requestKey: null,
    }),
    pb.collection('stock_entries').getFullList({
      filter: pb.filter('warehouse = {:warehouse} && corrects != ""', { warehouse }),
      fields: 'corrects',
      requestKey: null,
    }),
  ]);
  const corrected = new Set(corrections.map((entry) => entry.corrects));
  return latest.items.filter((entry) => !corrected.has(entry.id));
}

export default function CorrectionForm(props: {
  warehouse: WarehousesRecord;
  items: ReadonlyMap<string, StockItem>;
  onRecorded: () => void;
}) {
  const [entries, { refetch }] = createResource(() => props.warehouse.id, correctable);
  const [chosen, setChosen] = createSignal('');
  const [note, setNote] = createSignal('');
  const entryLabel = (entry: StockEntriesRecord) =>
    `${formatDateTime(entry.created)} — ${ENTRY_KINDS[entry.kind as EntryKind]} ${entry.expand?.item?.name ?? ''} ` +
    `${formatQuantity(Math.abs(entry.change))} ${entry.expand?.item?.unit ?? ''}, batch ${entry.batch}, ${entry.reference}`;
  const entry = () => entries()?.find((one) => one.id === chosen());
  const form = createStockForm({
    prefix: 'koreksi',
    fallback: 'entry',
    check: () => {
      const problems: StockProblem[] = [];
      if (!entry()) problems.push({ field: 'entry', message: 'Pilih entri yang salah.' });
      if (!note().trim()) problems.push({ field: 'note', message: 'Tuliskan apa yang salah pada entri itu.' });
      return problems;
    },
    send: () =>
      pocketbase().send(ROUTES.stockReversal.path, {
        method: 'POST',
        body: { entry: chosen(), note: note().trim() } satisfies RequestOf<typeof ROUTES.stockReversal>,
        requestKey: null,
      }),
    onRecorded: () => {
      form.setSaved(`Tersimpan: entri pembalik atas ${entry()!.reference}. Catat ulang yang benar bila perlu.`);
      setChosen('');
      setNote('');
      void refetch();
      props.onRecorded();
    },
  });
  return (
    <>
      <p class="hint">
        Entri buku stok tidak pernah diubah atau dihapus. Kesalahan dikoreksi dengan entri pembalik yang menyebut entri
        yang dikoreksinya; lalu catat ulang yang benar. Penyaluran dengan BAST tidak dikoreksi: barang yang kembali
        dicatat sebagai penerimaan.
      </p>
      <form.Form submitLabel="Simpan koreksi">
        <SelectField
          id={form.fieldId('entry')}
          label="Entri yang salah"
          hint={`${LATEST} penerimaan dan penghapusan terakhir yang belum dikoreksi.`}
          empty={entries.loading ? 'Memuat entri…' : 'Pilih entri'}
          value={chosen()}
          options={(entries() ?? []).map((one) => ({ value: one.id, label: entryLabel(one) }))}
          error={form.errorFor('entry')}
          onChange={setChosen}
        />
        <TextArea
          id={form.fieldId('note')}
          label="Apa yang salah"
          rows={2}
          value={note()}
          error={form.errorFor('note')}
          onInput={setNote}
        />
      </form.Form>
    </>
  );
}
