// A transfer of stock to another warehouse of the same office (POST /api/logistik/mutasi), by those
// src/domain/stock.ts lets move stock: which item, which batch — the one to expire first offered
// first, expired batches never (they are written off) — how much (never more than the batch holds),
// to which warehouse, under which letter. One transfer is two ledger entries: out of here, into there.
import { createSignal } from 'solid-js';
import { SelectField, TextField } from '../form/fields';
import { createStockForm } from './stock-form';
import { typedQuantity, type Batch } from './stock-data';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, type RequestOf } from '../../domain/routes';
import { firstExpiryFirstOut, releaseLineProblems } from '../../domain/stock-ledger';
import { formatQuantity, quantityProblem, roundQuantity, type StockItem, type StockProblem } from '../../domain/stock';
import { officeDate } from '../../domain/working-days';
import type { WarehousesRecord } from '../../domain/records';

export default function TransferForm(props: {
  warehouse: WarehousesRecord;
  /** The office's other warehouses, where stock may go. */
  destinations: readonly WarehousesRecord[];
  items: ReadonlyMap<string, StockItem>;
  batches: readonly Batch[];
  onRecorded: () => void;
}) {
  const [item, setItem] = createSignal('');
  const [batch, setBatch] = createSignal('');
  const [quantity, setQuantity] = createSignal('');
  const [destination, setDestination] = createSignal('');
  const [reference, setReference] = createSignal('');
  // One key per transfer: a retried send after a dropped connection is not a second transfer.
  const [key, setKey] = createSignal(crypto.randomUUID());
  const today = () => officeDate(new Date());
  const batchesOf = (slug: string) => props.batches.filter((one) => one.item === slug);
  /** The item's batches that may move, the one to expire first first (firstExpiryFirstOut's order). */
  const usable = (slug: string) => {
    const held = batchesOf(slug);
    const total = roundQuantity(held.reduce((sum, one) => sum + Math.max(one.balance, 0), 0));
    return firstExpiryFirstOut(held, total, today()).picks;
  };
  const movable = () => [...props.items.values()].filter((one) => usable(one.slug).length > 0);
  const chosenItem = () => props.items.get(item());
  const form = createStockForm({
    prefix: 'mutasi',
    fallback: 'quantity',
    check: () => {
      const problems: StockProblem[] = [];
      const picked = chosenItem();
      if (!picked) problems.push({ field: 'item', message: 'Pilih barang yang dipindahkan.' });
      else if (!batch()) problems.push({ field: 'batch', message: 'Pilih batch yang dipindahkan.' });
      else {
        const amount = typedQuantity(quantity());
        const problem =
          quantityProblem(picked, amount) ??
          releaseLineProblems(
            [{ item: picked.slug, batch: batch(), quantity: amount }],
            props.batches,
            props.items,
            today(),
          )[0]?.message;
        if (problem) problems.push({ field: 'quantity', message: problem });
      }
      if (!props.destinations.some((one) => one.code === destination()))
        problems.push({ field: 'to', message: 'Pilih gudang tujuan.' });
      if (!reference().trim()) problems.push({ field: 'reference', message: 'Isi nomor surat atau BAST mutasi.' });
      return problems;
    },
    send: () =>
      pocketbase().send(ROUTES.stockTransfer.path, {
        method: 'POST',
        body: {
          from: props.warehouse.code,
          to: destination(),
          item: item(),
          batch: batch(),
          quantity: typedQuantity(quantity()),
          reference: reference().trim(),
          idempotency_key: key(),
        } satisfies RequestOf<typeof ROUTES.stockTransfer>,
        requestKey: null,
      }),
    onRecorded: () => {
      const moved = chosenItem()!;
      const to = props.destinations.find((one) => one.code === destination())!;
      form.setSaved(
        `Tersimpan: ${formatQuantity(typedQuantity(quantity()))} ${moved.unit} ${moved.name} batch ${batch()} ` +
          `dipindahkan ke ${to.name}.`,
      );
      setItem('');
      setBatch('');
      setQuantity('');
      setReference('');
      setKey(crypto.randomUUID());
      props.onRecorded();
    },
  });
  const chooseItem = (slug: string) => {
    setItem(slug);
    // First expiry, first out: the batch to expire first is chosen; another stays one pick away.
    setBatch(usable(slug)[0]?.batch ?? '');
  };
  return (
    <form.Form submitLabel="Simpan pemindahan">
      <SelectField
        id={form.fieldId('item')}
        label="Barang"
        empty="Pilih barang"
        value={item()}
        options={movable().map((one) => ({ value: one.slug, label: `${one.name} (${one.unit})` }))}
        error={form.errorFor('item')}
        onChange={chooseItem}
      />
      <SelectField
        id={form.fieldId('batch')}
        label="Batch"
        hint="Yang paling dulu kedaluwarsa dipilih lebih dulu. Batch yang sudah kedaluwarsa tidak dipindahkan, tetapi dihapus."
        empty={item() ? 'Pilih batch' : 'Pilih barang dulu'}
        value={batch()}
        options={usable(item()).map((one) => ({
          value: one.batch,
          label:
            `${one.batch}, tinggal ${formatQuantity(one.quantity)} ${chosenItem()?.unit ?? ''}` +
            (one.expiresOn ? `, kedaluwarsa ${one.expiresOn}` : ''),
        }))}
        error={form.errorFor('batch')}
        onChange={setBatch}
      />
      <TextField
        id={form.fieldId('quantity')}
        label={chosenItem() ? `Jumlah yang dipindahkan (${chosenItem()!.unit})` : 'Jumlah yang dipindahkan'}
        inputmode="decimal"
        value={quantity()}
        error={form.errorFor('quantity')}
        onInput={setQuantity}
      />
      <SelectField
        id={form.fieldId('to')}
        label="Gudang tujuan"
        empty="Pilih gudang tujuan"
        value={destination()}
        options={props.destinations.map((one) => ({ value: one.code, label: one.name }))}
        error={form.errorFor('to')}
        onChange={setDestination}
      />
      <TextField
        id={form.fieldId('reference')}
        label="Nomor surat atau BAST mutasi"
        value={reference()}
        error={form.errorFor('reference')}
        onInput={setReference}
      />
    </form.Form>
  );
}
