import { Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup, TextArea } from '../form/fields';
import { COMPLAINANT_REPLIES, REOPEN_DAYS, type ComplainantReply } from '../../domain/complaints';
import type { StatusAccess } from '../../lib/status-api';
import { ROUTES, routeUrl } from '../../lib/api-address';
import type { RequestOf } from '../../domain/routes';
import { formatDateTime } from '../../lib/dates';

interface Props {
  replies: ComplainantReply[];
  answeredAt: string;
  access: StatusAccess;
  onSent: () => void;
}

/**
 * The complainant's word once the office has answered (POST /api/pengaduan/tanggapan): resolved,
 * or not — which reopens it — with the access the status lookup gave this page.
 */
export default function ComplaintReply(props: Props) {
  const [reply, setReply] = createSignal<string>(props.replies.length === 1 ? props.replies[0]! : '');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const until = () =>
    formatDateTime(new Date(new Date(props.answeredAt).getTime() + REOPEN_DAYS * 24 * 60 * 60 * 1000));

  async function send(event: SubmitEvent) {
    event.preventDefault();
    if (!props.replies.includes(reply() as ComplainantReply))
      return setErrors([{ fieldId: 'tanggapan-pilihan', message: 'Pilih: sudah selesai atau belum selesai.' }]);
    setBusy(true);
    try {
      const response = await fetch(routeUrl(ROUTES.complaintReply), {
        method: ROUTES.complaintReply.method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          akses: props.access.token,
          reply: reply() as ComplainantReply,
          note: note().trim(),
        } satisfies RequestOf<typeof ROUTES.complaintReply>),
      });
      if (response.ok) return props.onSent();
      const body = await response.json().catch(() => ({}));
      const fieldMessage = Object.values((body.data ?? {}) as Record<string, { message: string }>)[0]?.message;
      setErrors([
        {
          fieldId: 'tanggapan-pilihan',
          message: fieldMessage ?? body.message ?? 'Tanggapan belum terkirim. Coba lagi.',
        },
      ]);
    } catch {
      setErrors([
        {
          fieldId: 'tanggapan-pilihan',
          message:
            'Tanggapan belum terkirim: tidak ada sambungan. Pilihan Anda tetap di sini; tekan "Kirim tanggapan" lagi.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="callout" onSubmit={send} novalidate>
      <ErrorSummary errors={errors()} />
      <RadioGroup
        id="tanggapan-pilihan"
        name="tanggapan"
        label="Apakah masalah Anda sudah selesai?"
        hint={`Anda dapat membuka kembali pengaduan ini sampai ${until()}.`}
        value={reply()}
        options={props.replies.map((value) => ({ value, label: COMPLAINANT_REPLIES[value].label }))}
        error={errors()[0]?.message}
        onChange={setReply}
      />
      <Show when={reply() === 'belum-selesai'}>
        <TextArea
          id="tanggapan-catatan"
          label="Apa yang belum selesai? (boleh dikosongkan)"
          hint="Tampil di halaman status ini dan dibaca petugas. Paling banyak 500 huruf."
          rows={3}
          value={note()}
          onInput={setNote}
        />
      </Show>
      <button class="button" type="submit" disabled={busy()}>
        {busy() ? 'Mengirim…' : 'Kirim tanggapan'}
      </button>
    </form>
  );
}
