import { For, Show, createResource, createSignal, lazy } from 'solid-js';
import ActionForm, { Timeline } from './ActionForm';
import DataTable, { OpenRowButton } from '../DataTable';
import { TextField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { COMPLAINT_STATUSES, isFinished } from '../../domain/statuses';
import {
  COMPLAINT_IDENTITIES,
  COMPLAINT_KINDS,
  REFERRALS,
  REPLY_CHANNELS,
  WHATSAPP_REPLY,
  type Referral,
} from '../../domain/complaints';
import type { StaffRole } from '../../domain/roles';
import { isLate, moveChoices, complaints as complaintCases } from '../../domain/cases';

/** Past its deadline, as the daily summary and the report say it (src/domain/cases/complaints.ts). */
const isOverdue = (complaint: ComplaintsRecord, now: Date) => isLate(complaintCases, complaint, now);
import type { ComplaintsRecord, StaffRecord } from '../../domain/records';
import { statusPagePath } from '../../lib/paths';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
// Loaded when a complaint is opened: the workspace's first view stays within its budget.
const WhatsAppUpdate = lazy(() => import('./WhatsAppUpdate'));

/** Past its deadline first (longest overdue first), then new ones waiting for verification, then by deadline. */
function inboxOrder(now: Date) {
  return (a: ComplaintsRecord, b: ComplaintsRecord) => {
    const rank = (complaint: ComplaintsRecord) =>
      isOverdue(complaint, now) ? 0 : complaint.status === 'diterima' ? 1 : 2;
    return rank(a) - rank(b) || (a.due_at || '9999').localeCompare(b.due_at || '9999');
  };
}

/** Who sent it, as staff may see it: never anything of an anonymous complainant. */
function complainant(complaint: ComplaintsRecord): string {
  return complaint.identity === 'anonim' ? 'Anonim' : complaint.complainant_name;
}

/** What staff choose, in the words of the moment. */
function ComplaintDetail(props: {
  id: string;
  role: StaffRole;
  staff: StaffRecord;
  whatsappTemplates: WhatsAppTemplates;
  onChanged: () => void;
}) {
  const pb = pocketbase();
  const [data, { refetch }] = createResource(
    () => props.id,
    async (id) => {
      const [complaint, events, contacts] = await Promise.all([
        pb.collection('complaints').getOne(id, { expand: 'service,agency', requestKey: null }),
        pb.collection('complaint_events').getFullList({
          filter: pb.filter('complaint = {:id}', { id }),
          sort: 'at',
          expand: 'staff',
          requestKey: null,
        }),
        pb.collection('complaint_contacts').getFullList({
          filter: pb.filter('complaint = {:id}', { id }),
          sort: 'at',
          expand: 'staff',
          requestKey: null,
        }),
      ]);
      return { complaint, events, contacts };
    },
  );
  const [photoToken] = createResource(() => pb.files.getToken({ requestKey: null }));
  const [colleagues] = createResource(() =>
    pb.collection('staff').getFullList({
      filter: pb.filter('agency = {:agency}', { agency: props.staff.agency }),
      sort: 'name',
      requestKey: null,
    }),
  );
  const [unit, setUnit] = createSignal('');
  const [assignee, setAssignee] = createSignal('');
  const [referral, setReferral] = createSignal<Referral | ''>('');
  const [publish, setPublish] = createSignal(false);

  return (
    <Show when={data()} fallback={<p class="hint">Memuat pengaduan…</p>}>
      {(loaded) => {
        const complaint = () => loaded().complaint;
        const statuses = () => moveChoices(complaintCases, props.role, complaint().status, null);
        return (
          <section class="detail" aria-labelledby="pengaduan-detail-judul">
            <h3 id="pengaduan-detail-judul" tabindex="-1">
              {complaint().number} — {COMPLAINT_KINDS[complaint().kind].label}
            </h3>
            <dl class="summary-list">
              <div>
                <dt>Pelapor</dt>
                <dd>
                  <Show
                    when={complaint().identity !== 'anonim'}
                    fallback="Anonim — nama dan kontak pelapor tidak dikumpulkan. Jawab lewat catatan untuk pelapor; ia membacanya di halaman Cek Status."
                  >
                    {complaint().complainant_name}, {complaint().complainant_phone}
                    {complaint().complainant_email && `, ${complaint().complainant_email}`} — ingin dijawab lewat{' '}
                    {REPLY_CHANNELS[complaint().reply_channel]}
                  </Show>
                </dd>
              </div>
              <div>
                <dt>Identitas</dt>
                <dd>
                  {COMPLAINT_IDENTITIES[complaint().identity].label}
                  {complaint().identity === 'rahasia' && ': jangan pernah ditampilkan untuk publik'}
                </dd>
              </div>
              <div>
                <dt>Layanan</dt>
                <dd>
                  {complaint().expand?.service?.short_title ?? 'Tidak tentang satu layanan tertentu'}
                  {complaint().about_number && ` — tentang permohonan ${complaint().about_number}`}
                </dd>
              </div>
              <div>
                <dt>Isi</dt>
                <dd>{complaint().description}</dd>
              </div>
              <Show when={complaint().photo}>
                <div>
                  <dt>Foto</dt>
                  <dd>
                    <a
                      href={
                        photoToken()
                          ? pb.files.getURL(complaint(), complaint().photo, { token: photoToken() })
                          : undefined
                      }
                      target="_blank"
                      rel="noopener"
                    >
                      Buka foto
                    </a>
                  </dd>
                </div>
              </Show>
              <div>
                <dt>Diterima</dt>
                <dd>{formatDateTime(complaint().received_at)}</dd>
              </div>
              <Show when={complaint().due_at && !isFinished(complaint().status) && complaint().status !== 'dijawab'}>
                <div>
                  <dt>{complaint().verified_at ? 'Jawab paling lambat' : 'Verifikasi paling lambat'}</dt>
                  <dd>
                    {formatDateTime(complaint().due_at)}
                    {isOverdue(complaint(), new Date()) && <strong> — lewat batas waktu</strong>}
                  </dd>
                </div>
              </Show>
              <Show when={complaint().unit}>
                <div>
                  <dt>Unit</dt>
                  <dd>{complaint().unit}</dd>
                </div>
              </Show>
            </dl>
            <h4>Riwayat</h4>
            <Timeline
              format={formatDateTime}
              reader="pelapor"
              events={[
                ...loaded().events.map((event) => ({
                  at: event.at,
                  label: `${COMPLAINT_STATUSES[event.status]}${event.unit ? `: ${event.unit}` : ''}${event.referral ? ` (${REFERRALS[event.referral]})` : ''}`,
                  publicNote: event.public_note,
                  internalNote: event.internal_note,
                  // Entries without a staff member are the complainant's own: sent, reopened, confirmed.
                  by: event.expand?.staff?.name ?? 'pelapor, lewat situs',
                })),
                ...loaded().contacts.map((contact) => ({
                  at: contact.at,
                  label: 'Diberitahu via WhatsApp',
                  publicNote: '',
                  internalNote: '',
                  by: contact.expand!.staff!.name,
                })),
              ].sort((a, b) => a.at.localeCompare(b.at))}
            />
            <h4>Tindak lanjut</h4>
            <ActionForm
              idPrefix="pengaduan-tindak"
              statuses={statuses()}
              noActions="Tidak ada langkah lanjutan yang dapat Anda ambil pada pengaduan ini."
              publicNoteLabel={
                complaint().identity === 'rahasia'
                  ? 'Jawaban atau catatan untuk pelapor (tampil di halaman Cek Status pelapor saja)'
                  : 'Jawaban atau catatan untuk pelapor (tampil di halaman Cek Status)'
              }
              fieldsFor={(status) => (
                <>
                  <Show when={status === 'didisposisikan'}>
                    <TextField
                      id="pengaduan-unit"
                      label="Unit yang menangani (tampil untuk pelapor)"
                      hint="Misalnya Bidang Perlindungan dan Jaminan Sosial."
                      value={unit()}
                      onInput={setUnit}
                    />
                    <div class="field">
                      <label for="pengaduan-petugas">
                        Petugas yang menangani (boleh dikosongkan; tidak tampil untuk pelapor)
                      </label>
                      <select
                        id="pengaduan-petugas"
                        value={assignee()}
                        onChange={(event) => setAssignee(event.currentTarget.value)}
                      >
                        <option value="">—</option>
                        <For each={colleagues()}>
                          {(colleague) => <option value={colleague.id}>{colleague.name}</option>}
                        </For>
                      </select>
                    </div>
                  </Show>
                  <Show when={status === 'tidak-diproses'}>
                    <div class="field">
                      <label for="pengaduan-rujukan">Arahkan pelapor ke</label>
                      <select
                        id="pengaduan-rujukan"
                        value={referral()}
                        onChange={(event) => setReferral(event.currentTarget.value as Referral | '')}
                      >
                        <option value="">Pilih</option>
                        <For each={Object.entries(REFERRALS)}>
                          {([value, label]) => <option value={value}>{label}</option>}
                        </For>
                      </select>
                    </div>
                  </Show>
                  <Show when={status === 'dijawab' && complaint().identity !== 'rahasia'}>
                    <div class="field">
                      <label class="checkbox">
                        <input
                          type="checkbox"
                          checked={publish()}
                          onChange={(event) => setPublish(event.currentTarget.checked)}
                        />
                        <span>
                          Tampilkan jawaban ini di daftar jawaban publik (tanpa isi pengaduan dan tanpa identitas
                          pelapor). Pastikan jawaban tidak memuat nama atau data pribadi.
                        </span>
                      </label>
                    </div>
                  </Show>
                </>
              )}
              save={(values) =>
                pb.collection('complaint_events').create({
                  complaint: props.id,
                  status: values.status,
                  public_note: values.publicNote,
                  internal_note: values.internalNote,
                  unit: values.status === 'didisposisikan' ? unit().trim() : '',
                  assignee: values.status === 'didisposisikan' ? assignee() : '',
                  referral: values.status === 'tidak-diproses' ? referral() : '',
                  publish_answer: values.status === 'dijawab' && publish(),
                  staff: props.staff.id,
                })
              }
              onSaved={() => {
                setUnit('');
                setAssignee('');
                setReferral('');
                setPublish(false);
                props.onChanged();
                return refetch();
              }}
            />
            <Show
              when={complaint().reply_channel === WHATSAPP_REPLY}
              fallback={
                <Show when={complaint().identity !== 'anonim'}>
                  <p class="hint">
                    Pelapor memilih dijawab lewat {REPLY_CHANNELS[complaint().reply_channel]}, bukan WhatsApp.
                  </p>
                </Show>
              }
            >
              <WhatsAppUpdate
                update={{
                  kind: 'pengaduan',
                  office: complaint().expand!.agency!.short_name,
                  number: complaint().number,
                  service: complaint().expand?.service?.short_title ?? COMPLAINT_KINDS[complaint().kind].label,
                  status: complaint().status,
                  statusUrl: new URL(statusPagePath(complaint().number), location.origin).href,
                }}
                phone={complaint().complainant_phone}
                template={props.whatsappTemplates[complaint().expand!.agency!.slug]?.pengaduan}
                record={() =>
                  pb
                    .collection('complaint_contacts')
                    .create({ complaint: props.id, staff: props.staff.id, channel: 'whatsapp' })
                }
                onRecorded={refetch}
              />
            </Show>
          </section>
        );
      }}
    </Show>
  );
}

/** The office's complaints — past their deadline first, then new ones — one opens to handle it. */
export default function ComplaintInbox(props: {
  staff: StaffRecord /** Each office's WhatsApp update wording (content/agencies/). */;
  whatsappTemplates: WhatsAppTemplates;
}) {
  const pb = pocketbase();
  const [showClosed, setShowClosed] = createSignal(false);
  const [selected, setSelected] = createSignal<string>();
  const [opened, setOpened] = createSignal(0);
  // The source is an object: a plain `false` would keep Solid from fetching at all.
  const [complaints, { refetch }] = createResource(
    () => ({ closedToo: showClosed() }),
    async ({ closedToo }) => {
      const items = await pb.collection('complaints').getFullList({
        filter: closedToo ? '' : 'status != "selesai" && status != "tidak-diproses"',
        expand: 'service',
        requestKey: null,
        batch: 200,
      });
      return items.sort(inboxOrder(new Date()));
    },
  );
  const overdue = () => (complaints() ?? []).filter((complaint) => isOverdue(complaint, new Date())).length;

  return (
    <div>
      <div class="filters" role="group" aria-label="Saring pengaduan">
        <label class="checkbox">
          <input
            type="checkbox"
            checked={showClosed()}
            onChange={(event) => setShowClosed(event.currentTarget.checked)}
          />
          <span>Tampilkan juga yang sudah ditutup</span>
        </label>
      </div>
      <div class="list-detail">
        <div>
          <Show
            when={!complaints.error}
            fallback={<p class="callout">Pengaduan tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>}
          >
            <p class="hint" aria-live="polite">
              {complaints.loading
                ? 'Memuat pengaduan…'
                : `${complaints()?.length ?? 0} pengaduan${overdue() > 0 ? `, ${overdue()} lewat batas waktu` : ''}`}
            </p>
            <DataTable
              cards
              label="Pengaduan"
              headers={['Nomor', 'Jenis', 'Layanan', 'Pelapor', 'Status', 'Batas waktu']}
              rows={complaints() ?? []}
              empty={
                complaints.loading ? undefined : (
                  <tr>
                    <td colspan="6">Tidak ada pengaduan yang perlu ditangani.</td>
                  </tr>
                )
              }
            >
              {(complaint) => (
                <tr class={isOverdue(complaint, new Date()) ? 'late' : undefined}>
                  <td>
                    <OpenRowButton
                      open={selected() === complaint.id}
                      onOpen={() => {
                        setSelected(complaint.id);
                        setOpened(opened() + 1);
                      }}
                      focusId="pengaduan-detail-judul"
                    >
                      {complaint.number}
                    </OpenRowButton>
                  </td>
                  <td>{COMPLAINT_KINDS[complaint.kind].label}</td>
                  <td>{complaint.expand?.service?.short_title ?? '—'}</td>
                  <td>{complainant(complaint)}</td>
                  <td>{COMPLAINT_STATUSES[complaint.status]}</td>
                  <td>
                    {complaint.due_at && !isFinished(complaint.status) && complaint.status !== 'dijawab'
                      ? formatDateTime(complaint.due_at)
                      : '—'}
                    {isOverdue(complaint, new Date()) && <strong> lewat batas waktu</strong>}
                  </td>
                </tr>
              )}
            </DataTable>
          </Show>
        </div>
        <Show when={selected() && `${selected()}:${opened()}`} keyed>
          {(_opening) => (
            <div class="detail-pane">
              <ComplaintDetail
                id={selected()!}
                role={props.staff.role}
                staff={props.staff}
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
