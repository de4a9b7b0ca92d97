// Above the workspace's tabs, on the device that recorded them: releases waiting for signal, and
// releases the server refused — each with its reason and what to do — until they are read.
import { For, Show, onMount } from 'solid-js';
import OutboxNotice from '../form/OutboxNotice';
import { releaseOutbox, startReleaseOutbox } from './release-outbox';
import { formatDateTime } from '../../lib/dates';

export default function ReleaseNotices(props: { accountId: string }) {
  onMount(() => startReleaseOutbox(props.accountId));
  return (
    <>
      <Show when={releaseOutbox.state().queued > 0}>
        <OutboxNotice
          state={releaseOutbox.state()}
          what="Penyaluran"
          counted
          onFlush={() => void releaseOutbox.flush()}
        />
      </Show>
      <For each={releaseOutbox.refused()}>
        {(refusal) => (
          <div class="callout refused-release" role="alert">
            <p>
              <strong>
                Penyaluran untuk usulan {refusal.proposalNumber} ({refusal.village}) ditolak server
              </strong>{' '}
              ({formatDateTime(refusal.at)}). Tidak ada stok yang keluar dan BAST tidak dibuat.
            </p>
            <ul>
              <For each={refusal.reasons}>{(reason) => <li>{reason}</li>}</For>
            </ul>
            <p>
              Buka lagi usulan {refusal.proposalNumber} di tab Usulan desa: saldo dan saran batch dimuat ulang. Catat
              penyaluran dengan jumlah yang masih tersedia, atau catat penerimaan stok lebih dulu.
            </p>
            <button type="button" class="button secondary" onClick={() => releaseOutbox.dismiss(refusal.key)}>
              Sudah dibaca<span class="visually-hidden"> — penolakan penyaluran {refusal.proposalNumber}</span>
            </button>
          </div>
        )}
      </For>
    </>
  );
}
