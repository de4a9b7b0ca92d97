import { For, Show, Suspense, createResource, lazy } from 'solid-js';
import SentReceipt from '../form/SentReceipt';
import { qrSvg } from '../../lib/qr';
import { statusPagePath } from '../../lib/paths';

// "Pantau nomor ini": told on this device when the step changes.
const WatchNumber = lazy(() => import('../status/WatchNumber'));

export interface DeliveryPoint {
  name: string;
  address: string;
  /** What the site adds to the source's address (town, province), as its own note. */
  addressNote: string | null;
  openingHours: string | null;
  contacts: { label: string; value: string; href: string | undefined }[];
  directions: string;
}

interface Props {
  number: string;
  /** The last four digits of the phone given: what the status page asks for. */
  verifier: string;
  serviceTitle: string;
  completionTime: string | null;
  deliveryPoints: DeliveryPoint[];
  /** Requirements to bring when collecting the result. */
  brought: string[];
  onAnother: () => void;
}

/** What an applicant keeps after sending: the number, what happens next and by when, where to collect. */
export default function ApplicationConfirmation(props: Props) {
  const statusUrl = () => new URL(statusPagePath(props.number), location.origin).href;
  const [qr] = createResource(statusUrl, qrSvg);
  // Only the number and where to look it up: no name, no phone, in what is shared.
  const shareText = () => `Nomor permohonan ${props.serviceTitle}: ${props.number}. Cek status: ${statusUrl()}`;
  return (
    <SentReceipt what="Permohonan" number={props.number} headingId="terkirim-judul">
      <p>
        Simpan nomor ini. Untuk melihat status, Anda perlu nomor ini dan 4 angka terakhir nomor HP yang Anda isi (
        <strong>{props.verifier}</strong>).
      </p>
      <h3>Yang terjadi selanjutnya</h3>
      <ol class="steps">
        <li>
          Petugas memeriksa dokumen Anda. Jika ada yang kurang jelas, petugas meminta Anda mengirim ulang lewat halaman
          cek status — pantau halaman itu.
        </li>
        <li>
          Setelah dokumen diterima, permohonan diproses.{' '}
          {props.completionTime
            ? `Standar pelayanan menjanjikan selesai dalam ${props.completionTime}, dihitung sejak dokumen diterima.`
            : 'Waktu penyelesaian tidak dicantumkan dalam standar pelayanan; tanyakan kepada petugas.'}
        </li>
        <li>Hasilnya diambil di kantor layanan di bawah ini. Halaman cek status memberi tahu kapan sudah selesai.</li>
      </ol>
      <Suspense>
        <WatchNumber number={props.number} verifier={props.verifier} />
      </Suspense>
      <Show when={props.brought.length > 0}>
        <p>Bawa saat mengambil hasil: {props.brought.join('; ')}.</p>
      </Show>
      <h3>Tempat mengambil hasil</h3>
      <For each={props.deliveryPoints}>
        {(point) => (
          <div class="delivery-point">
            <p>
              <strong>{point.name}</strong>
              <br />
              {point.address}
              <Show when={point.addressNote}>
                <br />
                <span class="hint">{point.addressNote}</span>
              </Show>
            </p>
            <p>
              {point.openingHours
                ? `Jam layanan: ${point.openingHours}`
                : 'Jam layanan belum dicantumkan; hubungi kantor sebelum datang.'}
            </p>
            <ul class="contact-list">
              <For each={point.contacts}>
                {(contact) => (
                  <li>
                    {contact.label}:{' '}
                    <Show when={contact.href} fallback={contact.value}>
                      {(href) => <a href={href()}>{contact.value}</a>}
                    </Show>
                  </li>
                )}
              </For>
              <li>
                <a href={point.directions}>Petunjuk arah</a>
              </li>
            </ul>
          </div>
        )}
      </For>
      <div class="receipt-qr">
        <Show when={qr()}>
          {(svg) => <div class="qr" innerHTML={svg()} role="img" aria-label={`Kode QR menuju ${statusUrl()}`} />}
        </Show>
        <p>
          Cek status kapan saja: pindai kode QR ini atau buka <a href={statusUrl()}>{statusUrl()}</a>.
        </p>
      </div>
      <p class="no-print form-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          Cetak atau simpan sebagai PDF
        </button>{' '}
        <a
          class="button secondary"
          href={`https://wa.me/?text=${encodeURIComponent(shareText())}`}
          target="_blank"
          rel="noopener"
        >
          Bagikan ke WhatsApp
        </a>{' '}
        <button type="button" class="button secondary" onClick={() => props.onAnother()}>
          Ajukan permohonan lain
        </button>
      </p>
    </SentReceipt>
  );
}
