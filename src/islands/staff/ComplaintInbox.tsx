import { For, Show, createResource, createSignal } from 'solid-js';
import { Fact, type CaseDetailView } from './CaseDetail';
import SanggahFacts from './SanggahFacts';
import CaseList, { type OfficeListProps } from './CaseList';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import { TextField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { statusPagePath } from '../../lib/paths';
import { COMPLAINT_STATUSES, isFinished, type ComplaintStatus } from '../../domain/statuses';
import {
  COMPLAINT_IDENTITIES,
  COMPLAINT_KINDS,
  REFERRALS,
  REPLY_CHANNELS,
  WHATSAPP_REPLY,
  type Referral,
} from '../../domain/complaints';
import { isLate, moveChoices, complaints as complaintCases } from '../../domain/cases';
import type { StaffRecord } from '../../domain/records';
import type { ComplaintListRow } from '../../domain/case-lists';

/** Who sent it, as staff may see it: never anything of an anonymous complainant. */
function complainant(complaint: Pick<ComplaintListRow, 'identity' | 'complainant_name'>): string {
  return complaint.identity === 'anonim' ? 'Anonim' : complaint.complainant_name;
}

/** Its deadline, while the office still owes it verification or an answer. */
const deadlineShown = (complaint: { due_at: string; status: ComplaintStatus }) =>
  Boolean(complaint.due_at) && !isFinished(complaint.status) && complaint.status !== 'dijawab';

/** Past its deadline, as the daily summary and the report say it (src/domain/cases/complaints.ts). */
const isOverdue = (complaint: { status: string; due_at: string }) => isLate(complaintCases, complaint, new Date());

/** An opened complaint: who sent it (never an anonymous complainant), what happened, its deadline, and what is done next. */
function complaintView(staff: StaffRecord, whatsappTemplates: WhatsAppTemplates): CaseDetailView<'pengaduan'> {
  return (complaint) => {
    const pb = pocketbase();
    const [photoToken] = createResource(() => pb.files.getToken({ requestKey: null }));
    const [colleagues] = createResource(() =>
      pb.collection('staff').getFullList({
        filter: pb.filter('agency = {:agency}', { agency: staff.agency }),
        sort: 'name',
        requestKey: null,
      }),
    );
    const [unit, setUnit] = createSignal('');
    const [assignee, setAssignee] = createSignal('');
    const [referral, setReferral] = createSignal<Referral | ''>('');
    const [publish, setPublish] = createSignal(false);
    return {
      title: () => `${complaint().number} — ${COMPLAINT_KINDS[complaint().kind].label}`,
      summary: (
        <>
          <Fact label="Pelapor">
            <Show
              when={complaint().identity !== 'anonim'}
              fallback="Anonim — nama dan kontak pelapor tidak dikumpulkan. Jawab lewat catatan untuk pelapor; ia membacanya di halaman Cek Status."
            >
              {complaint().complainant_name}, {complaint().complainant_phone}
              {complaint().complainant_email && `, ${complaint().complainant_email}`} — ingin dijawab lewat{' '}
              {REPLY_CHANNELS[complaint().reply_channel]}
            </Show>
          </Fact>
          <Fact label="Identitas">
            {COMPLAINT_IDENTITIES[complaint().identity].label}
            {complaint().identity === 'rahasia' && ': jangan pernah ditampilkan untuk publik'}
          </Fact>
          <Fact label="Layanan">
            {complaint().expand?.service?.short_title ?? 'Tidak tentang satu layanan tertentu'}
            {complaint().about_number && ` — tentang permohonan ${complaint().about_number}`}
          </Fact>
          <Show when={complaint().kind === 'sanggah'}>
            <SanggahFacts complaint={complaint()} />
          </Show>
          <Fact label="Isi">{complaint().description}</Fact>
          <Show when={complaint().photo}>
            <Fact label="Foto">
              <a
                href={
                  photoToken() ? pb.files.getURL(complaint(), complaint().photo, { token: photoToken() }) : undefined
                }
                target="_blank"
                rel="noopener"
              >
                Buka foto
              </a>
            </Fact>
          </Show>
          <Fact label="Diterima">{formatDateTime(complaint().received_at)}</Fact>
          <Show when={deadlineShown(complaint())}>
            <Fact label={complaint().verified_at ? 'Jawab paling lambat' : 'Verifikasi paling lambat'}>
              {formatDateTime(complaint().due_at)}
              {isOverdue(complaint()) && <strong> — lewat batas waktu</strong>}
            </Fact>
          </Show>
          <Show when={complaint().unit}>
            <Fact label="Unit">{complaint().unit}</Fact>
          </Show>
        </>
      ),
      eventLabel: (event) =>
        `${COMPLAINT_STATUSES[event.status]}${event.unit ? `: ${event.unit}` : ''}${event.referral ? ` (${REFERRALS[event.referral]})` : ''}`,
      // Entries without a staff member are the complainant's own: sent, reopened, confirmed.
      nobody: () => 'pelapor, lewat situs',
      reader: 'pelapor',
      actions: {
        heading: 'Tindak lanjut',
        idPrefix: 'pengaduan-tindak',
        statuses: () => moveChoices(complaintCases, staff.role, complaint().status, null),
        noActions: () => 'Tidak ada langkah lanjutan yang dapat Anda ambil pada pengaduan ini.',
        publicNoteLabel: () =>
          complaint().identity === 'rahasia'
            ? 'Jawaban atau catatan untuk pelapor (tampil di halaman Cek Status pelapor saja)'
            : 'Jawaban atau catatan untuk pelapor (tampil di halaman Cek Status)',
        fieldsFor: (status) => (
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
                  <For each={colleagues()}>{(colleague) => <option value={colleague.id}>{colleague.name}</option>}</For>
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
                    Tampilkan jawaban ini di daftar jawaban publik (tanpa isi pengaduan dan tanpa identitas pelapor).
                    Pastikan jawaban tidak memuat nama atau data pribadi.
                  </span>
                </label>
              </div>
            </Show>
          </>
        ),
        eventFields: (values) => ({
          unit: values.status === 'didisposisikan' ? unit().trim() : '',
          assignee: values.status === 'didisposisikan' ? assignee() : '',
          referral: values.status === 'tidak-diproses' ? referral() : '',
          publish_answer: values.status === 'dijawab' && publish(),
        }),
        onSaved: () => {
          setUnit('');
          setAssignee('');
          setReferral('');
          setPublish(false);
        },
      },
      whatsapp: () =>
        complaint().reply_channel === WHATSAPP_REPLY
          ? {
              update: {
                kind: 'pengaduan',
                office: complaint().expand!.agency!.short_name,
                number: complaint().number,
                service: complaint().expand?.service?.short_title ?? COMPLAINT_KINDS[complaint().kind].label,
                status: complaint().status,
                statusUrl: new URL(statusPagePath(complaint().number), location.origin).href,
              },
              phone: complaint().complainant_phone,
              template: whatsappTemplates[complaint().expand!.agency!.slug]?.pengaduan,
            }
          : null,
      noWhatsApp: (
        <Show when={complaint().identity !== 'anonim'}>
          <p class="hint">Pelapor memilih dijawab lewat {REPLY_CHANNELS[complaint().reply_channel]}, bukan WhatsApp.</p>
        </Show>
      ),
    };
  };
}

/** The office's complaints — past their deadline first, then new ones — searched and paged by the server; one opens to handle it. */
export default function ComplaintInbox(props: OfficeListProps) {
  return (
    <CaseList
      kind="pengaduan"
      start={props.start}
      view={complaintView(props.staff, props.whatsappTemplates)}
      filters={(query, change) => (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={query().view === 'semua'}
            onChange={(event) => change({ view: event.currentTarget.checked ? 'semua' : 'terbuka' })}
          />
          <span>Tampilkan juga yang sudah ditutup</span>
        </label>
      )}
      headers={['Nomor', 'Jenis', 'Layanan', 'Pelapor', 'Status', 'Batas waktu']}
      rowClass={(complaint) => (isOverdue(complaint) ? 'late' : undefined)}
      cells={(complaint) => (
        <>
          <td>{COMPLAINT_KINDS[complaint.kind].label}</td>
          <td>{complaint.service_title || '—'}</td>
          <td>{complainant(complaint)}</td>
          <td>{COMPLAINT_STATUSES[complaint.status]}</td>
          <td>
            {deadlineShown(complaint) ? formatDateTime(complaint.due_at) : '—'}
            {isOverdue(complaint) && <strong> lewat batas waktu</strong>}
          </td>
        </>
      )}
      counted={(counts, query) =>
        `${query.view === 'semua' ? `; ${counts['open']} pengaduan belum ditutup` : ` dari ${counts['open']} pengaduan`}` +
        `${counts['overdue'] ? `, ${counts['overdue']} lewat batas waktu` : ''}`
      }
    />
  );
}
