// The BAST signed by the receiver, photographed and attached (photos shrunk and stripped of their
// metadata on the device, cleaned again by the server): the proposal becomes "Logistik diterima desa".
import { createSignal } from 'solid-js';
import DocumentPicker from '../form/DocumentPicker';
import { createStockForm } from './stock-form';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES } from '../../lib/api-address';
import type { StoredFile } from '../../lib/stored-file';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/document-files';
import type { StockReleasesRecord } from '../../domain/records';

export default function SignedBastForm(props: { release: StockReleasesRecord; onRecorded: () => void }) {
  const [photos, setPhotos] = createSignal<StoredFile[]>([]);
  const form = createStockForm({
    prefix: `bast-${props.release.id}`,
    fallback: 'signed_bast',
    check: () =>
      photos().length === 0
        ? [{ field: 'signed_bast', message: 'Lampirkan foto BAST yang sudah ditandatangani penerima.' }]
        : [],
    send: () => {
      const body = new FormData();
      body.append('release', props.release.id);
      for (const photo of photos()) body.append('signed_bast', photo.blob, photo.name);
      return pocketbase().send(ROUTES.signedBast.path, { method: 'POST', body, requestKey: null });
    },
    onRecorded: props.onRecorded,
  });
  return (
    <form.Form submitLabel="Simpan BAST bertanda tangan">
      <DocumentPicker
        id={form.fieldId('signed_bast')}
        label={`Foto ${props.release.number} yang ditandatangani penerima`}
        hint={
          'Foto atau PDF, paling banyak 3 file. Foto diperkecil dan data lokasinya dibuang di perangkat ini. ' +
          'Setelah disimpan, usulan menjadi Logistik diterima desa.'
        }
        maxFiles={3}
        allowedTypes={ALLOWED_FILE_TYPES}
        maxBytes={MAX_FILE_BYTES}
        files={photos()}
        error={form.errorFor('signed_bast')}
        onChange={setPhotos}
        onProblem={(message) => form.setErrors([{ fieldId: form.fieldId('signed_bast'), message }])}
      />
    </form.Form>
  );
}
