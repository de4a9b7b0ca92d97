import { For, Show, createSignal, onMount } from 'solid-js';
import SignInForm from '../SignInForm';
import SignInWarning from '../SignInWarning';
import OutboxNotice from '../form/OutboxNotice';
import { OPERATOR_EXPAND, createOperatorPlace } from './operator';
import ProposalWizard from './ProposalWizard';
import ProposalReceipt from './ProposalReceipt';
import VillageProposals from './VillageProposals';
import { createProposalForm } from './proposal-form';
import { pocketbase, signOut } from '../../lib/pocketbase-client';
import { draftBytes, draftIsEmpty } from '../../lib/proposal-draft';
import type { OperatorsRecord } from '../../domain/records';

/**
 * A signed-in village operator: fill in a proposal (saved on the phone as it is typed), send it —
 * or, without signal, queue it in the outbox (src/lib/outbox.ts) and send it as soon as the
 * connection returns (proposal-form.ts); the receipts of what was sent, and the village's proposals.
 */
export default function OperatorDesk(props: {
  account: OperatorsRecord;
  villagesUrl: string /** Just signed in: the form's step heading takes focus. */;
  focusForm?: boolean;
  onSignedOut: () => void;
}) {
  const pb = pocketbase();
  const [operator, setOperator] = createSignal<OperatorsRecord>(props.account);
  const [receipts, setReceipts] = createSignal<{ number: string; contactPhone: string }[]>([]);
  const [listVersion, setListVersion] = createSignal(0);
  // Signing out on a shared village phone: what would be left behind, if anything, awaiting a choice.
  const [leaving, setLeaving] = createSignal(false);
  const village = () => operator().expand?.village;
  const place = createOperatorPlace(operator, props.villagesUrl);

  // A different operator may have used this phone before: each keeps their own draft and outbox.
  const form = createProposalForm(props.account, {
    lambungSosial: () => place().lambungSosial,
    id: () => operator().village,
    onSent: (draft, proposal) => {
      setReceipts([{ number: proposal.number, contactPhone: draft.contact_phone }, ...receipts()]);
      setListVersion(listVersion() + 1);
      queueMicrotask(() => document.getElementById(`terkirim-${proposal.number}`)?.focus());
    },
  });
  const unsent = () => (form.draft() ? !draftIsEmpty(form.current()) : false);

  /**
   * "Keluar" ends the session on the server and leaves nothing of the village's proposals on a
   * phone others may use: an unsent form (with its photos of KK and KTP) and the outbox are deleted —
   * after asking, when there is anything to lose.
   */
  async function leave(confirmed: boolean) {
    if ((form.outbox().queued > 0 || unsent()) && !confirmed) {
      setLeaving(true);
      queueMicrotask(() => document.getElementById('keluar-judul')?.focus());
      return;
    }
    await form.forget();
    await signOut();
    props.onSignedOut();
  }

  onMount(() => {
    // Renews the session while there is signal; offline the saved session is used as it is.
    pb.collection('operators')
      .authRefresh({ expand: OPERATOR_EXPAND, requestKey: null })
      .then(({ record }) => setOperator(record))
      .catch(() => undefined);
  });

  return (
    <div>
      <p class="meta">
        Masuk sebagai {operator().name} — {village()?.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} {place().villageName}
        , Kecamatan {place().kecamatanName}.{' '}
        <button type="button" class="link-button" onClick={() => void leave(false)}>
          Keluar
        </button>
      </p>
      <SignInWarning />

      <Show when={leaving()}>
        <section class="callout" aria-labelledby="keluar-judul">
          <h2 id="keluar-judul" tabindex="-1">
            Keluar dan hapus dari ponsel ini?
          </h2>
          <ul>
            <Show when={form.outbox().queued > 0}>
              <li>
                {form.outbox().queued} usulan belum terkirim. Jika Anda keluar sekarang, usulan itu tidak akan pernah
                terkirim.
              </li>
            </Show>
            <Show when={unsent()}>
              <li>
                Isian usulan yang belum dikirim
                {draftBytes(form.current()).sent > 0 ? ', termasuk foto dokumen (KK, KTP)' : ''}.
              </li>
            </Show>
          </ul>
          <p>Semuanya dihapus dari ponsel ini, supaya tidak terlihat oleh orang lain yang memakai ponsel ini.</p>
          <p class="form-actions">
            <button type="button" class="button" onClick={() => setLeaving(false)}>
              Batal, tetap masuk
            </button>{' '}
            <button type="button" class="button secondary" onClick={() => void leave(true)}>
              Hapus dan keluar
            </button>
          </p>
        </section>
      </Show>

      <Show when={form.outbox().queued > 0}>
        <OutboxNotice state={form.outbox()} what="Usulan" counted onFlush={form.flush} />
      </Show>

      <Show when={form.outbox().needsSignIn}>
        <div class="callout">
          <p>Sesi Anda sudah berakhir. Masuk lagi untuk mengirim usulan yang menunggu.</p>
          <SignInForm
            collection="operators"
            expand={OPERATOR_EXPAND}
            onSignedIn={(account) => {
              setOperator(account);
              form.flush();
            }}
          />
        </div>
      </Show>

      <For each={receipts()}>
        {(receipt) => <ProposalReceipt number={receipt.number} contactPhone={receipt.contactPhone} />}
      </For>

      <section aria-labelledby="usulan-baru-judul">
        <h2 id="usulan-baru-judul" class="visually-hidden">
          Usulan baru
        </h2>
        <Show when={form.draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
          <ProposalWizard form={form} place={place()} focusHeading={props.focusForm === true} />
        </Show>
      </section>

      <section aria-labelledby="usulan-desa-judul">
        <h2 id="usulan-desa-judul">Usulan desa ini</h2>
        <VillageProposals refresh={listVersion()} />
      </section>
    </div>
  );
}
