import { For, Show, createResource, createSignal } from 'solid-js';
import CaseList, { type OfficeListProps } from './CaseList';
import { Fact, FileLinks, type CaseDetailView } from './CaseDetail';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import { statusPagePath } from '../../lib/paths';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { REQUEST_CHANNELS, REQUEST_STATUSES, isFinished, stepsHaveBegun } from '../../domain/statuses';
import { COMPLETERS } from '../../domain/roles';
import { isLate, moveChoices, requests } from '../../domain/cases';
import type { RequestsRecord, StaffRecord } from '../../domain/records';
import { WORK_QUEUE, type WorkQueueView } from '../../domain/case-lists';

/** Late as the work queue and the daily summary say it (src/domain/cases/requests.ts). */
const late = (request: Pick<RequestsRecord, 'due_at' | 'status'>) => isLate(requests, request, new Date());

/** When a file came: with the application, or sent again from the status page (marked, as staff check those first). */
function SentWhen(props: { at: string | undefined; received: string }) {
  return (
    <Show
      when={props.at}
      fallback={<span class="meta"> — dikirim bersama permohonan, {formatDateTime(props.received)}</span>}
    >
      {(at) => (
        <span>
          {' '}
          — <strong class="resent">dikirim ulang</strong> {formatDateTime(at())}
        </span>
      )}
    </Show>
  );
}

