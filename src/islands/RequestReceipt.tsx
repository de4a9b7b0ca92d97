import { For, Match, Show, Switch, createEffect, createResource, createSignal, onCleanup } from 'solid-js';
import SignInForm from './SignInForm';
import { pocketbase, signedInAccount } from '../lib/pocketbase-client';
import { statusPagePath } from '../lib/paths';
import type { AgenciesRecord, RequestsRecord, ServicesRecord } from '../domain/records';
import { parseRequestNumber } from '../domain/request-number';
import { STEP_STATE_LABELS, requestProgress } from '../domain/request-progress';
import { isFinished } from '../domain/statuses';
import { formatDateTime } from '../lib/dates';
import { qrSvg } from '../lib/qr';
import ServicePlaces from './ServicePlaces';
import { SURVEY_TICKET_FIELD, counterSurveyPath } from '../domain/satisfaction-survey';
import { ROUTES, type AnswerOf, type RequestOf } from '../domain/routes';
import { requirementsNotHandedIn } from '../domain/requirements-handed-in';
import { RadioGroup } from './form/fields';
import {
  RECEIPT_PAPERS,
  receiptContentWidthMm,
  receiptPageRule,
  saveReceiptPaper,
  savedReceiptPaper,
  type ReceiptPaper,
} from '../lib/receipt-paper';
import { contactHref } from '../lib/contact-links';
import { NOT_IN_SOURCE } from '../lib/standard-components';
import type { ContactChannel } from '../lib/content-schemas';

interface Receipt {
  request: RequestsRecord;
  service: ServicesRecord;
  agency: AgenciesRecord;
  statusUrl: string;
  qr: string;
  /**
   * The office's counter questionnaire with this service chosen and, in the fragment, the request's
   * ticket: the response counts as one given with the number (SURVEY_TICKET_FIELD).
   */
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
  const { ticket } = await pb.send<AnswerOf<typeof ROUTES.receiptSurveyTicket>>(ROUTES.receiptSurveyTicket.path, {
    query: { no: number } satisfies RequestOf<typeof ROUTES.receiptSurveyTicket>,
  });
  const surveyUrl = new URL(
    `${counterSurveyPath(agency.slug)}?layanan=${encodeURIComponent(service.slug)}#${SURVEY_TICKET_FIELD}=${ticket}`,
    location.origin,
  ).href;
  return {
    request,
    service,
    agency,
    statusUrl,
    qr: await qrSvg(statusUrl),
    surveyUrl,
    surveyQr: await qrSvg(surveyUrl),
  };
}

/**
 * Sets the printed page for the receipt on `paper`: a thermal receipt's page is as long as the
 * receipt, measured as it is laid out now. A constructed style sheet, which the site's CSP allows
 * (no inline <style>).
 */
