import { For, Match, Show, Switch, createSignal } from 'solid-js';
import type { RecordModel } from 'pocketbase';
import SignInForm, { type AccountCollection } from '../SignInForm';
import { RadioGroup } from '../form/fields';
import RegisterRequest from './RegisterRequest';
import WorkQueue from './WorkQueue';
import ProposalReview from './ProposalReview';
import Report from './Report';
import AuditLog from './AuditLog';
import { pocketbase, POCKETBASE_URL } from '../../lib/pocketbase-client';

type Tab = 'daftar' | 'antrean' | 'usulan' | 'laporan' | 'audit';
const TAB_LABELS: Record<Tab, string> = {
  daftar: 'Daftarkan permohonan',
  antrean: 'Antrean permohonan',
  usulan: 'Usulan desa',
  laporan: 'Laporan',
  audit: 'Jejak audit',
};

const signedInAccount = () => {
  const record = pocketbase().authStore.record;
  return pocketbase().authStore.isValid && (record?.collectionName === 'staff' || record?.collectionName === 'camats') ? record : null;
};

/** The office's workspace: counter, work queue, proposals, and for heads the report and audit trail. */
export default function StaffWorkspace() {
  const pb = pocketbase();
  const [account, setAccount] = createSignal<RecordModel | null>(signedInAccount());
  const [collection, setCollection] = createSignal<AccountCollection>('staff');
  const [tab, setTab] = createSignal<Tab>(account()?.collectionName === 'camats' ? 'usulan' : 'daftar');
  const [registered, setRegistered] = createSignal<string>();
  const isHead = () => account()?.['role'] === 'kepala_bidang';
  const isCamat = () => account()?.collectionName === 'camats';
  const tabs = (): Tab[] => (isCamat() ? ['usulan'] : isHead() ? ['daftar', 'antrean', 'usulan', 'laporan', 'audit'] : ['daftar', 'antrean', 'usulan']);

  function signOut() {
    pb.authStore.clear();
    setAccount(null);
  }

  async function signOutEverywhere() {
    await fetch(new URL('api/petugas/keluar-semua', new URL(POCKETBASE_URL, location.href)).href, {
      method: 'POST',
      headers: { Authorization: pb.authStore.token },
    }).catch(() => undefined);
    signOut();
  }

  return (
    <Show
      when={account()}
      fallback={
        <div>
          <RadioGroup
            id="jenis-akun"
            name="jenis-akun"
            label="Masuk sebagai"
            value={collection()}
            options={[
              { value: 'staff', label: 'Petugas Dinas Sosial' },
              { value: 'camats', label: 'Camat (Lambung Sosial)' },
            ]}
            onChange={(value) => setCollection(value as AccountCollection)}
          />
          <Show when={collection()} keyed>
            {(chosen) => (
              <SignInForm
                collection={chosen}
                onSignedIn={() => {
                  setAccount(pb.authStore.record);
                  setTab(chosen === 'camats' ? 'usulan' : 'daftar');
                }}
              />
            )}
          </Show>
        </div>
      }
    >
      {(current) => (
        <div>
          <p class="meta">
            Masuk sebagai {current()['name']} ({isCamat() ? 'Camat' : isHead() ? 'kepala bidang' : 'petugas'}). Sesi berakhir otomatis setelah 8 jam.{' '}
            <button type="button" class="link-button" onClick={signOut}>
              Keluar
            </button>{' '}
            ·{' '}
            <button type="button" class="link-button" onClick={() => void signOutEverywhere()}>
              Keluar dari semua perangkat
            </button>
          </p>
          <nav aria-label="Ruang kerja">
            <ul class="tabs">
              <For each={tabs()}>
                {(item) => (
                  <li>
                    <button type="button" class="tab" aria-current={tab() === item ? 'page' : undefined} onClick={() => setTab(item)}>
                      {TAB_LABELS[item]}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <h2>{TAB_LABELS[tab()]}</h2>
          <Switch>
            <Match when={tab() === 'daftar'}>
              <Show when={registered()}>
                {(number) => (
                  <div class="callout" role="status">
                    <p>
                      Permohonan terdaftar dengan nomor <strong class="receipt-number">{number()}</strong>.
                    </p>
                    <p>
                      <a class="button" href={`/petugas/tanda-terima/?no=${number()}`}>
                        Cetak tanda terima
                      </a>
                    </p>
                  </div>
                )}
              </Show>
              <Show when={registered() ?? 'baru'} keyed>
                {(_form) => <RegisterRequest onRegistered={setRegistered} />}
              </Show>
            </Match>
            <Match when={tab() === 'antrean'}>
              <WorkQueue isHead={isHead()} />
            </Match>
            <Match when={tab() === 'usulan'}>
              <ProposalReview mayDecide={isHead() || isCamat()} />
            </Match>
            <Match when={tab() === 'laporan'}>
              <Report />
            </Match>
            <Match when={tab() === 'audit'}>
              <AuditLog />
            </Match>
          </Switch>
        </div>
      )}
    </Show>
  );
}
