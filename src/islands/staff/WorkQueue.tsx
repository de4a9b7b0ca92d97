import { For, Show, createResource, createSignal, lazy } from 'solid-js';
import ActionForm, { Timeline } from './ActionForm';
// Loaded when a request is opened: the workspace's first view stays within its budget.
const WhatsAppUpdate = lazy(() => import('./WhatsAppUpdate'));
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import { statusPagePath } from '../../lib/paths';
import DataTable, { OpenRowButton } from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { REQUEST_CHANNELS, REQUEST_STATUSES, isFinished, stepsHaveBegun } from '../../domain/statuses';
import { COMPLETERS, type StaffRole } from '../../domain/roles';
import { isLate, moveChoices, requests } from '../../domain/cases';
import type { RequestsRecord, StaffRecord } from '../../domain/records';
import type { AnswerOf } from '../../domain/routes';
import { ROUTES } from '../../lib/api-address';
import {
  DEFAULT_WORK_QUEUE_QUERY,
  WORK_QUEUE_PAGE_SIZE,
  WORK_QUEUE_VIEW_HINTS,
  WORK_QUEUE_VIEWS,
  workQueueSearchParams,
  type WorkQueueQuery,
  type WorkQueueView,
} from '../../domain/work-queue';

/** Late as the work queue and the daily summary say it (src/domain/cases/requests.ts). */
const late = (request: Pick<RequestsRecord, 'due_at' | 'status'>) => isLate(requests, request, new Date());

