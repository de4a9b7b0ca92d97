import { For, Show, Suspense, lazy } from 'solid-js';
import { formatDateTime } from '../../lib/dates';
import { servicePath } from '../../lib/paths';
import { TRACKED_KIND_LABELS, type StatusLookupAnswer as Result } from '../../domain/public-status';
import { STATUS_LABELS, isFinished, stepsHaveBegun, type RequestStatus } from '../../domain/statuses';
import { STEP_STATE_LABELS, statusProgress } from '../../domain/request-progress';
import type { StatusAccess } from '../../lib/status-api';
import type { OfficeCutoff } from '../../domain/dtsen-cutoff';
import NextCutoff from '../household/NextCutoff';

// Loaded only when a result needs them, each under its own <Suspense>: without one, the island's
// own boundary would take the whole result off the page while they load (and the focus with it).
// Sending a document staff asked for: its file picker and photo shrinking.
const ResendDocuments = lazy(() => import('./ResendDocuments'));
// Where the service is delivered, from the service-point feed.
const ServicePlaces = lazy(() => import('../ServicePlaces'));
// What a complaint adds: its deadline, kind, the unit handling it, the complainant's reply; and the
// way to complain about a request or proposal.
const ComplaintFacts = lazy(() => import('./ComplaintFacts'));
const ComplainAbout = lazy(() => import('./ComplainAbout'));
const DataSubjectRequest = lazy(() => import('./DataSubjectRequest'));
// "Pantau nomor ini", while there is a step still to come.
const WatchNumber = lazy(() => import('./WatchNumber'));

/** What was sent with it, and only that: the applicant's documents, the village's (with its victims' KK and KTP), a complaint's one photo. */
const SENT_FILES = {
  permohonan: 'Dokumen yang Anda kirim',
  usulan: 'Dokumen usulan, termasuk KK dan KTP korban,',
  pengaduan: 'Foto yang Anda kirim',
  'usulan-dtsen': 'NIK, nomor KK dan foto keluarga',
} as const;
// The satisfaction survey, once the request, proposal or complaint is finished.
const SurveyOffer = lazy(() => import('./SurveyOffer'));

/** Whether the result is an online application whose documents are still being checked. */
const awaitingVerification = (result: Result) =>
  result.kind === 'permohonan' && !stepsHaveBegun(result.status as RequestStatus);

function promiseMessage(result: Result): { tone: 'good' | 'bad' | 'plain'; text: string } {
  const due = result.dueAt && formatDateTime(result.dueAt);
  switch (result.promise) {
    case 'dalam-waktu':
      return { tone: 'good', text: `Masih dalam waktu yang dijanjikan: selesai paling lambat ${due}.` };
    case 'lewat-waktu':
      return {
        tone: 'bad',
        text: `Sudah melewati waktu yang dijanjikan (seharusnya selesai ${due}). Anda berhak menanyakannya ke kantor layanan atau menyampaikan pengaduan.`,
      };
    case 'selesai-tepat-waktu':
      return { tone: 'good', text: `Selesai dalam waktu yang dijanjikan (batas ${due}).` };
    case 'selesai-terlambat':
      return { tone: 'bad', text: `Selesai, tetapi melewati waktu yang dijanjikan (batas ${due}).` };
    case 'tanpa-janji':
      if (awaitingVerification(result) && result.completionTime) {
        return {
          tone: 'plain',
          text: `Waktu penyelesaian ${result.completionTime.text} dihitung sejak petugas menerima dokumen Anda.`,
        };
      }
      return { tone: 'plain', text: 'Standar pelayanan layanan ini tidak mencantumkan waktu penyelesaian.' };
  }
}

