import { For, Show, createResource, createSignal, onCleanup, onMount } from 'solid-js';
import SignInForm from '../SignInForm';
import SignInWarning from '../SignInWarning';
import { OPERATOR_EXPAND } from './operator';
import ProposalWizard, { type Place } from './ProposalWizard';
import ProposalReceipt from './ProposalReceipt';
import VillageProposals from './VillageProposals';
import { pocketbase, signOut } from '../../lib/pocketbase-client';
import { apiUrl } from '../../lib/api-address';
import { draftBytes, draftFormData, draftIsEmpty, emptyDraft, type ProposalDraft } from '../../lib/proposal-draft';
import {
  deleteDraft,
  loadDraft,
  proposalOutboxStorage,
  saveDraft,
  saveTyped,
  type QueuedProposal,
} from '../../lib/proposal-store';
import { createOutbox, type Outbox, type OutboxState } from '../../lib/outbox';
import { uploadRecord } from '../../lib/upload';
import type { ProposalProblem } from '../../domain/proposal';
import type { OperatorsRecord, ProposalsRecord } from '../../domain/records';

interface Village {
  code: string;
  lat: number;
  lon: number;
}

/**
 * A signed-in village operator: fill in a proposal (saved on the phone as it is typed), send it —
 * or, without signal, queue it in the outbox (src/lib/outbox.ts) and send it as soon as the
 * connection returns.
 */
