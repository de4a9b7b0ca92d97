import { For, Show, createResource, createSignal } from 'solid-js';
import type { RecordModel } from 'pocketbase';
import ActionForm, { Timeline } from './ActionForm';
import DataTable, { OpenRowButton } from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { STATUS_LABELS } from '../status/StatusResult';

const isOpen = (request: RecordModel) => request['status'] !== 'selesai' && request['status'] !== 'ditolak';
const isLate = (request: RecordModel) => Boolean(request['due_at']) && isOpen(request) && new Date(request['due_at']) < new Date();

function RequestDetail(props: { id: string; isHead: boolean; onChanged: () => void }) {
  const pb = pocketbase();
  const [data, { refetch }] = createResource(
    () => props.id,
    async (id) => {
      const request = await pb.collection('requests').getOne(id, { expand: 'service', requestKey: null });
      const events = await pb
        .collection('request_events')
        .getFullList({ filter: pb.filter('request = {:id}', { id }), sort: 'at', expand: 'staff', requestKey: null });
      return { request, events };
    },
  );
  const [step, setStep] = createSignal<number>();
  return (
    <Show when={data()} fallback={<p class="hint">Memuat permohonan…</p>}>
      {(loaded) => {
        const steps = (): string[] => loaded().request.expand!['service']['steps'];
        const current = () => loaded().request['current_step'] as number;
        const statuses = () => [
          { value: 'diproses', label: 'Sedang diproses' },
          ...(props.isHead
            ? [
                { value: 'selesai', label: 'Selesai' },
                { value: 'ditolak', label: 'Ditolak' },
              ]
            : []),
        ];
        return (
          <section class="detail" aria-labelledby="detail-judul">
            <h3 id="detail-judul" tabindex="-1">
              {loaded().request['number']} — {loaded().request.expand!['service']['short_title']}
            </h3>
            <dl class="summary-list">
              <div>
                <dt>Pemohon</dt>
                <dd>
                  {loaded().request['applicant_name']}, {loaded().request['applicant_phone']}
                </dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  {STATUS_LABELS[loaded().request['status'] as keyof typeof STATUS_LABELS]}, langkah {current()} dari {steps().length}: {steps()[current() - 1]}
                </dd>
              </div>
              <div>
                <dt>Diterima</dt>
                <dd>{formatDateTime(loaded().request['received_at'])}</dd>
              </div>
              <Show when={loaded().request['due_at']}>
                <div>
                  <dt>Batas waktu</dt>
                  <dd>
                    {formatDateTime(loaded().request['due_at'])}
                    {isLate(loaded().request) && ' — lewat waktu'}
                  </dd>
                </div>
              </Show>
              <Show when={(loaded().request['requirements_checked'] ?? []).length > 0}>
                <div>
                  <dt>Persyaratan diperiksa</dt>
                  <dd>{(loaded().request['requirements_checked'] as string[]).join('; ')}</dd>
                </div>
              </Show>
              <Show when={loaded().request['intake_note']}>
                <div>
                  <dt>Catatan loket</dt>
                  <dd>{loaded().request['intake_note']}</dd>
                </div>
              </Show>
            </dl>
            <p>
              <a href={`/petugas/tanda-terima/?no=${loaded().request['number']}`}>Cetak tanda terima</a>
            </p>
            <h4>Riwayat</h4>
            <Timeline
              format={formatDateTime}
              events={loaded().events.map((event) => ({
                at: event['at'],
                label: `Langkah ${event['step']}: ${steps()[event['step'] - 1] ?? ''} (${STATUS_LABELS[event['status'] as keyof typeof STATUS_LABELS]})`,
                publicNote: event['public_note'],
                internalNote: event['internal_note'],
                by: event.expand?.['staff']?.['name'] ?? '',
              }))}
            />
            <Show when={isOpen(loaded().request)} fallback={<p>Permohonan ini sudah {loaded().request['status']}.</p>}>
              <h4>Langkah berikutnya</h4>
              <ActionForm
                idPrefix="langkah"
                statuses={statuses()}
                save={(values) =>
                  pb.collection('request_events').create({
                    request: props.id,
                    step: step() ?? Math.min(current() + 1, steps().length),
                    status: values.status,
                    public_note: values.publicNote,
                    internal_note: values.internalNote,
                    staff: pb.authStore.record!.id,
                  })
                }
                onSaved={() => {
                  setStep(undefined);
                  void refetch();
                  props.onChanged();
                }}
              >
                <div class="field">
                  <label for="langkah-ke">Langkah</label>
                  <select
                    id="langkah-ke"
                    value={step() ?? Math.min(current() + 1, steps().length)}
                    onChange={(event) => setStep(Number(event.currentTarget.value))}
                  >
                    <For each={steps()}>
                      {(name, index) => (
                        <Show when={index() + 1 >= current()}>
                          <option value={index() + 1}>
                            {index() + 1}. {name.length > 90 ? `${name.slice(0, 90)}…` : name}
                          </option>
                        </Show>
                      )}
                    </For>
                  </select>
                </div>
              </ActionForm>
            </Show>
          </section>
        );
      }}
    </Show>
  );
}

