import { Show, Suspense, lazy } from 'solid-js';
import { COMPLAINT_KINDS, repliesOpen } from '../../domain/complaints';
import type { StatusLookupAnswer as Result, PublicComplaint } from '../../domain/public-status';
import type { ComplaintStatus } from '../../domain/statuses';
import type { StatusAccess } from '../../lib/status-api';
import { formatDateTime } from '../../lib/dates';

// The reply form loads only when the complainant may reply, under its own <Suspense> (StatusResult.tsx says why).
const ComplaintReply = lazy(() => import('./ComplaintReply'));

/** A complaint's deadlines: verification first, then the answer (again after a reopening). */
function complaintPromise(result: Result): { tone: 'good' | 'bad' | 'plain'; text: string } {
  const due = result.dueAt && formatDateTime(result.dueAt);
  const stage = result.complaint?.verifiedAt ? 'dijawab' : 'diperiksa';
  switch (result.promise) {
    case 'dalam-waktu':
      return { tone: 'good', text: `Masih dalam batas waktu: ${stage} paling lambat ${due}.` };
    case 'lewat-waktu':
      return {
        tone: 'bad',
        text:
          `Sudah melewati batas waktu (seharusnya ${stage} ${due}). Anda dapat menanyakannya ke kantor, atau ` +
          'menyampaikannya ke SP4N-LAPOR! (lapor.go.id, SMS 1708).',
      };
    case 'selesai-tepat-waktu':
      return { tone: 'good', text: `Ditanggapi dalam batas waktu (batas ${due}).` };
    case 'selesai-terlambat':
      return { tone: 'bad', text: `Ditanggapi, tetapi melewati batas waktu (batas ${due}).` };
    case 'tanpa-janji':
      return { tone: 'plain', text: 'Batas waktu tidak tercatat.' };
  }
}

/**
 * What the status page adds for a complaint: whether it is within its deadline, its kind, what it is about, the unit handling it, and
 * — once answered — the complainant's reply. Loaded only for complaints.
 */
export default function ComplaintFacts(props: {
  result: Result;
  complaint: PublicComplaint;
  access: StatusAccess | undefined;
  onReplied: () => void;
}) {
  const replies = () =>
    repliesOpen(
      props.result.status as ComplaintStatus,
      props.complaint.answeredAt ? new Date(props.complaint.answeredAt) : null,
      new Date(props.result.checkedAt),
    );
  const promise = () => complaintPromise(props.result);
  return (
    <>
      <p class={`promise promise-${promise().tone}`}>{promise().text}</p>
      <p>
        {COMPLAINT_KINDS[props.complaint.kind].label}
        {props.complaint.aboutNumber && `, tentang permohonan ${props.complaint.aboutNumber}`}.
        <Show when={props.complaint.unit}>{(unit) => ` Ditangani oleh: ${unit()}.`}</Show>
      </p>
      <Show when={replies().length > 0}>
        <Show
          when={props.access}
          fallback={
            <p class="callout">
              Untuk menanggapi jawaban, buka halaman ini saat terhubung ke internet dan cek status lagi.
            </p>
          }
        >
          {(access) => (
            <Suspense>
              <ComplaintReply
                replies={replies()}
                answeredAt={props.complaint.answeredAt!}
                access={access()}
                onSent={props.onReplied}
              />
            </Suspense>
          )}
        </Show>
      </Show>
    </>
  );
}