/** An online application's statements and documents, each under the requirement it answers. */
function SentOnline(props: { request: RequestsRecord }) {
  const pb = pocketbase();
  const [token] = createResource(() => pb.files.getToken({ requestKey: null }));
  const requirements = () => [...new Set(Object.values(props.request.document_requirements ?? {}))];
  return (
    <>
      <h4>Dikirim pemohon</h4>
      <dl class="summary-list">
        <For each={Object.entries(props.request.statements ?? {})}>
          {([requirement, statement]) => (
            <div>
              <dt>{requirement}</dt>
              <dd>{statement}</dd>
            </div>
          )}
        </For>
        <For each={requirements()}>
          {(requirement) => (
            <div>
              <dt>{requirement}</dt>
              <dd>
                <For
                  each={props.request.documents.filter(
                    (file) => props.request.document_requirements[file] === requirement,
                  )}
                >
                  {(file, index) => (
                    <>
                      {index() > 0 && ', '}
                      <a
                        href={token() ? pb.files.getURL(props.request, file, { token: token() }) : undefined}
                        target="_blank"
                        rel="noopener"
                      >
                        file {index() + 1}
                      </a>
                    </>
                  )}
                </For>
              </dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.request.documents_deleted_at}>
        <p class="hint">
          Dokumen sudah dihapus pada {formatDateTime(props.request.documents_deleted_at)} (masa simpan berakhir).
        </p>
      </Show>
      <p class="hint">Tautan dokumen berlaku beberapa menit; muat ulang permohonan bila sudah kedaluwarsa.</p>
    </>
  );
}

function RequestDetail(props: {
  id: string;
  role: StaffRole;
  staffId: string;
  whatsappTemplates: WhatsAppTemplates;
  onChanged: () => void;
}) {
  const pb = pocketbase();
  const [data, { refetch }] = createResource(
    () => props.id,
    async (id) => {
      const request = await pb.collection('requests').getOne(id, { expand: 'service,agency', requestKey: null });
      const [events, contacts] = await Promise.all([
        pb
          .collection('request_events')
          .getFullList({ filter: pb.filter('request = {:id}', { id }), sort: 'at', expand: 'staff', requestKey: null }),
        pb
          .collection('request_contacts')
          .getFullList({ filter: pb.filter('request = {:id}', { id }), sort: 'at', expand: 'staff', requestKey: null }),
      ]);
      return { request, events, contacts };
    },
  );
  const [step, setStep] = createSignal<number>();
  return (
    <Show when={data()} fallback={<p class="hint">Memuat permohonan…</p>}>
      {(loaded) => {
        const request = () => loaded().request;
        // The steps the request was registered under, whatever the standard says now.
        const steps = () => request().steps;
        const current = () => request().current_step;
        const begun = () => stepsHaveBegun(request().status);
        const completedBy = () => request().expand!.service!.completed_by;
        const statuses = () => moveChoices(requests, props.role, request().status, completedBy());
        return (
          <section class="detail" aria-labelledby="detail-judul">
            <h3 id="detail-judul" tabindex="-1">
              {request().number} — {request().expand?.service?.short_title}
            </h3>
            <dl class="summary-list">
              <div>
                <dt>Pemohon</dt>
                <dd>
                  {request().applicant_name}, {request().applicant_phone}
                </dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  {REQUEST_STATUSES[request().status]}
                  {begun() && `, langkah ${current()} dari ${steps().length}: ${steps()[current() - 1]}`}
                </dd>
              </div>
              <div>
                <dt>Diajukan</dt>
                <dd>{REQUEST_CHANNELS[request().channel]}</dd>
              </div>
              <div>
                <dt>Diterima</dt>
                <dd>{formatDateTime(request().received_at)}</dd>
              </div>
              <Show when={request().due_at}>
                <div>
                  <dt>Batas waktu</dt>
                  <dd>
                    {formatDateTime(request().due_at)}
                    {late(request()) && ' — lewat waktu'}
                  </dd>
                </div>
              </Show>
              <Show when={(request().requirements_checked ?? []).length > 0}>
                <div>
                  <dt>Persyaratan diperiksa</dt>
                  <dd>{request().requirements_checked.join('; ')}</dd>
                </div>
              </Show>
              <Show when={request().intake_note}>
                <div>
                  <dt>Catatan loket</dt>
                  <dd>{request().intake_note}</dd>
                </div>
              </Show>
            </dl>
            <p>
              <a href={`/petugas/tanda-terima/?no=${request().number}`}>Cetak tanda terima</a>
            </p>
            <Show when={request().channel === 'online'}>
              <SentOnline request={request()} />
            </Show>
            <h4>Riwayat</h4>
            <Timeline
              format={formatDateTime}
              events={[
                ...loaded().events.map((event) => ({
                  at: event.at,
                  label: `Langkah ${event.step}: ${steps()[event.step - 1] ?? ''} (${REQUEST_STATUSES[event.status]})`,
                  publicNote: event.public_note,
                  internalNote: event.internal_note,
                  // Entries without a staff member are the applicant's own, through the site (sent, documents resent).
                  by: event.expand?.staff?.name ?? 'pemohon, lewat situs',
                })),
                // Internal: the applicant's status page never shows these.
                ...loaded().contacts.map((contact) => ({
                  at: contact.at,
                  label: 'Diberitahu via WhatsApp',
                  publicNote: '',
                  internalNote: '',
                  by: contact.expand!.staff!.name,
                })),
              ].sort((a, b) => a.at.localeCompare(b.at))}
            />
            <h4>Langkah berikutnya</h4>
            <Show when={!isFinished(request().status)}>
              <p class="hint">
                Permohonan {request().expand?.service?.short_title} diselesaikan oleh {COMPLETERS[completedBy()]}
                {'; '}menolak permohonan hanya kepala bidang.
              </p>
            </Show>
            <ActionForm
              idPrefix="langkah"
              statuses={statuses()}
              noActions={
                isFinished(request().status)
                  ? `Permohonan ini sudah ${REQUEST_STATUSES[request().status].toLowerCase()}.`
                  : undefined
              }
              save={(values) =>
                pb.collection('request_events').create({
                  request: props.id,
                  step: begun() ? (step() ?? Math.min(current() + 1, steps().length)) : 1,
                  status: values.status,
                  public_note: values.publicNote,
                  internal_note: values.internalNote,
                  staff: props.staffId,
                })
              }
              onSaved={() => {
                setStep(undefined);
                props.onChanged();
                return refetch();
              }}
            >
              <Show when={begun() && !isFinished(request().status)}>
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
              </Show>
            </ActionForm>
            {/* After the step is saved: tell the applicant where it stands now. */}
            <WhatsAppUpdate
              update={{
                kind: 'permohonan',
                office: request().expand!.agency!.short_name,
                number: request().number,
                service: request().expand!.service!.short_title,
                serviceSlug: request().expand!.service!.slug,
                status: request().status,
                steps: steps(),
                currentStep: current(),
                statusUrl: new URL(statusPagePath(request().number), location.origin).href,
              }}
              phone={request().applicant_phone}
              template={props.whatsappTemplates[request().expand!.agency!.slug]?.permohonan}
              record={() =>
                pb
                  .collection('request_contacts')
                  .create({ request: props.id, staff: props.staffId, channel: 'whatsapp' })
              }
              onRecorded={refetch}
            />
          </section>
        );
      }}
    </Show>
  );
}

/**
 * The office's requests — online applications to verify first, then the soonest due — filtered, searched and
 * paged by the server; one opens to move it along.
 */
export default function WorkQueue(props: {
  staff: StaffRecord /** Each office's WhatsApp update wording, by its slug (content/agencies/). */;
  whatsappTemplates: WhatsAppTemplates;
}) {
  const pb = pocketbase();
  const [query, setQuery] = createSignal<WorkQueueQuery>(DEFAULT_WORK_QUEUE_QUERY);
  const [search, setSearch] = createSignal('');
  const [selected, setSelected] = createSignal<string>();
  // Opening a row again shows it as it is now (the applicant may have sent a document meanwhile).
  const [opened, setOpened] = createSignal(0);
  const [services] = createResource(() =>
    pb.collection('services').getFullList({
      filter: pb.filter('agency = {:agency}', { agency: props.staff.agency }),
      sort: 'title',
      fields: 'id,short_title',
      requestKey: null,
    }),
  );
  const [queue, { refetch }] = createResource(query, (asked) =>
    pb.send<AnswerOf<typeof ROUTES.workQueue>>(`${ROUTES.workQueue.path}?${workQueueSearchParams(asked)}`, {
      requestKey: null,
    }),
  );
  /** A changed filter starts again from the first page. */
  const filter = (change: Partial<WorkQueueQuery>) => setQuery({ ...query(), ...change, page: 1 });
  const rows = () => queue()?.items ?? [];
  const first = () => (query().page - 1) * WORK_QUEUE_PAGE_SIZE + 1;
  const summary = () => {
    const loaded = queue();
    if (queue.loading || !loaded) return 'Memuat antrean…';
    if (loaded.items.length === 0)
      return query().search ? `Tidak ada permohonan yang cocok dengan "${query().search}".` : 'Tidak ada permohonan.';
    const shown = `${first()}–${first() + loaded.items.length - 1}`;
    return loaded.openCount === null
      ? `Menampilkan ${shown}`
      : `Menampilkan ${shown} dari ${loaded.openCount} permohonan`;
  };

  return (
    <div>
      <form
        class="filters"
        role="search"
        aria-label="Saring antrean"
        onSubmit={(event) => {
          event.preventDefault();
          filter({ search: search() });
        }}
      >
        <div class="field">
          <label for="cari-antrean">Cari nomor atau nama pemohon</label>
          <div class="search-row">
            <input
              id="cari-antrean"
              type="search"
              autocomplete="off"
              value={search()}
              onInput={(event) => setSearch(event.currentTarget.value)}
            />
            <button class="button" type="submit">
              Cari
            </button>
          </div>
        </div>
        <div class="field">
          <label for="saring-layanan">Layanan</label>
          <select
            id="saring-layanan"
            value={query().service}
            onChange={(event) => filter({ service: event.currentTarget.value })}
          >
            <option value="">Semua layanan</option>
            <For each={services()}>{(option) => <option value={option.id}>{option.short_title}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="tampil-antrean">Tampilkan</label>
          <p class="hint" id="tampil-antrean-petunjuk">
            {WORK_QUEUE_VIEW_HINTS[query().view]}
          </p>
          <select
            id="tampil-antrean"
            aria-describedby="tampil-antrean-petunjuk"
            value={query().view}
            onChange={(event) => filter({ view: event.currentTarget.value as WorkQueueView })}
          >
            <For each={Object.entries(WORK_QUEUE_VIEWS)}>
              {([value, label]) => <option value={value}>{label}</option>}
            </For>
          </select>
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={query().lateOnly}
            onChange={(event) => filter({ lateOnly: event.currentTarget.checked })}
          />
          <span>Hanya yang lewat waktu</span>
        </label>
      </form>
      <div class="list-detail">
        <div>
          <Show
            when={!queue.error}
            fallback={<p class="callout">Antrean tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>}
          >
            <p class="hint" aria-live="polite">
              {summary()}
            </p>
            <DataTable
              cards
              label="Antrean permohonan"
              headers={['Nomor', 'Layanan', 'Pemohon', 'Langkah', 'Batas waktu']}
              rows={rows()}
            >
              {(request) => (
                <tr class={late(request) ? 'late' : undefined}>
                  <td>
                    <OpenRowButton
                      open={selected() === request.id}
                      onOpen={() => {
                        setSelected(request.id);
                        setOpened(opened() + 1);
                      }}
                      focusId="detail-judul"
                    >
                      {request.number}
                    </OpenRowButton>
                  </td>
                  <td>{request.service_title}</td>
                  <td>{request.applicant_name}</td>
                  <td>
                    {stepsHaveBegun(request.status)
                      ? `${request.current_step} dari ${request.step_count} · ${REQUEST_STATUSES[request.status]}`
                      : `${REQUEST_STATUSES[request.status]} (${REQUEST_CHANNELS[request.channel].toLowerCase()})`}
                  </td>
                  <td>
                    {request.due_at ? formatDateTime(request.due_at) : '—'}
                    {late(request) && <strong> lewat waktu</strong>}
                  </td>
                </tr>
              )}
            </DataTable>
            <Show when={query().page > 1 || queue()?.hasMore}>
              <nav class="pager" aria-label="Halaman antrean">
                <Show when={query().page > 1}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => setQuery({ ...query(), page: query().page - 1 })}
                  >
                    Sebelumnya
                  </button>
                </Show>
                <span>Halaman {query().page}</span>
                <Show when={queue()?.hasMore}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => setQuery({ ...query(), page: query().page + 1 })}
                  >
                    Berikutnya
                  </button>
                </Show>
              </nav>
            </Show>
          </Show>
        </div>
        <Show when={selected() && `${selected()}:${opened()}`} keyed>
          {(_opening) => (
            <div class="detail-pane">
              <RequestDetail
                id={selected()!}
                role={props.staff.role}
                staffId={props.staff.id}
                whatsappTemplates={props.whatsappTemplates}
                onChanged={() => void refetch()}
              />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