/** The office's requests, soonest due first, with filters; one opens to move it along. */
export default function WorkQueue(props: { isHead: boolean }) {
  const pb = pocketbase();
  const [service, setService] = createSignal('');
  const [onlyLate, setOnlyLate] = createSignal(false);
  const [showFinished, setShowFinished] = createSignal(false);
  const [selected, setSelected] = createSignal<string>();
  const [services] = createResource(() =>
    pb
      .collection('services')
      .getFullList({ filter: pb.filter('agency = {:agency}', { agency: pb.authStore.record!['agency'] }), sort: 'title', requestKey: null }),
  );
  const [requests, { refetch }] = createResource(
    () => ({ service: service(), showFinished: showFinished() }),
    async (filters) => {
      const conditions = [
        filters.service ? pb.filter('service = {:service}', { service: filters.service }) : '',
        filters.showFinished ? '' : 'status != "selesai" && status != "ditolak"',
      ].filter(Boolean);
      const items = await pb.collection('requests').getFullList({ filter: conditions.join(' && '), expand: 'service', requestKey: null, batch: 200 });
      // Soonest due first; requests whose service promises no time at the end.
      return items.sort((a, b) => (a['due_at'] || '9999').localeCompare(b['due_at'] || '9999'));
    },
  );
  const visible = () => (requests() ?? []).filter((request) => !onlyLate() || isLate(request));

  return (
    <div>
      <div class="filters" role="group" aria-label="Saring antrean">
        <div class="field">
          <label for="saring-layanan">Layanan</label>
          <select id="saring-layanan" value={service()} onChange={(event) => setService(event.currentTarget.value)}>
            <option value="">Semua layanan</option>
            <For each={services()}>{(option) => <option value={option.id}>{option['short_title']}</option>}</For>
          </select>
        </div>
        <label class="radio">
          <input type="checkbox" checked={onlyLate()} onChange={(event) => setOnlyLate(event.currentTarget.checked)} />
          <span>Hanya yang lewat waktu</span>
        </label>
        <label class="radio">
          <input type="checkbox" checked={showFinished()} onChange={(event) => setShowFinished(event.currentTarget.checked)} />
          <span>Tampilkan juga yang selesai/ditolak</span>
        </label>
      </div>
      <Show when={!requests.error} fallback={<p class="callout">Antrean tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>}>
        <p class="hint" aria-live="polite">
          {requests.loading ? 'Memuat antrean…' : `${visible().length} permohonan`}
        </p>
        <DataTable label="Antrean permohonan" headers={['Nomor', 'Layanan', 'Pemohon', 'Langkah', 'Batas waktu']} rows={visible()}>
          {(request) => (
            <tr class={isLate(request) ? 'late' : undefined}>
              <td>
                <OpenRowButton open={selected() === request.id} onOpen={() => setSelected(request.id)} focusId="detail-judul">
                  {request['number']}
                </OpenRowButton>
              </td>
              <td>{request.expand?.['service']?.['short_title']}</td>
              <td>{request['applicant_name']}</td>
              <td>
                {request['current_step']} dari {request.expand?.['service']?.['steps']?.length} ·{' '}
                {STATUS_LABELS[request['status'] as keyof typeof STATUS_LABELS]}
              </td>
              <td>
                {request['due_at'] ? formatDateTime(request['due_at']) : '—'}
                {isLate(request) && <strong> lewat waktu</strong>}
              </td>
            </tr>
          )}
        </DataTable>
      </Show>
      <Show when={selected()} keyed>
        {(id) => <RequestDetail id={id} isHead={props.isHead} onChanged={() => void refetch()} />}
      </Show>
    </div>
  );
}
