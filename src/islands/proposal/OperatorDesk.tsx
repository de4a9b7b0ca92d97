import { For, Show, createSignal, onMount } from 'solid-js';
import SignInForm from '../SignInForm';
import SignInWarning from '../SignInWarning';
import SignOutOfDevice from '../SignOutOfDevice';
import OutboxNotice from '../form/OutboxNotice';
import { OPERATOR_EXPAND, createOperatorPlace } from './operator';
import ProposalWizard from './ProposalWizard';
import ProposalReceipt from './ProposalReceipt';
import VillageProposals from './VillageProposals';
import { createProposalForm } from './proposal-form';
import { pocketbase } from '../../lib/pocketbase-client';
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

  /** What signing out would delete unsent: the outbox, and a form with anything in it (its photos of KK and KTP). */
  const losses = () => [
    ...(form.outbox().queued > 0
      ? [
          `${form.outbox().queued} usulan belum terkirim. Jika Anda keluar sekarang, usulan itu tidak akan pernah terkirim.`,
        ]
      : []),
    ...(unsent()
      ? [
          `Isian usulan yang belum dikirim${draftBytes(form.current()).sent > 0 ? ', termasuk foto dokumen (KK, KTP)' : ''}.`,
        ]
      : []),
  ];

  onMount(() => {
    // Renews the session while there is signal; offline the saved session is used as it is.
    pb.collection('operators')
      .authRefresh({ expand: OPERATOR_EXPAND, requestKey: null })
      .then(({ record }) => setOperator(record))
      .catch(() => undefined);
  });

  return (
    <div>
      <SignOutOfDevice losses={losses} forget={form.forget} onSignedOut={props.onSignedOut}>
        Masuk sebagai {operator().name} — {village()?.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} {place().villageName}
        , Kecamatan {place().kecamatanName}.
      </SignOutOfDevice>
      <SignInWarning />

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
