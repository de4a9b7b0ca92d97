// What a resident's form shows while its submission waits in the outbox (src/lib/outbox.ts):
// waiting for signal — it will go by itself — or sending, with progress.
import { Show } from 'solid-js';
import type { OutboxState } from '../../lib/outbox';

interface Props {
  state: OutboxState;
  /** "Permohonan", "Pengaduan", "Usulan": what is being sent. */
  what: string;
  /** Says how many wait: the form stays free for the next one (a village's proposals). */
  counted?: boolean;
  onFlush: () => void;
}

export default function OutboxNotice(props: Props) {
  return (
    <div class={`outbox${props.state.sending ? '' : ' outbox-waiting'}`} role="status">
      <Show
        when={props.state.sending}
        fallback={
          <>
            <p>
              <strong>Menunggu sinyal — akan terkirim otomatis.</strong>{' '}
              {props.counted
                ? `${props.state.queued} ${props.what.toLowerCase()} tersimpan di ponsel ini dan dikirim begitu ada sambungan.`
                : `${props.what} Anda tersimpan di ponsel ini dan dikirim begitu ada sambungan, juga bila halaman ini ditutup lalu dibuka lagi.`}
            </p>
            <Show when={props.state.waitingReason}>
              <p class="hint">Percobaan terakhir: {props.state.waitingReason}.</p>
            </Show>
            <button type="button" class="button secondary" onClick={() => props.onFlush()}>
              Coba kirim sekarang
            </button>
          </>
        }
      >
        {(sending) => (
          <>
            <p>
              <strong>
                Mengirim {props.what.toLowerCase()}… {Math.round((sending().sent / Math.max(1, sending().total)) * 100)}
                %
              </strong>
            </p>
            <progress
              max={sending().total}
              value={sending().sent}
              aria-label={`Kemajuan pengiriman ${props.what.toLowerCase()}`}
            />
          </>
        )}
      </Show>
    </div>
  );
}
