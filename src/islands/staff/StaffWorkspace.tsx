import { For, Match, Show, Switch, createSignal, lazy } from 'solid-js';
import SignInForm from '../SignInForm';
import SignInWarning from '../SignInWarning';
import { RadioGroup } from '../form/fields';
import RegisterRequest from './RegisterRequest';
import WaitingWork from './WaitingWork';
import { signOut, signedInAccount, type AccountRecords } from '../../lib/pocketbase-client';
import { STAFF_ROLES, mayOversee, type ProposalActor } from '../../domain/roles';
import { SESSION_HOURS } from '../../domain/sign-in';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import type { ListStart } from './CaseList';

// Every tab but the counter loads when opened: the first view of a petugas is the counter's form,
// and the kepala bidang's tabs (summary, reports, audit trail) a petugas never needs.
const WorkQueue = lazy(() => import('./WorkQueue'));
const ComplaintInbox = lazy(() => import('./ComplaintInbox'));
const ProposalReview = lazy(() => import('./ProposalReview'));
const HouseholdReview = lazy(() => import('./HouseholdReview'));
const DailySummary = lazy(() => import('./DailySummary'));
const Report = lazy(() => import('./Report'));
const SurveyReport = lazy(() => import('./SurveyReport'));
const AuditLog = lazy(() => import('./AuditLog'));
const VillageAccounts = lazy(() => import('./VillageAccounts'));
const KeeperStockAlerts = lazy(() => import('../stock/KeeperStockAlerts'));
const StockDesk = lazy(() => import('../stock/StockDesk'));
// Releases of stock waiting on this device, or refused by the server: shown whatever tab is open.
const ReleaseNotices = lazy(() => import('../stock/ReleaseNotices'));

type WorkspaceAccount = AccountRecords['staff'] | AccountRecords['camats'];
type WorkspaceCollection = 'staff' | 'camats';

type Tab =
  | 'ringkasan'
  | 'daftar'
  | 'antrean'
  | 'pengaduan'
  | 'usulan'
  | 'usulan-dtsen'
  | 'stok'
  | 'akun'
  | 'laporan'
  | 'survei'
  | 'audit';
const TAB_LABELS: Record<Tab, string> = {
  ringkasan: 'Ringkasan harian',
  daftar: 'Daftarkan permohonan',
  antrean: 'Antrean permohonan',
  pengaduan: 'Pengaduan',
  usulan: 'Usulan desa',
  'usulan-dtsen': 'Usulan DTSEN',
  stok: 'Stok logistik',
  akun: 'Akun desa & Camat',
  laporan: 'Laporan',
  survei: 'Survei kepuasan',
  audit: 'Jejak audit',
};

const workspaceAccount = (): WorkspaceAccount | null => {
  const account = signedInAccount();
  return account?.collectionName === 'staff' || account?.collectionName === 'camats' ? account : null;
};

/**
 * The workspace's tabs for an account: counter, queue, complaints and village accounts for staff, the daily
 * summary (first), reports and audit trail for heads, proposals and disaster-logistics stock for all.
 */
function tabsFor(account: WorkspaceAccount): Tab[] {
  if (account.collectionName === 'camats') return ['usulan', 'stok'];
  return mayOversee(account.role)
    ? [
        'ringkasan',
        'daftar',
        'antrean',
        'pengaduan',
        'usulan',
        'usulan-dtsen',
        'stok',
        'akun',
        'laporan',
        'survei',
        'audit',
      ]
    : ['daftar', 'antrean', 'pengaduan', 'usulan', 'usulan-dtsen', 'stok', 'akun'];
}

const actorOf = (account: WorkspaceAccount): ProposalActor =>
  account.collectionName === 'camats' ? 'camat' : account.role;