function usePrintedPage(paper: () => ReceiptPaper, receipt: () => HTMLElement | undefined) {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  onCleanup(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)));
  createEffect(() => {
    const element = receipt();
    const chosen = paper();
    if (!element) return;
    const measure = () => sheet.replaceSync(receiptPageRule(chosen, element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    onCleanup(() => observer.disconnect());
  });
}

/** A printable receipt for a registered request; staff of the request's office only. */
export default function RequestReceipt(props: {
  /** Each office's WhatsApp channel as its content gives it, by slug; absent where it gives none. */ officeWhatsApp: Record<
    string,
    ContactChannel
  >;
}) {
  const [paper, setPaper] = createSignal<ReceiptPaper>(savedReceiptPaper());
  const [receiptElement, setReceiptElement] = createSignal<HTMLElement>();
  usePrintedPage(paper, receiptElement);
  const parsed = parseRequestNumber(new URLSearchParams(location.search).get('no') ?? '');
  const [signedIn, setSignedIn] = createSignal(signedInAccount()?.collectionName === 'staff');
  const [receipt] = createResource(() => (signedIn() && parsed.ok ? parsed.number : false), loadReceipt);

  return (
    <Switch>
      <Match when={!parsed.ok}>
        <p class="callout">
          Alamat tanda terima ini tidak memuat nomor permohonan yang valid. Buka tanda terima dari daftar permohonan.
        </p>
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
          // Reprinted once finished, it says so as the status page does (src/domain/request-progress.ts).
          const finished = () => isFinished(found().request.status);
          // An online applicant brings some requirements when collecting the result (src/domain/requirements-handed-in.ts).
          const stillToBring = () => found().request.channel === 'online' && found().request.status === 'selesai';
          const progress = () => requestProgress(found().request.status, found().request.current_step, steps().length);
          const missing = () => requirementsNotHandedIn(found().service.requirements ?? [], found().request);
          const whatsapp = () => props.officeWhatsApp[found().agency.slug];
          return (
            <>
              <div class="no-print">
                <RadioGroup
                  id="kertas"
                  name="kertas"
                  label="Kertas"
                  hint="Dipakai lagi untuk tanda terima berikutnya di perangkat ini."
                  value={paper()}
                  options={Object.entries(RECEIPT_PAPERS).map(([value, { label }]) => ({ value, label }))}
                  onChange={(value) => {
                    setPaper(value as ReceiptPaper);
                    saveReceiptPaper(value as ReceiptPaper);
                  }}
                />
              </div>
              <article
                class={`receipt paper-${paper()}`}
                ref={setReceiptElement}
                style={paper() === 'a4' ? undefined : { width: `${receiptContentWidthMm(paper())}mm` }}
              >
                <p class="receipt-office">{found().agency.name}</p>
                <h1>Tanda terima permohonan</h1>
                <p class="receipt-number">{found().request.number}</p>
                <dl class="summary-list">
                  <div>
                    <dt>Layanan</dt>
                    <dd>{found().service.title}</dd>
                  </div>
                  <Show when={finished()}>
                    <div>
                      <dt>Status</dt>
                      <dd>{progress().summary}</dd>
                    </div>
                  </Show>
                  <ServicePlaces
                    service={found().service.slug}
                    label={found().request.status === 'selesai' ? 'Ambil hasilnya di' : undefined}
                  />
                  <div>
                    <dt>Diterima</dt>
                    <dd>{formatDateTime(found().request.received_at)}</dd>
                  </div>
                  <Show when={found().request.due_at}>
                    <div>
                      <dt>Dijanjikan selesai</dt>
                      <dd>paling lambat {formatDateTime(found().request.due_at)}</dd>
                    </div>
                  </Show>
                </dl>
                {/* Once finished, only what an online applicant brings when collecting the result is still to bring. */}
                <Show when={!finished() || (stillToBring() && missing().length > 0)}>
                  <h2>Persyaratan yang belum diserahkan</h2>
                  <Show when={missing().length > 0} fallback={<p>Semua persyaratan sudah diserahkan.</p>}>
                    <p>
                      {finished()
                        ? 'Bawa saat mengambil hasilnya:'
                        : 'Bawa ke loket agar permohonan dapat diselesaikan:'}
                    </p>
                    <ul class="missing-requirements">
                      <For each={missing()}>{(requirement) => <li>{requirement}</li>}</For>
                    </ul>
                  </Show>
                </Show>
                <h2>{finished() ? 'Langkah-langkahnya' : 'Yang terjadi selanjutnya'}</h2>
                <ol class="steps">
                  {steps().map((step, index) => (
                    <li>
                      {step}
                      {finished() && ` — ${STEP_STATE_LABELS[progress().steps[index]!].toLowerCase()}`}
                    </li>
                  ))}
                </ol>
                <div class="receipt-qr">
                  <div
                    class="qr"
                    innerHTML={found().qr}
                    role="img"
                    aria-label={`Kode QR menuju ${found().statusUrl}`}
                  />
                  <p>
                    Cek status kapan saja: pindai kode QR ini atau buka <strong>{found().statusUrl}</strong>, lalu
                    masukkan nomor HP yang Anda berikan saat mendaftar (atau 4 angka terakhirnya).
                  </p>
                </div>
                <div class="receipt-qr">
                  <div
                    class="qr"
                    innerHTML={found().surveyQr}
                    role="img"
                    aria-label={`Kode QR menuju ${found().surveyUrl}`}
                  />
                  <p>
                    Bagaimana layanan kami? Setelah permohonan selesai, pindai kode QR ini untuk menilainya: satu
                    penilaian untuk permohonan ini, dihitung dalam nilai kinerja yang diumumkan. Anda juga dapat
                    menilainya di halaman cek status.
                  </p>
                </div>
                <h2>Pertanyaan</h2>
                <Show when={whatsapp()} fallback={<p>Nomor WhatsApp kantor: {NOT_IN_SOURCE}</p>}>
                  {(channel) => (
                    <p class="office-whatsapp">
                      WhatsApp {found().agency.short_name}: <a href={contactHref(channel())}>{channel().value}</a>{' '}
                      (sebutkan nomor permohonan Anda)
                    </p>
                  )}
                </Show>
              </article>
              <p class="no-print">
                <button class="button" type="button" onClick={() => window.print()}>
                  Cetak tanda terima
                </button>
              </p>
            </>
          );
        }}
      </Match>
    </Switch>
  );
}
