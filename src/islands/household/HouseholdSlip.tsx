import { createResource, Show } from 'solid-js';
import SentReceipt from '../form/SentReceipt';
import { qrSvg } from '../../lib/qr';
import { statusPagePath } from '../../lib/paths';
import { HOUSEHOLD_STAGES } from '../../domain/household-proposal';
import type { OfficeCutoff } from '../../domain/dtsen-cutoff';
import NextCutoff from './NextCutoff';

/**
 * The slip the village prints or copies for the family: the number, the 4 digits that open it on
 * /cek-status/, a QR code to it, and what happens next. No NIK, no KK: a slip gets lost.
 */
export default function HouseholdSlip(props: {
  number: string;
  verifier: string;
  headName: string;
  cutoff: OfficeCutoff | null;
  onNext: () => void;
}) {
  const statusUrl = () => new URL(statusPagePath(props.number), location.origin).href;
  const [qr] = createResource(statusUrl, qrSvg);
  return (
    <SentReceipt what="Usulan" number={props.number} headingId={`dtsen-terkirim-${props.number}`}>
      <p>
        Untuk keluarga {props.headName}. Cek status usulan di halaman Cek Status dengan nomor ini dan angka{' '}
        <strong>{props.verifier}</strong>.
      </p>
      <div class="receipt-qr">
        <Show when={qr()}>
          {(svg) => <div class="qr" innerHTML={svg()} role="img" aria-label={`Kode QR menuju ${statusUrl()}`} />}
        </Show>
        <p>
          <a href={statusUrl()}>{statusUrl()}</a>
        </p>
      </div>
      <h3>Yang terjadi selanjutnya</h3>
      <ol class="steps">
        <li>{HOUSEHOLD_STAGES['dicatat-desa']}: usulan ini sudah tercatat.</li>
        <li>{HOUSEHOLD_STAGES['musyawarah-desa']}: dibahas di musyawarah desa/kelurahan.</li>
        <li>
          {HOUSEHOLD_STAGES['diverifikasi-dinsos']}: diperiksa Dinas Sosial, atau dikembalikan ke desa dengan alasannya.
        </li>
        <li>{HOUSEHOLD_STAGES['dikirim-ke-pusat']}: diunggah Dinas Sosial ke aplikasi pusat pada putaran bulan itu.</li>
        <li>{HOUSEHOLD_STAGES.hasil}: masuk DTSEN, tidak masuk, atau data perlu diperbaiki — dengan alasannya.</li>
      </ol>
      <NextCutoff cutoff={props.cutoff} />
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Cetak tanda terima
        </button>{' '}
        <button type="button" class="button" onClick={() => props.onNext()}>
          Catat keluarga berikutnya
        </button>
      </p>
    </SentReceipt>
  );
}