export default function StatusResult(props: {
  result: Result;
  savedOffline: boolean;
  /** What this page may do for its resident (none when shown from the device, offline). */
  access?: StatusAccess | undefined;
  /** A household proposal's office's monthly cut-off (null: none announced). */
  cutoff: OfficeCutoff | null;
  onResent?: () => void;
}) {
  const promise = () => promiseMessage(props.result);
  const lastNote = () => [...props.result.timeline].reverse().find((event) => event.note)?.note ?? null;
  return (
    <section class="status-result" aria-labelledby="hasil-judul">
      <h2 id="hasil-judul" tabindex="-1">
        {TRACKED_KIND_LABELS[props.result.kind]} {props.result.number}
      </h2>
      <Show when={props.savedOffline}>
        <p class="callout">
          Anda sedang tidak terhubung ke internet. Ini status terakhir yang tersimpan di perangkat ini, dicek pada{' '}
          {formatDateTime(props.result.checkedAt)} — mungkin sudah berubah.
        </p>
      </Show>
      <p class={`status-badge status-${props.result.status}`}>{STATUS_LABELS[props.result.status]}</p>
      <dl class="summary-list">
        <Show when={props.result.service}>
          {(service) => (
            <div>
              <dt>Layanan</dt>
              <dd>
                <a href={servicePath(service().slug)}>{service().title}</a>
              </dd>
            </div>
          )}
        </Show>
        <div>
          <dt>Kantor</dt>
          <dd>{props.result.agency.name}</dd>
        </div>
        <Show when={props.result.kind === 'permohonan' && props.result.service}>
          {(service) => (
            <Suspense>
              <ServicePlaces
                service={service().slug}
                label={props.result.status === 'selesai' ? 'Ambil hasilnya di' : undefined}
              />
            </Suspense>
          )}
        </Show>
        <div>
          <dt>Diterima</dt>
          <dd>{props.result.receivedAt && formatDateTime(props.result.receivedAt)}</dd>
        </div>
        <Show when={props.result.completionTime}>
          {(time) => (
            <div>
              <dt>Waktu penyelesaian</dt>
              <dd>
                {time().text}
                <Show when={time().note}> ({time().note})</Show>
              </dd>
            </div>
          )}
        </Show>
      </dl>
      <Show when={!props.result.complaint}>
        <p class={`promise promise-${promise().tone}`}>{promise().text}</p>
      </Show>
      <Show when={props.result.kind === 'usulan-dtsen' && !isFinished(props.result.status)}>
        <NextCutoff cutoff={props.cutoff} />
      </Show>
      <Show when={props.result.complaint}>
        {(complaint) => (
          <Suspense>
            <ComplaintFacts
              result={props.result}
              complaint={complaint()}
              access={props.access}
              onReplied={() => props.onResent?.()}
            />
          </Suspense>
        )}
      </Show>
      <Show when={props.result.status === 'menunggu-verifikasi'}>
        <p class="callout">
          Petugas sedang memeriksa dokumen yang Anda kirim. Langkah-langkah di bawah dimulai setelah dokumen diterima.
        </p>
      </Show>
      <Show when={props.result.status === 'perlu-dilengkapi'}>
        <div class="callout" role="status">
          <p>
            <strong>Petugas meminta Anda melengkapi dokumen.</strong>
          </p>
          <Show when={lastNote()}>{(note) => <p>Catatan petugas: {note()}</p>}</Show>
          <Show
            when={props.access && props.result.resendableDocuments}
            fallback={<p>Untuk mengirim dokumen, buka halaman ini saat terhubung ke internet dan cek status lagi.</p>}
          >
            <Suspense>
              <ResendDocuments
                requirements={props.result.resendableDocuments!}
                access={props.access!}
                onSent={() => props.onResent?.()}
              />
            </Suspense>
          </Show>
        </div>
      </Show>

      <h3>{statusProgress(props.result).summary}</h3>
      <ol class="timeline">
        <For each={props.result.steps}>
          {(name, index) => {
            const step = index() + 1;
            const state = statusProgress(props.result).steps[index()]!;
            const events = props.result.timeline.filter((event) => event.step === step);
            return (
              <li class={`timeline-step step-${state}`} aria-current={state === 'sekarang' ? 'step' : undefined}>
                <span class="visually-hidden">{STEP_STATE_LABELS[state]}: </span>
                <span class="step-name">{name}</span>
                <Show when={state === 'dilewati'}>
                  <span aria-hidden="true"> — {STEP_STATE_LABELS.dilewati.toLowerCase()}</span>
                </Show>
                <For each={events}>
                  {(event) => (
                    <p class="step-event">
                      <Show when={event.at}>{(at) => <time datetime={at()}>{formatDateTime(at())}</time>}</Show> —{' '}
                      {STATUS_LABELS[event.status]}
                      <Show when={event.note}>: {event.note}</Show>
                    </p>
                  )}
                </For>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={!isFinished(props.result.status) && props.access}>
        {(access) => (
          <Suspense>
            <WatchNumber number={props.result.number} verifier={access().verifier} result={props.result} />
          </Suspense>
        )}
      </Show>
      <Show when={props.result.documents}>
        {(documents) => (
          <p class="meta">
            {SENT_FILES[props.result.kind]}{' '}
            {documents().deletedAt
              ? `sudah dihapus pada ${formatDateTime(documents().deletedAt!)}, sesuai masa simpan ${documents().keptDays} hari.`
              : `disimpan paling lama ${documents().keptDays} hari setelah selesai, lalu dihapus otomatis.`}
          </p>
        )}
      </Show>
      <Show when={props.result.survey}>
        <Suspense>
          <SurveyOffer result={props.result} access={props.access} />
        </Suspense>
      </Show>
      <Show when={props.result.kind !== 'pengaduan' && props.access}>
        {(access) => (
          <Suspense>
            <ComplainAbout result={props.result} verifier={access().verifier} />
          </Suspense>
        )}
      </Show>
      <Show when={props.access}>
        {(access) => (
          <Suspense>
            <DataSubjectRequest access={access()} />
          </Suspense>
        )}
      </Show>
      <p class="meta">Dicek pada {formatDateTime(props.result.checkedAt)}.</p>
    </section>
  );
}
