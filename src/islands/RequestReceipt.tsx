import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import SignInForm from './SignInForm';
import { pocketbase, signedInAccount } from '../lib/pocketbase-client';
import { statusPagePath } from '../lib/paths';
import type { AgenciesRecord, RequestsRecord, ServicesRecord } from '../domain/records';
import { parseRequestNumber } from '../domain/request-number';
import { formatDateTime } from '../lib/dates';
import { qrSvg } from '../lib/qr';
import ServicePlaces from './ServicePlaces';
import { counterSurveyPath } from '../domain/satisfaction-survey';

interface Receipt {
  request: RequestsRecord;
  service: ServicesRecord;
  agency: AgenciesRecord;
  statusUrl: string;
  qr: string;
  /** The office's counter questionnaire with this service chosen: tied to no number. */
  surveyUrl: string;
  surveyQr: string;
}

async function loadReceipt(number: string): Promise<Receipt | null> {
  const pb = pocketbase();
  const request = await pb
    .collection('requests')
    .getFirstListItem(pb.filter('number = {:number}', { number }), { expand: 'service,agency' })
    .catch(() => null);
  if (!request) return null;
  const statusUrl = new URL(statusPagePath(number), location.origin).href;
  const agency = request.expand!.agency!;
  const service = request.expand!.service!;
  const surveyUrl = new URL(`${counterSurveyPath(agency.slug)}?layanan=${encodeURIComponent(service.slug)}`, location.origin).href;
  return { request, service, agency, statusUrl, qr: await qrSvg(statusUrl), surveyUrl, surveyQr: await qrSvg(surveyUrl) };
}

/** A printable receipt for a registered request; staff of the request's office only. */
export default function RequestReceipt() {
  const parsed = parseRequestNumber(new URLSearchParams(location.search).get('no') ?? '');
  const [signedIn, setSignedIn] = createSignal(signedInAccount()?.collectionName === 'staff');
  const [receipt] = createResource(() => (signedIn() && parsed.ok ? parsed.number : false), loadReceipt);

  return (
    <Switch>
      <Match when={!parsed.ok}>
        <p class="callout">Alamat tanda terima ini tidak memuat nomor permohonan yang valid. Buka tanda terima dari daftar permohonan.</p>
      </Match>
      <Match when={!signedIn()}>
        <p>Tanda terima hanya dapat dibuka petugas kantor yang menerima permohonan. Silakan masuk.</p>
        <SignInForm collection="staff" onSignedIn={() => setSignedIn(true)} />
      </Match>
      <Match when={receipt.loading}>
        <p class="hint">Memuat tanda terima…</p>
      </Match>
      <Match when={receipt() === null || receipt.error}>
        <p class="callout">Permohonan ini tidak ditemukan di kantor Anda, atau server tidak dapat dihubungi.</p>
      </Match>
      <Match when={receipt()}>
        {(found) => {
          // The steps the request was registered under.
          const steps = () => found().request.steps;
          return (
            <article class="receipt">
              <p class="receipt-office">{found().agency.name}</p>
              <h1>Tanda terima permohonan</h1>
              <p class="receipt-number">{found().request.number}</p>
              <dl class="summary-list">
                <div><dt>Layanan</dt><dd>{found().service.title}</dd></div>
                <ServicePlaces service={found().service.slug} />
                <div><dt>Diterima</dt><dd>{formatDateTime(found().request.received_at)}</dd></div>
                <Show when={found().request.due_at}>
                  <div><dt>Dijanjikan selesai</dt><dd>paling lambat {formatDateTime(found().request.due_at)}</dd></div>
                </Show>
              </dl>
              <h2>Yang terjadi selanjutnya</h2>
              <ol class="steps">{steps().map((step) => <li>{step}</li>)}</ol>
              <div class="receipt-qr">
                <div class="qr" innerHTML={found().qr} role="img" aria-label={`Kode QR menuju ${found().statusUrl}`} />
                <p>
                  Cek status kapan saja: pindai kode QR ini atau buka <strong>{found().statusUrl}</strong>, lalu masukkan nomor HP
                  yang Anda berikan saat mendaftar (atau 4 angka terakhirnya).
                </p>
              </div>
              <div class="receipt-qr">
                <div class="qr" innerHTML={found().surveyQr} role="img" aria-label={`Kode QR menuju ${found().surveyUrl}`} />
                <p>
                  Bagaimana layanan kami? Pindai kode QR ini untuk memberi penilaian tanpa nama. Setelah permohonan selesai, Anda juga dapat menilainya di halaman cek
                  status.
                </p>
              </div>
              <p class="no-print">
                <button class="button" type="button" onClick={() => window.print()}>Cetak tanda terima</button>
              </p>
            </article>
          );
        }}
      </Match>
    </Switch>
  );
}
