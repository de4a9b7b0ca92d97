import { Show, createResource, createSignal } from 'solid-js';
import { Fact } from './CaseDetail';
import { serverProblems } from './server-problems';
import { TextArea } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { ROUTES, routePath } from '../../lib/api-address';
import { SANGGAH_LIMITS, SANGGAH_REASONS, type SanggahReason } from '../../domain/complaints';
import type { AnswerOf } from '../../domain/routes';
import type { ComplaintsRecord } from '../../domain/records';

const NOTE_ID = 'sanggah-catatan-desa';

/**
 * Whom a sanggah names, and forwarding it to that village with a note of what the office asks: the
 * village then reads the name, RT/RW, reason and the note — never the reporter (GET /api/desa/sanggah).
 */
export default function SanggahFacts(props: { complaint: ComplaintsRecord }) {
  const pb = pocketbase();
  const [village] = createResource(
    () => props.complaint.sanggah_village,
    (id) => pb.collection('villages').getOne(id, { requestKey: null }),
  );
  const [note, setNote] = createSignal('');
  const [problem, setProblem] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  /** Forwarded now, on this page: shown without reading the complaint again. */
  const [forwardedNow, setForwardedNow] = createSignal<{ at: string; note: string }>();
  const forwarded = () =>
    forwardedNow() ??
    (props.complaint.forwarded_at
      ? { at: props.complaint.forwarded_at, note: props.complaint.forward_note }
      : undefined);
  async function forward() {
    setSending(true);
    setProblem(undefined);
    try {
      const sent = note().trim();
      const answer = await pb.send<AnswerOf<typeof ROUTES.sanggahForward>>(
        routePath(ROUTES.sanggahForward, { id: props.complaint.id }),
        { method: ROUTES.sanggahForward.method, body: { note: sent } },
      );
      setForwardedNow({ at: answer.forwardedAt, note: sent });
    } catch (error) {
      setProblem(
        serverProblems(error, {
          fallback: NOTE_ID,
          unreachable: 'Tidak dapat terhubung ke server; coba lagi. Catatan Anda tetap ada.',
        })[0]?.message,
      );
    } finally {
      setSending(false);
    }
  }
  return (
    <>
      <Fact label="Yang disanggah">
        {props.complaint.sanggah_name}, RT {props.complaint.sanggah_rt}/RW {props.complaint.sanggah_rw},{' '}
        {village()?.name ?? '…'} — {SANGGAH_REASONS[props.complaint.sanggah_reason as SanggahReason]}
      </Fact>
      <Fact label="Desa">
        <Show
          when={forwarded()}
          fallback={
            <div class="sanggah-forward">
              <p class="hint">
                Belum diteruskan: desa belum melihatnya. Bila diteruskan, desa membaca nama, RT/RW, alasan dan catatan
                di bawah ini saja — tidak pernah nama, kontak atau cerita pelapor.
              </p>
              <TextArea
                id={NOTE_ID}
                label="Catatan untuk desa"
                hint={`Misalnya: mohon diperiksa di musyawarah desa berikutnya. Paling banyak ${SANGGAH_LIMITS.forwardNote} huruf.`}
                rows={3}
                value={note()}
                error={problem()}
                onInput={setNote}
              />
              <button type="button" class="button secondary" disabled={sending()} onClick={() => void forward()}>
                Teruskan ke desa
              </button>
            </div>
          }
        >
          {(done) => (
            <span role="status">
              Diteruskan {formatDateTime(done().at)}: {done().note}
            </span>
          )}
        </Show>
      </Fact>
    </>
  );
}