/** An online application's statements and documents, each under the requirement it answers. */
function SentOnline(props: { request: RequestsRecord }) {
  const pb = pocketbase();
  const [token] = createResource(() => pb.files.getToken({ requestKey: null }));
  // In the order they were sent (the form's order, then what was sent again), not the mapping's.
  const requirements = () => [
    ...new Set(props.request.documents.map((file) => props.request.document_requirements?.[file]).filter(Boolean)),
  ];
  return (
    <>
      <h4>Dikirim pemohon</h4>
      <dl class="summary-list">
        <For each={Object.entries(props.request.statements ?? {})}>
          {([requirement, statement]) => <Fact label={requirement}>{statement}</Fact>}
        </For>
        <For each={requirements()}>
          {(requirement) => (
            <Fact label={requirement}>
              <FileLinks
                record={props.request}
                files={props.request.documents.filter(
                  (file) => props.request.document_requirements[file] === requirement,
                )}
                token={token()}
                note={(file) => (
                  <SentWhen at={props.request.documents_resent?.[file]} received={props.request.received_at} />
                )}
              />
            </Fact>
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

/** An opened request: the applicant, where it stands, what was sent online, and its next step. */
function requestView(staff: StaffRecord, whatsappTemplates: WhatsAppTemplates): CaseDetailView<'permohonan'> {
  return (request) => {
    const [step, setStep] = createSignal<number>();
    // The steps the request was registered under, whatever the standard says now.
    const steps = () => request().steps;
    const current = () => request().current_step;
    const begun = () => stepsHaveBegun(request().status);
    const completedBy = () => request().expand!.service!.completed_by;
    const nextStep = () => step() ?? Math.min(current() + 1, steps().length);
    return {
      title: () => `${request().number} — ${request().expand?.service?.short_title}`,
      summary: (
        <>
          <Fact label="Pemohon">
            {request().applicant_name}, {request().applicant_phone}
          </Fact>
          <Fact label="Status">
            {REQUEST_STATUSES[request().status]}
            {begun() && `, langkah ${current()} dari ${steps().length}: ${steps()[current() - 1]}`}
          </Fact>
          <Fact label="Diajukan">{REQUEST_CHANNELS[request().channel]}</Fact>
          <Fact label="Diterima">{formatDateTime(request().received_at)}</Fact>
          <Show when={request().due_at}>
            <Fact label="Batas waktu">
              {formatDateTime(request().due_at)}
              {late(request()) && ' — lewat waktu'}
            </Fact>
          </Show>
          <Show when={(request().requirements_checked ?? []).length > 0}>
            <Fact label="Persyaratan diperiksa">{request().requirements_checked.join('; ')}</Fact>
          </Show>
          <Show when={request().intake_note}>
            <Fact label="Catatan loket">{request().intake_note}</Fact>
          </Show>
        </>
      ),
      details: (
        <>
          <p>
            <a href={`/petugas/tanda-terima/?no=${request().number}`}>Cetak tanda terima</a>
          </p>
          <Show when={request().channel === 'online'}>
            <SentOnline request={request()} />
          </Show>
        </>
      ),
      eventLabel: (event) =>
        `Langkah ${event.step}: ${steps()[event.step - 1] ?? ''} (${REQUEST_STATUSES[event.status]})`,
      // Entries without a staff member are the applicant's own, through the site (sent, documents resent).
      nobody: () => 'pemohon, lewat situs',
      actions: {
        heading: 'Langkah berikutnya',
        hint: (
          <Show when={!isFinished(request().status)}>
            <p class="hint">
              Permohonan {request().expand?.service?.short_title} diselesaikan oleh {COMPLETERS[completedBy()]}
              {'; '}menolak permohonan hanya kepala bidang.
            </p>
          </Show>
        ),
        idPrefix: 'langkah',
        statuses: () => moveChoices(requests, staff.role, request().status, completedBy()),
        noActions: () =>
          isFinished(request().status)
            ? `Permohonan ini sudah ${REQUEST_STATUSES[request().status].toLowerCase()}.`
            : undefined,
        fields: (
          <Show when={begun() && !isFinished(request().status)}>
            <div class="field">
              <label for="langkah-ke">Langkah</label>
              <select
                id="langkah-ke"
                value={nextStep()}
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
        ),
        eventFields: () => ({ step: begun() ? nextStep() : 1 }),
        onSaved: () => setStep(undefined),
      },
      whatsapp: () => ({
        update: {
          kind: 'permohonan',
          office: request().expand!.agency!.short_name,
          number: request().number,
          service: request().expand!.service!.short_title,
          serviceSlug: request().expand!.service!.slug,
          status: request().status,
          steps: steps(),
          currentStep: current(),
          statusUrl: new URL(statusPagePath(request().number), location.origin).href,
        },
        phone: request().applicant_phone,
        template: whatsappTemplates[request().expand!.agency!.slug]?.permohonan,
      }),
    };
  };
}

/**
 * The office's requests — online applications to verify first, then the soonest due — filtered, searched and
 * paged by the server; one opens to move it along.
 */
export default function WorkQueue(props: OfficeListProps) {
  const pb = pocketbase();
  const [services] = createResource(() =>
    pb.collection('services').getFullList({
      filter: pb.filter('agency = {:agency}', { agency: props.staff.agency }),
      sort: 'title',
      fields: 'id,short_title',
      requestKey: null,
    }),
  );
  return (
    <CaseList
      kind="permohonan"
      start={props.start}
      view={requestView(props.staff, props.whatsappTemplates)}
      filters={(query, change) => (
        <>
          <div class="field">
            <label for="saring-layanan">Layanan</label>
            <select
              id="saring-layanan"
              value={query().filters.service}
              onChange={(event) => change({ filters: { ...query().filters, service: event.currentTarget.value } })}
            >
              <option value="">Semua layanan</option>
              <For each={services()}>{(option) => <option value={option.id}>{option.short_title}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="tampil-antrean">Tampilkan</label>
            <p class="hint" id="tampil-antrean-petunjuk">
              {WORK_QUEUE.views[query().view].hint}
            </p>
            <select
              id="tampil-antrean"
              aria-describedby="tampil-antrean-petunjuk"
              value={query().view}
              onChange={(event) => change({ view: event.currentTarget.value as WorkQueueView })}
            >
              <For each={Object.entries(WORK_QUEUE.views)}>
                {([value, view]) => <option value={value}>{view.label}</option>}
              </For>
            </select>
          </div>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={query().filters.lateOnly}
              onChange={(event) => change({ filters: { ...query().filters, lateOnly: event.currentTarget.checked } })}
            />
            <span>Hanya yang lewat waktu</span>
          </label>
        </>
      )}
      headers={['Nomor', 'Layanan', 'Pemohon', 'Langkah', 'Batas waktu']}
      rowClass={(request) => (late(request) ? 'late' : undefined)}
      cells={(request) => (
        <>
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
        </>
      )}
      counted={(counts) => ` dari ${counts['open']} permohonan`}
    />
  );
}