/** The office's workspace: counter, work queue, proposals, and for heads the report and audit trail. */
export default function StaffWorkspace(props: {
  /** Each office's WhatsApp update wording (content/agencies/). */ whatsappTemplates?: WhatsAppTemplates;
  /** The poverty criteria's questions by id (content/poverty-criteria.yaml): households' answers in words. */
  criteriaQuestions?: Record<string, string>;
}) {
  const [account, setAccount] = createSignal<WorkspaceAccount | null>(workspaceAccount());
  const [collection, setCollection] = createSignal<WorkspaceCollection>('staff');
  const [tab, setTab] = createSignal<Tab>(account() ? tabsFor(account()!)[0]! : 'daftar');
  const [registered, setRegistered] = createSignal<string>();
  /** Where a list starts when the daily summary opened it; a tab chosen by hand starts as it always does. */
  const [start, setStart] = createSignal<ListStart>();
  const open = (chosen: Tab, from?: ListStart) => {
    setStart(from);
    setTab(chosen);
  };

  async function leave() {
    await signOut();
    setAccount(null);
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
            onChange={(value) => setCollection(value as WorkspaceCollection)}
          />
          <Show when={collection()} keyed>
            {(chosen) => (
              <SignInForm
                collection={chosen}
                onSignedIn={(signedIn) => {
                  // The record comes back with its collectionName, which tells staff from Camats.
                  const current = signedIn as WorkspaceAccount;
                  setAccount(current);
                  setTab(tabsFor(current)[0]!);
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
            Masuk sebagai {current().name} (
            {current().collectionName === 'camats' ? 'Camat' : STAFF_ROLES[(current() as AccountRecords['staff']).role]}
            ). Sesi berakhir otomatis paling lama {SESSION_HOURS[current().collectionName]} jam setelah masuk.{' '}
            <button type="button" class="link-button" onClick={() => void leave()}>
              Keluar
            </button>{' '}
            (mengakhiri sesi di semua perangkat)
          </p>
          <SignInWarning />
          <ReleaseNotices accountId={current().id} />
          <nav aria-label="Ruang kerja">
            <ul class="tabs">
              <For each={tabsFor(current())}>
                {(item) => (
                  <li>
                    <button
                      type="button"
                      class="tab"
                      aria-current={tab() === item ? 'page' : undefined}
                      onClick={() => open(item)}
                    >
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
              <WaitingWork open={open} />
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
                {(_form) => (
                  <RegisterRequest staff={current() as AccountRecords['staff']} onRegistered={setRegistered} />
                )}
              </Show>
            </Match>
            <Match when={tab() === 'antrean'}>
              <WorkQueue
                start={start()}
                staff={current() as AccountRecords['staff']}
                whatsappTemplates={props.whatsappTemplates ?? {}}
              />
            </Match>
            <Match when={tab() === 'pengaduan'}>
              <ComplaintInbox
                start={start()}
                staff={current() as AccountRecords['staff']}
                whatsappTemplates={props.whatsappTemplates ?? {}}
              />
            </Match>
            <Match when={tab() === 'usulan'}>
              <Show when={current().collectionName === 'camats'}>
                <KeeperStockAlerts
                  openProposal={(proposal) => open('usulan', { open: { id: proposal.id, number: proposal.number } })}
                />
              </Show>
              {/* Opened again from a stock alert of this same tab, the list starts anew at that proposal. */}
              <Show when={start() ?? {}} keyed>
                {(from) => (
                  <ProposalReview
                    start={from}
                    actor={actorOf(current())}
                    accountId={current().id}
                    whatsappTemplates={props.whatsappTemplates ?? {}}
                  />
                )}
              </Show>
            </Match>
            <Match when={tab() === 'usulan-dtsen'}>
              <HouseholdReview
                role={(current() as AccountRecords['staff']).role}
                criteriaQuestions={props.criteriaQuestions ?? {}}
              />
            </Match>
            <Match when={tab() === 'stok'}>
              <StockDesk account={current()} />
            </Match>
            <Match when={tab() === 'akun'}>
              <VillageAccounts staff={current() as AccountRecords['staff']} />
            </Match>
            <Match when={tab() === 'laporan'}>
              <Report />
            </Match>
            <Match when={tab() === 'survei'}>
              <SurveyReport />
            </Match>
            <Match when={tab() === 'audit'}>
              <AuditLog />
            </Match>
            <Match when={tab() === 'ringkasan'}>
              <DailySummary open={open} />
            </Match>
          </Switch>
        </div>
      )}
    </Show>
  );
}
