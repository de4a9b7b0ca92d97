// A write-off of damaged or expired stock, recorded by the kepala bidang who approves it: which
// batch, how much (never more than it holds), why, the state of the goods and the write-off record's number.
import { createSignal } from 'solid-js';
import { RadioGroup, SelectField, TextArea, TextField } from '../form/fields';
import { createStockForm } from './stock-form';
import { typedQuantity, type Batch } from './stock-data';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, type RequestOf } from '../../domain/routes';
import { WRITE_OFF_REASONS } from '../../domain/stock-ledger';
import { formatQuantity, quantityProblem, type StockItem, type StockProblem } from '../../domain/stock';
import type { WarehousesRecord } from '../../domain/records';

export default function WriteOffForm(props: {
  warehouse: WarehousesRecord;
  items: ReadonlyMap<string, StockItem>;
  batches: readonly Batch[];
  onRecorded: () => void;
}) {
  const [chosen, setChosen] = createSignal('');
  const [quantity, setQuantity] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [note, setNote] = createSignal('');
  const [reference, setReference] = createSignal('');
  const held = () => props.batches.filter((batch) => batch.balance > 0 && props.items.has(batch.item));
  const batchKey = (batch: Batch) => `${batch.item}/${batch.batch}`;
  const batch = () => held().find((one) => batchKey(one) === chosen());
  const form = createStockForm({
    prefix: 'hapus',
    fallback: 'batch',
    check: () => {
      const problems: StockProblem[] = [];
      const picked = batch();
      if (!picked) problems.push({ field: 'batch', message: 'Pilih barang dan batch yang dihapus.' });
      else {
        const item = props.items.get(picked.item)!;
        const amount = typedQuantity(quantity());
        const problem = quantityProblem(item, amount);
        if (problem) problems.push({ field: 'quantity', message: problem });
        else if (amount > picked.balance)
          problems.push({
            field: 'quantity',
            message: `${item.name} batch ${picked.batch} tinggal ${formatQuantity(picked.balance)} ${item.unit}.`,
          });
      }
      if (!(reason() in WRITE_OFF_REASONS))
        problems.push({ field: 'reason', message: 'Pilih alasan penghapusan: rusak atau kedaluwarsa.' });
      if (!note().trim())
        problems.push({
          field: 'note',
          message: 'Tuliskan keadaan barangnya (misalnya kemasan bocor, terendam banjir).',
        });
      if (!reference().trim()) problems.push({ field: 'reference', message: 'Isi nomor berita acara penghapusan.' });
      return problems;
    },
    send: () =>
      pocketbase().send(ROUTES.stockWriteOff.path, {
        method: 'POST',
        body: {
          warehouse: props.warehouse.code,
          item: batch()!.item,
          batch: batch()!.batch,
          quantity: typedQuantity(quantity()),
          reason: reason(),
          note: note().trim(),
          reference: reference().trim(),
        } satisfies RequestOf<typeof ROUTES.stockWriteOff>,
        requestKey: null,
      }),
    onRecorded: () => {
      const item = props.items.get(batch()!.item)!;
      form.setSaved(
        `Tersimpan: ${formatQuantity(typedQuantity(quantity()))} ${item.unit} ${item.name} batch ${batch()!.batch} dihapus.`,
      );
      setChosen('');
      setQuantity('');
      setNote('');
      setReference('');
      props.onRecorded();
    },
  });
  return (
    <form.Form submitLabel="Simpan penghapusan">
      <SelectField
        id={form.fieldId('batch')}
        label="Barang dan batch"
        empty="Pilih batch"
        value={chosen()}
        options={held().map((one) => {
          const item = props.items.get(one.item)!;
          return {
            value: batchKey(one),
            label:
              `${item.name} — batch ${one.batch}, tinggal ${formatQuantity(one.balance)} ${item.unit}` +
              (one.expiresOn ? `, kedaluwarsa ${one.expiresOn}` : ''),
          };
        })}
        error={form.errorFor('batch')}
        onChange={setChosen}
      />
      <TextField
        id={form.fieldId('quantity')}
        label="Jumlah yang dihapus"
        inputmode="decimal"
        value={quantity()}
        error={form.errorFor('quantity')}
        onInput={setQuantity}
      />
      <RadioGroup
        id={form.fieldId('reason')}
        name={form.fieldId('reason')}
        label="Alasan"
        value={reason()}
        options={Object.entries(WRITE_OFF_REASONS).map(([value, label]) => ({ value, label }))}
        error={form.errorFor('reason')}
        onChange={setReason}
      />
      <TextArea
        id={form.fieldId('note')}
        label="Keadaan barang"
        rows={2}
        value={note()}
        error={form.errorFor('note')}
        onInput={setNote}
      />
      <TextField
        id={form.fieldId('reference')}
        label="Nomor berita acara penghapusan"
        value={reference()}
        error={form.errorFor('reference')}
        onInput={setReference}
      />
    </form.Form>
  );
}
