import { For, Show } from 'solid-js';
import { formatDateTime } from '../../lib/dates';
import { servicePath } from '../../lib/paths';
import type { StatusLookupAnswer as Result } from '../../domain/public-status';
import { STATUS_LABELS, isFinished } from '../../domain/statuses';
import ServicePlaces from '../ServicePlaces';

function promiseMessage(result: Result): { tone: 'good' | 'bad' | 'plain'; text: string } {
  const due = result.dueAt && formatDateTime(result.dueAt);
  switch (result.promise) {
    case 'dalam-waktu':
      return { tone: 'good', text: `Masih dalam waktu yang dijanjikan: selesai paling lambat ${due}.` };
    case 'lewat-waktu':
      return { tone: 'bad', text: `Sudah melewati waktu yang dijanjikan (seharusnya selesai ${due}). Anda berhak menanyakannya ke kantor layanan atau menyampaikan pengaduan.` };
    case 'selesai-tepat-waktu':
      return { tone: 'good', text: `Selesai dalam waktu yang dijanjikan (batas ${due}).` };
    case 'selesai-terlambat':
      return { tone: 'bad', text: `Selesai, tetapi melewati waktu yang dijanjikan (batas ${due}).` };
    case 'tanpa-janji':
      return { tone: 'plain', text: 'Standar pelayanan layanan ini tidak mencantumkan waktu penyelesaian.' };
  }
}

function stepState(result: Result, step: number): 'selesai' | 'sekarang' | 'belum' {
  if (step < result.currentStep || (isFinished(result.status) && step === result.currentStep)) return 'selesai';
  return step === result.currentStep ? 'sekarang' : 'belum';
}

const STEP_STATE_LABELS = { selesai: 'Sudah dilalui', sekarang: 'Langkah saat ini', belum: 'Belum' } as const;

export default function StatusResult(props: { result: Result; savedOffline: boolean }) {
  const promise = () => promiseMessage(props.result);
  return (
    <section class="status-result" aria-labelledby="hasil-judul">
      <h2 id="hasil-judul" tabindex="-1">
        {props.result.kind === 'usulan' ? 'Usulan' : 'Permohonan'} {props.result.number}
      </h2>
      <Show when={props.savedOffline}>
        <p class="callout">
          Anda sedang tidak terhubung ke internet. Ini status terakhir yang tersimpan di perangkat ini, dicek pada{' '}
          {formatDateTime(props.result.checkedAt)} — mungkin sudah berubah.
        </p>
      </Show>
      <p class={`status-badge status-${props.result.status}`}>{STATUS_LABELS[props.result.status]}</p>
      <dl class="summary-list">
        <div>
          <dt>Layanan</dt>
          <dd><a href={servicePath(props.result.service.slug)}>{props.result.service.title}</a></dd>
        </div>
        <div>
          <dt>Kantor</dt>
          <dd>{props.result.agency.name}</dd>
        </div>
        <Show when={props.result.kind === 'permohonan'}>
          <ServicePlaces service={props.result.service.slug} />
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
      <p class={`promise promise-${promise().tone}`}>{promise().text}</p>

      <h3>
        Langkah {props.result.currentStep} dari {props.result.steps.length}
      </h3>
      <ol class="timeline">
        <For each={props.result.steps}>
          {(name, index) => {
            const step = index() + 1;
            const state = stepState(props.result, step);
            const events = props.result.timeline.filter((event) => event.step === step);
            return (
              <li class={`timeline-step step-${state}`} aria-current={state === 'sekarang' ? 'step' : undefined}>
                <span class="visually-hidden">{STEP_STATE_LABELS[state]}: </span>
                <span class="step-name">{name}</span>
                <For each={events}>
                  {(event) => (
                    <p class="step-event">
                      <Show when={event.at}>{(at) => <time datetime={at()}>{formatDateTime(at())}</time>}</Show> — {STATUS_LABELS[event.status]}
                      <Show when={event.note}>: {event.note}</Show>
                    </p>
                  )}
                </For>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="meta">Dicek pada {formatDateTime(props.result.checkedAt)}.</p>
    </section>
  );
}