export default function OperatorDesk(props: {
  account: OperatorsRecord;
  villagesUrl: string /** Just signed in: the form's step heading takes focus. */;
  focusForm?: boolean;
  onSignedOut: () => void;
}) {
  const pb = pocketbase();
  const [operator, setOperator] = createSignal<OperatorsRecord>(props.account);
  const [draft, setDraft] = createSignal<ProposalDraft>();
  const [outbox, setOutbox] = createSignal<OutboxState>({
    queued: 0,
    sending: null,
    waitingReason: null,
    needsSignIn: false,
  });
  const [receipts, setReceipts] = createSignal<{ number: string; contactPhone: string }[]>([]);
  const [serverProblems, setServerProblems] = createSignal<ProposalProblem[]>([]);
  const [listVersion, setListVersion] = createSignal(0);
  // A new form (back at step 1) after each send, and after a refusal (at "periksa kembali").
  const [formVersion, setFormVersion] = createSignal(1);
  // Signing out on a shared village phone: what would be left behind, if anything, awaiting a choice.
  const [leaving, setLeaving] = createSignal(false);
  const [villages] = createResource(
    () => props.villagesUrl,
    (url) =>
      fetch(url)
        .then((response) => response.json() as Promise<Village[]>)
        .catch(() => []),
  );

  const village = () => operator().expand?.village;
  const kecamatan = () => village()?.expand?.kecamatan;
  const place = (): Place => {
    const centre = villages()?.find((candidate) => candidate.code === village()?.code);
    return {
      villageName: village()?.name ?? '',
      kecamatanName: kecamatan()?.name ?? '',
      lambungSosial: kecamatan()?.lambung_sosial === true,
      center: centre && { lat: centre.lat, lon: centre.lon },
    };
  };

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let queue: Outbox<QueuedProposal> | undefined;
  /** Set when signing out has deleted the form from the phone: nothing may save it again. */
  let forgotten = false;

  function persistDraftNow() {
    clearTimeout(saveTimer);
    const current = draft();
    if (current && !forgotten) void saveDraft(operator().id, current);
  }

  /** What was typed is kept at once, the whole draft with its files once typing pauses (src/lib/device-store.ts). */
  function update(patch: Partial<ProposalDraft>) {
    setDraft({ ...draft()!, ...patch, updatedAt: new Date().toISOString() });
    setServerProblems([]);
    clearTimeout(saveTimer);
    if (!forgotten) void saveTyped(operator().id, draft()!);
    saveTimer = setTimeout(persistDraftNow, 250);
  }

  async function start(account: OperatorsRecord) {
    // A different operator may have used this phone before: each keeps their own draft and outbox.
    const saved = await loadDraft(account.id);
    setDraft(saved ?? emptyDraft({ name: account.name, phone: account.phone }));
    queue = createOutbox<QueuedProposal, ProposalsRecord>({
      storage: proposalOutboxStorage(account.id),
      send: async (item, onProgress) =>
        pb.authStore.isValid
          ? uploadRecord<ProposalsRecord>(
              apiUrl('api/collections/proposals/records'),
              draftFormData(item.payload.draft, item.payload.villageId),
              pb.authStore.token,
              onProgress,
            )
          : { kind: 'signed-out' },
      onChange: setOutbox,
      onSent: (item, proposal) => {
        setReceipts([{ number: proposal.number, contactPhone: item.payload.draft.contact_phone }, ...receipts()]);
        setListVersion(listVersion() + 1);
        queueMicrotask(() => document.getElementById(`terkirim-${proposal.number}`)?.focus());
      },
      onRefused: (item, refusal) => {
        // Back into the form, at "periksa kembali", with the server's reasons.
        void saveDraft(account.id, item.payload.draft);
        setDraft(item.payload.draft);
        setServerProblems(
          refusal.problems.length > 0 ? refusal.problems : [{ field: 'disaster_type', message: refusal.message }],
        );
        setFormVersion(formVersion() + 1);
      },
    });
    await queue.start();
  }

  async function submit() {
    const sent = draft()!;
    const fresh = emptyDraft({ name: sent.contact_name, phone: sent.contact_phone });
    await saveDraft(operator().id, fresh);
    setDraft(fresh);
    setFormVersion(formVersion() + 1);
    await queue?.enqueue(sent.idempotencyKey, { draft: sent, villageId: operator().village });
  }

  /**
   * "Keluar" ends the session on the server and leaves nothing of the village's proposals on a
   * phone others may use: an unsent form (with its photos of KK and KTP) and the outbox are deleted —
   * after asking, when there is anything to lose.
   */
  async function leave(confirmed: boolean) {
    const somethingLeft = outbox().queued > 0 || !draftIsEmpty(draft()!);
    if (somethingLeft && !confirmed) {
      setLeaving(true);
      queueMicrotask(() => document.getElementById('keluar-judul')?.focus());
      return;
    }
    forgotten = true;
    clearTimeout(saveTimer);
    queue?.dispose();
    await Promise.all([deleteDraft(operator().id), proposalOutboxStorage(operator().id).save([])]);
    await signOut();
    props.onSignedOut();
  }

  const onHide = () => persistDraftNow();
  onMount(() => {
    window.addEventListener('pagehide', onHide);
    void start(operator());
    // Renews the session while there is signal; offline the saved session is used as it is.
    pb.collection('operators')
      .authRefresh({ expand: OPERATOR_EXPAND, requestKey: null })
      .then(({ record }) => setOperator(record))
      .catch(() => undefined);
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', onHide);
    queue?.dispose();
    persistDraftNow();
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
            <Show when={outbox().queued > 0}>
              <li>
                {outbox().queued} usulan belum terkirim. Jika Anda keluar sekarang, usulan itu tidak akan pernah
                terkirim.
              </li>
            </Show>
            <Show when={!draftIsEmpty(draft()!)}>
              <li>
                Isian usulan yang belum dikirim
                {draftBytes(draft()!).sent > 0 ? ', termasuk foto dokumen (KK, KTP)' : ''}.
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

      <Show when={outbox().queued > 0}>
        <div class={`outbox${outbox().sending ? '' : ' outbox-waiting'}`} role="status">
          <Show
            when={outbox().sending}
            fallback={
              <>
                <p>
                  <strong>Menunggu sinyal — akan terkirim otomatis.</strong> {outbox().queued} usulan tersimpan di
                  ponsel ini dan dikirim begitu ada sambungan.
                </p>
                <Show when={outbox().waitingReason}>
                  <p class="hint">Percobaan terakhir: {outbox().waitingReason}.</p>
                </Show>
                <button type="button" class="button secondary" onClick={() => void queue?.flush()}>
                  Coba kirim sekarang
                </button>
              </>
            }
          >
            {(sending) => (
              <>
                <p>
                  <strong>Mengirim usulan… {Math.round((sending().sent / Math.max(1, sending().total)) * 100)}%</strong>
                </p>
                <progress max={sending().total} value={sending().sent} aria-label="Kemajuan pengiriman usulan" />
              </>
            )}
          </Show>
        </div>
      </Show>

      <Show when={outbox().needsSignIn}>
        <div class="callout">
          <p>Sesi Anda sudah berakhir. Masuk lagi untuk mengirim usulan yang menunggu.</p>
          <SignInForm
            collection="operators"
            expand={OPERATOR_EXPAND}
            onSignedIn={(account) => {
              setOperator(account);
              void queue?.flush();
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
        <Show when={draft() && formVersion()} keyed fallback={<p class="hint">Memuat isian tersimpan…</p>}>
          {(_version) => (
            <ProposalWizard
              draft={draft()!}
              place={place()}
              serverProblems={serverProblems()}
              update={update}
              submit={() => void submit()}
              focusHeading={props.focusForm === true || formVersion() > 1}
            />
          )}
        </Show>
      </section>

      <section aria-labelledby="usulan-desa-judul">
        <h2 id="usulan-desa-judul">Usulan desa ini</h2>
        <VillageProposals refresh={listVersion()} />
      </section>
    </div>
  );
}
