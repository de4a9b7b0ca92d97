import { Show, lazy } from 'solid-js';
import { COMPLAINT_KINDS, repliesOpen } from '../../domain/complaints';
import type { StatusLookupAnswer as Result, PublicComplaint } from '../../domain/public-status';
import type { ComplaintStatus } from '../../domain/statuses';
import type { PowSolution } from '../../domain/proof-of-work';

// The reply form loads only when the complainant may reply.
const ComplaintReply = lazy(() => import('./ComplaintReply'));

/**
 * What the status page adds for a complaint: its kind, what it is about, the unit handling it, and
 * — once answered — the complainant's reply. Loaded only for complaints.
 */
export default function ComplaintFacts(props: {
  result: Result;
  complaint: PublicComplaint;
  access: { verifier: string; proof: PowSolution | undefined } | undefined;
  onReplied: () => void;
}) {
  const replies = () => repliesOpen(props.result.status as ComplaintStatus, props.complaint.answeredAt ? new Date(props.complaint.answeredAt) : null, new Date(props.result.checkedAt));
  return (
    <>
      <p>
        {COMPLAINT_KINDS[props.complaint.kind].label}
        {props.complaint.aboutNumber && `, tentang permohonan ${props.complaint.aboutNumber}`}.
        <Show when={props.complaint.unit}>{(unit) => ` Ditangani oleh: ${unit()}.`}</Show>
      </p>
      <Show when={replies().length > 0}>
        <Show when={props.access} fallback={<p class="callout">Untuk menanggapi jawaban, buka halaman ini saat terhubung ke internet dan cek status lagi.</p>}>
          {(access) => <ComplaintReply number={props.result.number} replies={replies()} answeredAt={props.complaint.answeredAt!} access={access()} onSent={props.onReplied} />}
        </Show>
      </Show>
    </>
  );
}
