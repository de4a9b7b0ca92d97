import { For, Show, createResource, createSignal, onCleanup, onMount } from 'solid-js';
import type { RecordModel } from 'pocketbase';
import SignInForm from '../SignInForm';
import { OPERATOR_EXPAND } from './operator';
import ProposalWizard, { type Place } from './ProposalWizard';
import ProposalReceipt from './ProposalReceipt';
import VillageProposals from './VillageProposals';
import { pocketbase } from '../../lib/pocketbase-client';
import { draftFormData, emptyDraft, type ProposalDraft } from '../../lib/proposal-draft';
import { loadDraft, loadOutbox, saveDraft, saveOutbox, type QueuedProposal } from '../../lib/proposal-store';
import { sendProposal } from '../../lib/proposal-sender';
import type { ProposalProblem } from '../../lib/proposal-rules';

interface Village {
  code: string;
  lat: number;
  lon: number;
}

/**
 * A signed-in village operator: fill in a proposal (saved on the phone as it is typed), send it —
 * or, without signal, queue it and send it as soon as the connection returns.
 */
export default function OperatorDesk(props: { account: RecordModel; villagesUrl: string; onSignedOut: () => void }) {
  const pb = pocketbase();
  const [operator, setOperator] = createSignal<RecordModel>(props.account);
  const [draft, setDraft] = createSignal<ProposalDraft>();
  const [queue, setQueue] = createSignal<QueuedProposal[]>([]);
  const [progress, setProgress] = createSignal<{ sent: number; total: number }>();
  const [waitingReason, setWaitingReason] = createSignal<string>();
  const [needsSignIn, setNeedsSignIn] = createSignal(false);
  const [receipts, setReceipts] = createSignal<{ number: string; contactPhone: string }[]>([]);
  const [serverProblems, setServerProblems] = createSignal<ProposalProblem[]>([]);
  const [listVersion, setListVersion] = createSignal(0);
  // A new form (back at step 1) after each send, and after a refusal (at "periksa kembali").
  const [formVersion, setFormVersion] = createSignal(1);
  const [villages] = createResource(
    () => props.villagesUrl,
    (url) =>
      fetch(url)
        .then((response) => response.json() as Promise<Village[]>)
        .catch(() => []),
  );

  const village = () => operator()?.expand?.['village'] as RecordModel | undefined;
  const kecamatan = () => village()?.expand?.['kecamatan'] as RecordModel | undefined;
  const place = (): Place => {
    const centre = villages()?.find((candidate) => candidate.code === village()?.['code']);
    return {
      villageName: village()?.['name'] ?? '',
      kecamatanName: kecamatan()?.['name'] ?? '',
      lambungSosial: kecamatan()?.['lambung_sosial'] === true,
      center: centre && { lat: centre.lat, lon: centre.lon },
    };
  };

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushing = false;

  function persistDraftNow() {
    clearTimeout(saveTimer);
    const current = draft();
    const account = operator();
    if (current && account) void saveDraft(account.id, current);
  }

  function update(patch: Partial<ProposalDraft>) {
    setDraft({ ...draft()!, ...patch, updatedAt: new Date().toISOString() });
    setServerProblems([]);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persistDraftNow, 250);
  }

  async function start(account: RecordModel) {
    // A different operator may have used this phone before: each keeps their own draft and outbox.
    setOperator(account);
    const saved = await loadDraft(account.id);
    setDraft(saved ?? emptyDraft({ name: account['name'] ?? '', phone: account['phone'] ?? '' }));
    setQueue(await loadOutbox(account.id));
    void flush();
  }

  function scheduleRetry(attempts: number) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void flush(), Math.min(60_000, 5_000 * 2 ** Math.min(attempts, 4)));
  }

  async function flush() {
    const account = operator();
    if (flushing) return;
    flushing = true;
    try {
      while (queue().length > 0) {
        const [item, ...rest] = queue();
        if (!pb.authStore.isValid) {
          setNeedsSignIn(true);
          break;
        }
        setProgress({ sent: 0, total: 1 });
        const outcome = await sendProposal(draftFormData(item!.draft, item!.villageId), pb.authStore.token, (sent, total) => setProgress({ sent, total }));
        setProgress(undefined);
        if (outcome.kind === 'retry-later') {
          const waiting = [{ ...item!, attempts: item!.attempts + 1 }, ...rest];
          await saveOutbox(account.id, waiting);
          setQueue(waiting);
          setWaitingReason(outcome.reason);
          scheduleRetry(item!.attempts + 1);
          break;
        }
        if (outcome.kind === 'signed-out') {
          setNeedsSignIn(true);
          break;
        }
        await saveOutbox(account.id, rest);
        setQueue(rest);
        setWaitingReason(undefined);
        if (outcome.kind === 'sent') {
          setReceipts([{ number: outcome.record['number'], contactPhone: item!.draft.contact_phone }, ...receipts()]);
          setListVersion(listVersion() + 1);
          queueMicrotask(() => document.getElementById(`terkirim-${outcome.record['number']}`)?.focus());
        } else {
          // Refused: back into the form with the server's reasons.
          await saveDraft(account.id, item!.draft);
          setDraft(item!.draft);
          setServerProblems(outcome.problems.length > 0 ? outcome.problems : [{ field: 'disaster_type', message: outcome.message }]);
          setFormVersion(formVersion() + 1);
          break;
        }
      }
    } finally {
      flushing = false;
    }
  }

  async function submit() {
    const account = operator()!;
    const item: QueuedProposal = { draft: draft()!, villageId: account['village'], queuedAt: new Date().toISOString(), attempts: 0 };
    const next = [...queue(), item];
    await saveOutbox(account.id, next);
    setQueue(next);
    const fresh = emptyDraft({ name: item.draft.contact_name, phone: item.draft.contact_phone });
    await saveDraft(account.id, fresh);
    setDraft(fresh);
    setFormVersion(formVersion() + 1);
    void flush();
  }

  const onOnline = () => void flush();
  const onHide = () => persistDraftNow();
  onMount(() => {
    window.addEventListener('online', onOnline);
    window.addEventListener('pagehide', onHide);
    void start(operator());
    // Renews the session while there is signal; offline the saved session is used as it is.
    pb.collection('operators')
      .authRefresh({ expand: OPERATOR_EXPAND, requestKey: null })
      .then(() => setOperator(pb.authStore.record!))
      .catch(() => undefined);
  });
  onCleanup(() => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('pagehide', onHide);
    clearTimeout(retryTimer);
    persistDraftNow();
  });

  return (
    <div>
      <p class="meta">
        Masuk sebagai {operator()['name']} — {village()?.['type'] === 'kelurahan' ? 'Kelurahan' : 'Desa'} {place().villageName}, Kecamatan{' '}
        {place().kecamatanName}.{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => {
            persistDraftNow();
            pb.authStore.clear();
            props.onSignedOut();
          }}
        >
          Keluar
        </button>
      </p>

      <Show when={queue().length > 0}>
        <div class={`outbox${progress() ? '' : ' outbox-waiting'}`} role="status">
          <Show
            when={progress()}
            fallback={
              <>
                <p>
                  <strong>Menunggu sinyal — akan terkirim otomatis.</strong> {queue().length} usulan tersimpan di ponsel ini dan dikirim begitu ada sambungan.
                </p>
                <Show when={waitingReason()}>
                  <p class="hint">Percobaan terakhir: {waitingReason()}.</p>
                </Show>
                <button type="button" class="button secondary" onClick={() => void flush()}>
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

      <Show when={needsSignIn()}>
        <div class="callout">
          <p>Sesi Anda sudah berakhir. Masuk lagi untuk mengirim usulan yang menunggu.</p>
          <SignInForm
            collection="operators"
            expand={OPERATOR_EXPAND}
            onSignedIn={() => {
              setNeedsSignIn(false);
              setOperator(pb.authStore.record!);
              void flush();
            }}
          />
        </div>
      </Show>

      <For each={receipts()}>{(receipt) => <ProposalReceipt number={receipt.number} contactPhone={receipt.contactPhone} />}</For>

      <section aria-labelledby="usulan-baru-judul">
        <h2 id="usulan-baru-judul" class="visually-hidden">
          Usulan baru
        </h2>
        <Show when={draft() && formVersion()} keyed fallback={<p class="hint">Memuat isian tersimpan…</p>}>
          {(_version) => <ProposalWizard draft={draft()!} place={place()} serverProblems={serverProblems()} update={update} submit={() => void submit()} />}
        </Show>
      </section>

      <section aria-labelledby="usulan-desa-judul">
        <h2 id="usulan-desa-judul">Usulan desa ini</h2>
        <VillageProposals refresh={listVersion()} />
      </section>
    </div>
  );
}
