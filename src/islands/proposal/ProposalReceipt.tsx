import { createResource, Show } from 'solid-js';
import { qrSvg } from '../../lib/qr';
import { statusPagePath } from '../../lib/paths';
import { phoneVerifier } from '../../domain/phone';

/** What a village keeps after sending: the number, how to check its status, and a QR code to it. */
export default function ProposalReceipt(props: { number: string; contactPhone: string }) {
  const statusUrl = () => new URL(statusPagePath(props.number), location.origin).href;
  const [qr] = createResource(statusUrl, qrSvg);
  return (
    <article class="receipt callout" aria-labelledby={`terkirim-${props.number}`}>
      <h2 id={`terkirim-${props.number}`} tabindex="-1">
        Usulan terkirim
      </h2>
      <p>Nomor usulan:</p>
      <p class="receipt-number">{props.number}</p>
      <div class="receipt-qr">
        <Show when={qr()}>
          {(svg) => <div class="qr" innerHTML={svg()} role="img" aria-label={`Kode QR menuju ${statusUrl()}`} />}
        </Show>
        <p>
          Cek status usulan di <a href={statusUrl()}>{statusUrl()}</a> dengan nomor ini dan 4 angka terakhir nomor HP
          kontak ({phoneVerifier(props.contactPhone)}).
        </p>
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Cetak tanda terima
        </button>
      </p>
    </article>
  );
}
