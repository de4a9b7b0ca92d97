// A receipt of stock into the warehouse: where it came from (APBN, APBD, hibah, donasi), the item,
// how many (whole units where the item counts so), the batch, its expiry where the item expires, and
// the BAST of receipt as photos or a PDF (photos shrunk and stripped of their metadata on the device).
import { Show, createSignal } from 'solid-js';
import DocumentPicker from '../form/DocumentPicker';
import { RadioGroup, SelectField, TextField } from '../form/fields';
import { createStockForm } from './stock-form';
import { typedQuantity } from './stock-data';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES } from '../../lib/api-address';
import type { StoredFile } from '../../lib/stored-file';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/document-files';
import { RECEIPT_SOURCES, receiptProblems } from '../../domain/stock-ledger';
import { STOCK_CATEGORIES, formatQuantity, type StockItem } from '../../domain/stock';
import type { WarehousesRecord } from '../../domain/records';

export default function ReceiptForm(props: {
  warehouse: WarehousesRecord;
  items: ReadonlyMap<string, StockItem>;
  onRecorded: () => void;
}) {
  const [source, setSource] = createSignal('');
  const [itemSlug, setItemSlug] = createSignal('');
  const [quantity, setQuantity] = createSignal('');
  const [batch, setBatch] = createSignal('');
  const [expiresOn, setExpiresOn] = createSignal('');
  const [reference, setReference] = createSignal('');
  const [note, setNote] = createSignal('');
  const [documents, setDocuments] = createSignal<StoredFile[]>([]);
  // One key per receipt typed here: pressing "Simpan" again after a dropped answer records it once.
  let key = crypto.randomUUID();
  const item = () => props.items.get(itemSlug());
  const form = createStockForm({
    prefix: 'terima',
    fallback: 'item',
    check: () => {
      const chosen = item();
      if (!chosen) return [{ field: 'item', message: 'Pilih barang yang diterima.' }];
      return receiptProblems(chosen, {
        source: source(),
        quantity: typedQuantity(quantity()),
        batch: batch(),
        expiresOn: chosen.expires ? expiresOn() : '',
        reference: reference(),
        documents: documents().length,
      });
    },
    send: () => {
      const body = new FormData();
      const fields = {
        warehouse: props.warehouse.code,
        item: itemSlug(),
        batch: batch().trim(),
        expires_on: item()?.expires ? expiresOn() : '',
        quantity: quantity().trim(),
        source: source(),
        reference: reference().trim(),
        note: note().trim(),
        idempotency_key: key,
      };
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      for (const file of documents()) body.append('document', file.blob, file.name);
      return pocketbase().send(ROUTES.stockReceipt.path, { method: 'POST', body, requestKey: null });
    },
    onRecorded: () => {
      const chosen = item()!;
      form.setSaved(
        `Tersimpan: ${formatQuantity(typedQuantity(quantity()))} ${chosen.unit} ${chosen.name}, batch ${batch().trim()}.`,
      );
      key = crypto.randomUUID();
      setQuantity('');
      setBatch('');
      setExpiresOn('');
      setReference('');
      setNote('');
      setDocuments([]);
      props.onRecorded();
    },
  });
  return (
    <form.Form submitLabel="Simpan penerimaan">
      <RadioGroup
        id={form.fieldId('source')}
        name={form.fieldId('source')}
        label="Sumber barang"
        value={source()}
        options={Object.entries(RECEIPT_SOURCES).map(([value, label]) => ({ value, label }))}
        error={form.errorFor('source')}
        onChange={setSource}
      />
      <SelectField
        id={form.fieldId('item')}
        label="Barang"
        empty="Pilih barang"
        value={itemSlug()}
        options={[...props.items.values()].map((one) => ({
          value: one.slug,
          label: `${one.name} (${one.unit}, ${STOCK_CATEGORIES[one.category].toLowerCase()})`,
        }))}
        error={form.errorFor('item')}
        onChange={setItemSlug}
      />
      <TextField
        id={form.fieldId('quantity')}
        label={`Jumlah${item() ? ` (${item()!.unit})` : ''}`}
        hint={item()?.whole === false ? 'Boleh pakai koma, misalnya 12,5.' : 'Bilangan bulat.'}
        inputmode={item()?.whole === false ? 'decimal' : 'numeric'}
        value={quantity()}
        error={form.errorFor('quantity')}
        onInput={setQuantity}
      />
      <TextField
        id={form.fieldId('batch')}
        label="Nomor batch (lot)"
        hint="Seperti tertulis di kemasan atau dokumen pengiriman."
        value={batch()}
        error={form.errorFor('batch')}
        onInput={setBatch}
      />
      <Show when={item()?.expires}>
        <TextField
          id={form.fieldId('expires_on')}
          label="Tanggal kedaluwarsa"
          type="date"
          value={expiresOn()}
          error={form.errorFor('expires_on')}
          onInput={setExpiresOn}
        />
      </Show>
      <TextField
        id={form.fieldId('reference')}
        label="Nomor BAST penerimaan"
        hint="Dari pengirim barang, misalnya Kemensos atau BPBD."
        value={reference()}
        error={form.errorFor('reference')}
        onInput={setReference}
      />
      <DocumentPicker
        id={form.fieldId('document')}
        label="BAST penerimaan yang ditandatangani"
        hint="Foto atau PDF, paling banyak 3 file. Foto diperkecil dan data lokasinya dibuang di perangkat ini."
        maxFiles={3}
        allowedTypes={ALLOWED_FILE_TYPES}
        maxBytes={MAX_FILE_BYTES}
        files={documents()}
        error={form.errorFor('document')}
        onChange={setDocuments}
        onProblem={(message) => form.setErrors([{ fieldId: form.fieldId('document'), message }])}
      />
      <TextField id={form.fieldId('note')} label="Catatan (tidak wajib)" value={note()} onInput={setNote} />
    </form.Form>
  );
}
