import { Show, createResource, createSignal } from 'solid-js';
import DataTable from '../DataTable';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup, SearchField, SelectField, TextField } from '../form/fields';
import Pager from './Pager';
import { serverProblems } from './server-problems';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { printSlip } from '../../lib/print-slip';
import { PHONE_EXAMPLE } from '../../domain/phone';
import {
  ACTIVATION_CODE_HOURS,
  ACTIVATION_PATH,
  VILLAGE_ACCOUNT_COLLECTIONS,
  type VillageAccountCollection,
} from '../../domain/village-accounts';
import {
  ACCOUNT_PLACE_FIELDS,
  EMAIL_EXAMPLE,
  accountProblems,
  type AccountProblem,
} from '../../domain/village-account-form';
import type { CamatsRecord, KecamatanRecord, OperatorsRecord, StaffRecord, VillagesRecord } from '../../domain/records';
import type { AnswerOf } from '../../domain/routes';
import { ROUTES, routePath } from '../../lib/api-address';

const PAGE_SIZE = 20;

type Account = (OperatorsRecord | CamatsRecord) & {
  collectionName: VillageAccountCollection;
  expand?: { village?: VillagesRecord & { expand?: { kecamatan?: KecamatanRecord } }; kecamatan?: KecamatanRecord };
};

/** A code as the server gave it: shown once, never kept (not in the address, not on the device). */
interface Issued {
  name: string;
  email: string;
  code: string;
  expires: string;
}

/** A new activation code for an account of the staff member's office (the old password and sessions end). */
const issueCode = (collection: VillageAccountCollection, id: string) =>
  pocketbase().send<AnswerOf<typeof ROUTES.activationCode>>(routePath(ROUTES.activationCode, { collection, id }), {
    method: ROUTES.activationCode.method,
  });

/** The form's field ids, by the account field a problem is about. */
const FIELD_IDS: Record<AccountProblem['field'], string> = {
  village: 'akun-desa',
  kecamatan: 'akun-kecamatan',
  name: 'akun-nama',
  email: 'akun-email',
  phone: 'akun-hp',
};

/** The form's field for an account field the server names. */
const accountFieldId = (field: string): string | undefined => FIELD_IDS[field as AccountProblem['field']];

function kecamatanOf(account: Account): KecamatanRecord | undefined {
  return account.expand?.village?.expand?.kecamatan ?? account.expand?.kecamatan;
}

/** The one-time code, to read out by phone or hand over on paper ("Cetak lembar aktivasi" prints only this). */
function ActivationSlip(props: { issued: Issued; onDone: () => void }) {
  const address = () => new URL(ACTIVATION_PATH, location.origin).href;
  return (
    <section class="activation-slip callout" aria-labelledby="kode-judul">
      <h3 id="kode-judul" tabindex="-1" ref={(element) => queueMicrotask(() => element.focus())}>
        Kode aktivasi untuk {props.issued.name}
      </h3>
      <dl class="summary-list">
        <div>
          <dt>Email akun</dt>
          <dd>{props.issued.email}</dd>
        </div>
        <div>
          <dt>Kode aktivasi</dt>
          <dd class="receipt-number activation-code">{props.issued.code}</dd>
        </div>
        <div>
          <dt>Berlaku sampai</dt>
          <dd>{formatDateTime(props.issued.expires)}</dd>
        </div>
        <div>
          <dt>Aktifkan di</dt>
          <dd>{address()}</dd>
        </div>
      </dl>
      <p>
        Buka alamat di atas, masukkan email dan kode ini, lalu pilih kata sandi sendiri. Petugas Dinas Sosial tidak
        pernah tahu kata sandi Anda. Kode hanya berlaku {ACTIVATION_CODE_HOURS} jam dan sekali pakai.
      </p>
      <p class="hint no-print">
        Berikan lembar ini langsung kepada pemegang akun, atau bacakan kodenya lewat telepon. Kode hanya tampil sekali
        di sini; bila hilang, buat kode baru.
      </p>
      <p class="form-actions no-print">
        <button type="button" class="button" onClick={() => printSlip('lembar-aktivasi')}>
          Cetak lembar aktivasi
        </button>
        <button type="button" class="button secondary" onClick={() => props.onDone()}>
          Selesai, tutup kode
        </button>
      </p>
    </section>
  );
}

/** Making an operator or Camat account: checked here as the server checks it, then its first code. */
function NewAccount(props: {
  staff: StaffRecord;
  kecamatan: KecamatanRecord[];
  onIssued: (issued: Issued) => void;
  onCancel: () => void;
}) {
  const pb = pocketbase();
  const [collection, setCollection] = createSignal<VillageAccountCollection>('operators');
  const [kecamatan, setKecamatan] = createSignal('');
  const [village, setVillage] = createSignal('');
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [villages] = createResource(
    () => (collection() === 'operators' && kecamatan()) || false,
    (id) =>
      pb.collection('villages').getFullList({
        filter: pb.filter('kecamatan = {:id}', { id }),
        sort: 'name',
        fields: 'id,name,type',
        requestKey: null,
      }),
  );
  // A village may have more than one operator, but the same person needs a new code, not a second account.
  const [existing] = createResource(
    () => (collection() === 'operators' && village()) || false,
    (id) =>
      pb
        .collection('operators')
        .getFullList({ filter: pb.filter('village = {:id}', { id }), fields: 'id,name,email', requestKey: null }),
  );
  const places = () =>
    collection() === 'camats' ? props.kecamatan.filter((candidate) => candidate.lambung_sosial) : props.kecamatan;
  const errorOf = (field: AccountProblem['field']) =>
    errors().find((error) => error.fieldId === FIELD_IDS[field])?.message;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const kind = collection();
    const input = {
      name: name().trim(),
      email: email().trim().toLowerCase(),
      phone: kind === 'operators' ? phone().trim() : '',
      place: kind === 'operators' ? village() : kecamatan(),
    };
    const problems = accountProblems(kind, input);
    setErrors(problems.map((problem) => ({ fieldId: FIELD_IDS[problem.field], message: problem.message })));
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const account = await pb.collection(kind).create({
        name: input.name,
        email: input.email,
        ...(kind === 'operators' ? { phone: input.phone } : {}),
        [ACCOUNT_PLACE_FIELDS[kind]]: input.place,
      });
      const issued = await issueCode(kind, account.id);
      props.onIssued({ ...issued, name: input.name, email: input.email });
    } catch (error) {
      setErrors(
        serverProblems(error, {
          fieldId: accountFieldId,
          fallback: FIELD_IDS.name,
          unreachable: 'Akun belum dibuat: server tidak dapat dihubungi. Periksa koneksi, lalu coba lagi.',
          reword: (field, code) =>
            field === 'email' && code === 'validation_not_unique'
              ? 'Email ini sudah dipakai akun lain. Pakai email lain, atau buat kode aktivasi baru untuk akun yang sudah ada.'
              : undefined,
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="detail" onSubmit={submit} novalidate aria-labelledby="akun-baru-judul">
      <h3 id="akun-baru-judul" tabindex="-1" ref={(element) => queueMicrotask(() => element.focus())}>
        Buat akun baru
      </h3>
      <ErrorSummary errors={errors()} />
      <RadioGroup
        id="akun-jenis"
        name="akun-jenis"
        label="Akun untuk"
        value={collection()}
        options={Object.entries(VILLAGE_ACCOUNT_COLLECTIONS).map(([value, label]) => ({
          value,
          label: value === 'camats' ? `${label} (kecamatan dengan Lambung Sosial)` : label,
        }))}
        onChange={(value) => {
          setCollection(value as VillageAccountCollection);
          setKecamatan('');
          setVillage('');
        }}
      />
      <SelectField
        id="akun-kecamatan"
        label="Kecamatan"
        value={kecamatan()}
        empty="Pilih kecamatan"
        options={places().map((place) => ({ value: place.id, label: place.name }))}
        error={errorOf('kecamatan')}
        onChange={(value) => {
          setKecamatan(value);
          setVillage('');
        }}
      />
      <Show when={collection() === 'operators'}>
        <SelectField
          id="akun-desa"
          label="Desa atau kelurahan"
          hint={kecamatan() ? undefined : 'Pilih kecamatannya dulu.'}
          value={village()}
          empty="Pilih desa atau kelurahan"
          options={(villages() ?? []).map((place) => ({
            value: place.id,
            label: `${place.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${place.name}`,
          }))}
          error={errorOf('village')}
          onChange={setVillage}
        />
        <Show when={(existing() ?? []).length > 0}>
          <p class="callout" role="status">
            Desa ini sudah punya akun operator:{' '}
            {(existing() ?? [])
              .map((account) => (account.email ? `${account.name} (${account.email})` : account.name))
              .join(', ')}
            . Bila orangnya sama, jangan buat akun kedua: tutup formulir ini dan tekan "Kode aktivasi baru" pada
            akunnya.
          </p>
        </Show>
      </Show>
      <TextField
        id="akun-nama"
        label="Nama pemegang akun"
        value={name()}
        onInput={setName}
        error={errorOf('name')}
        autocomplete="off"
      />
      <TextField
        id="akun-email"
        label="Email pemegang akun"
        hint={`Misalnya ${EMAIL_EXAMPLE}. Dipakai untuk masuk dan untuk aktivasi.`}
        type="email"
        value={email()}
        onInput={setEmail}
        error={errorOf('email')}
      />
      <Show when={collection() === 'operators'}>
        <OperatorPhoneField value={phone()} onInput={setPhone} error={errorOf('phone')} />
      </Show>
      <p class="hint">
        Anda tidak mengisi kata sandi: setelah akun dibuat, tampil kode aktivasi sekali pakai yang Anda serahkan;
        pemegang akun memilih kata sandinya sendiri.
      </p>
      <p class="form-actions">
        <button class="button" type="submit" disabled={busy()}>
          {busy() ? 'Membuat akun…' : 'Buat akun dan kode aktivasi'}
        </button>
        <button class="button secondary" type="button" onClick={() => props.onCancel()}>
          Batal
        </button>
      </p>
    </form>
  );
}

/** The operator's phone, asked when an account is made and when it is corrected. */
function OperatorPhoneField(props: { value: string; onInput: (phone: string) => void; error: string | undefined }) {
  return (
    <TextField
      id="akun-hp"
      label="Nomor HP operator"
      hint={`Misalnya ${PHONE_EXAMPLE}.`}
      type="tel"
      inputmode="tel"
      class="input-phone"
      value={props.value}
      onInput={props.onInput}
      error={props.error}
    />
  );
}

/** Correcting an account's name or phone (an email is the holder's sign-in, and its place cannot move). */
function EditAccount(props: { account: Account; onSaved: () => void; onCancel: () => void }) {
  const pb = pocketbase();
  const isOperator = props.account.collectionName === 'operators';
  const [name, setName] = createSignal(props.account.name);
  const [phone, setPhone] = createSignal(isOperator ? (props.account as OperatorsRecord).phone : '');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [saved, setSaved] = createSignal(false);
  const errorOf = (field: AccountProblem['field']) =>
    errors().find((error) => error.fieldId === FIELD_IDS[field])?.message;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    // Only what this form changes is checked here; the server checks the whole account.
    const problems = accountProblems(props.account.collectionName, {
      name: name(),
      email: EMAIL_EXAMPLE,
      phone: phone(),
      place: props.account.id,
    }).filter((problem) => problem.field === 'name' || problem.field === 'phone');
    setErrors(problems.map((problem) => ({ fieldId: FIELD_IDS[problem.field], message: problem.message })));
    if (problems.length > 0) return;
    try {
      await pb
        .collection(props.account.collectionName)
        .update(props.account.id, { name: name().trim(), ...(isOperator ? { phone: phone().trim() } : {}) });
      setSaved(true);
      props.onSaved();
    } catch (error) {
      setErrors(
        serverProblems(error, {
          fieldId: accountFieldId,
          fallback: FIELD_IDS.name,
          unreachable: 'Belum tersimpan: server tidak dapat dihubungi. Periksa koneksi, lalu coba lagi.',
        }),
      );
    }
  }

  return (
    <form class="detail" onSubmit={submit} novalidate aria-labelledby="ubah-akun-judul">
      <h3 id="ubah-akun-judul" tabindex="-1" ref={(element) => queueMicrotask(() => element.focus())}>
        Ubah akun {props.account.name}
      </h3>
      <ErrorSummary errors={errors()} />
      <p class="hint">
        Email dipakai pemegang akun untuk masuk, dan tempatnya ({kecamatanOf(props.account)?.name}) tidak dapat
        dipindah: untuk orang atau tempat lain, buat akun baru.
      </p>
      <TextField id="akun-nama" label="Nama pemegang akun" value={name()} onInput={setName} error={errorOf('name')} />
      <Show when={isOperator}>
        <OperatorPhoneField value={phone()} onInput={setPhone} error={errorOf('phone')} />
      </Show>
      <p class="form-actions">
        <button class="button" type="submit">
          Simpan
        </button>
        <button class="button secondary" type="button" onClick={() => props.onCancel()}>
          Tutup
        </button>
      </p>
      <p role="status" class={saved() ? 'callout saved' : 'visually-hidden'}>
        {saved() ? 'Tersimpan.' : ''}
      </p>
    </form>
  );
}

/** A new code for an existing account, after saying what it does to the old password. */
function NewCode(props: { account: Account; onIssued: (issued: Issued) => void; onCancel: () => void }) {
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  async function issue() {
    setBusy(true);
    setFailed(false);
    try {
      const issued = await issueCode(props.account.collectionName, props.account.id);
      props.onIssued({ ...issued, name: props.account.name, email: props.account.email });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="detail" aria-labelledby="kode-baru-judul">
      <h3 id="kode-baru-judul" tabindex="-1" ref={(element) => queueMicrotask(() => element.focus())}>
        Kode aktivasi baru untuk {props.account.name}
      </h3>
      <p>
        Untuk akun yang belum diaktifkan, atau yang lupa kata sandinya ({props.account.email}). Kode baru langsung
        mengakhiri kata sandi lama dan mengeluarkan akun ini dari semua perangkat; kode sebelumnya tidak berlaku lagi.
      </p>
      <Show when={failed()}>
        <p class="error-message" role="alert">
          Kode belum dibuat: server tidak dapat dihubungi. Periksa koneksi, lalu coba lagi.
        </p>
      </Show>
      <p class="form-actions">
        <button class="button" type="button" disabled={busy()} onClick={() => void issue()}>
          {busy() ? 'Membuat kode…' : 'Buat kode baru'}
        </button>
        <button class="button secondary" type="button" onClick={() => props.onCancel()}>
          Batal
        </button>
      </p>
    </section>
  );
}

/** The office's village operator and Camat accounts: made here, activated by their holders with a one-time code. */
export default function VillageAccounts(props: { staff: StaffRecord }) {
  const pb = pocketbase();
  const [collection, setCollection] = createSignal<VillageAccountCollection>('operators');
  const [kecamatanFilter, setKecamatanFilter] = createSignal('');
  const [search, setSearch] = createSignal('');
  const [query, setQuery] = createSignal({ search: '', page: 1 });
  const [panel, setPanel] = createSignal<
    { kind: 'baru' } | { kind: 'kode' | 'ubah'; account: Account } | { kind: 'terbit'; issued: Issued }
  >();
  const [kecamatan] = createResource(() =>
    pb.collection('kecamatan').getFullList({
      filter: pb.filter('agency = {:agency}', { agency: props.staff.agency }),
      sort: 'name',
      requestKey: null,
    }),
  );
  const [accounts, { refetch }] = createResource(
    () => ({ collection: collection(), kecamatan: kecamatanFilter(), ...query() }),
    ({ collection: kind, kecamatan: place, search: words, page }) => {
      const placeField = kind === 'operators' ? 'village.kecamatan' : 'kecamatan';
      const filters = [
        place ? pb.filter(`${placeField} = {:place}`, { place }) : '',
        words
          ? pb.filter(
              kind === 'operators'
                ? '(name ~ {:words} || email ~ {:words} || village.name ~ {:words})'
                : '(name ~ {:words} || email ~ {:words})',
              { words },
            )
          : '',
      ].filter(Boolean);
      return pb.collection(kind).getList<Account>(page, PAGE_SIZE, {
        filter: filters.join(' && '),
        sort: 'name',
        expand: kind === 'operators' ? 'village.kecamatan' : 'kecamatan',
        requestKey: null,
      });
    },
  );
  const changeList = (change: () => void) => {
    change();
    setQuery({ ...query(), page: 1 });
  };
  const headers = () =>
    collection() === 'operators'
      ? ['Desa/kelurahan', 'Kecamatan', 'Nama', 'Email', 'HP', 'Akun', 'Tindakan']
      : ['Kecamatan', 'Nama', 'Email', 'Akun', 'Tindakan'];

  return (
    <div>
      <p class="hint">
        Akun operator desa/kelurahan (untuk mengirim usulan logistik) dan akun Camat di kecamatan dengan Lambung Sosial.
        Petugas membuat akunnya tanpa kata sandi dan menyerahkan kode aktivasi sekali pakai; pemegang akun memilih kata
        sandinya sendiri di {ACTIVATION_PATH}.
      </p>
      <p>
        <button type="button" class="button" onClick={() => setPanel({ kind: 'baru' })}>
          Buat akun baru
        </button>
      </p>
      <div class="filters" role="search" aria-label="Saring akun">
        <RadioGroup
          id="daftar-jenis-akun"
          name="daftar-jenis-akun"
          label="Tampilkan"
          value={collection()}
          options={Object.entries(VILLAGE_ACCOUNT_COLLECTIONS).map(([value, label]) => ({
            value,
            label: `Akun ${label}`,
          }))}
          onChange={(value) => changeList(() => setCollection(value as VillageAccountCollection))}
        />
        <SelectField
          id="saring-kecamatan"
          label="Kecamatan"
          value={kecamatanFilter()}
          empty="Semua kecamatan"
          options={(kecamatan() ?? []).map((place) => ({ value: place.id, label: place.name }))}
          onChange={(value) => changeList(() => setKecamatanFilter(value))}
        />
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery({ search: search().trim(), page: 1 });
          }}
        >
          <SearchField id="cari-akun" label="Cari nama, email atau desa" value={search()} onInput={setSearch} />
        </form>
      </div>
      <div class="list-detail">
        <div>
          <Show
            when={!accounts.error}
            fallback={<p class="callout">Daftar akun tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>}
          >
            <p class="hint" aria-live="polite">
              {accounts.loading
                ? 'Memuat akun…'
                : accounts()?.totalItems
                  ? `${accounts()!.totalItems} akun ${VILLAGE_ACCOUNT_COLLECTIONS[collection()]}`
                  : query().search
                    ? `Tidak ada akun yang cocok dengan "${query().search}".`
                    : `Belum ada akun ${VILLAGE_ACCOUNT_COLLECTIONS[collection()]}${kecamatanFilter() ? ' di kecamatan ini' : ''}.`}
            </p>
            <Show when={(accounts()?.items.length ?? 0) > 0}>
              <DataTable
                cards
                label={`Akun ${VILLAGE_ACCOUNT_COLLECTIONS[collection()]}`}
                headers={headers()}
                rows={accounts()?.items ?? []}
              >
                {(account) => (
                  <tr>
                    <Show when={account.collectionName === 'operators'}>
                      <td>{account.expand?.village?.name}</td>
                    </Show>
                    <td>{kecamatanOf(account)?.name}</td>
                    <td>{account.name}</td>
                    {/* Hidden only for accounts made outside the workspace (the dashboard) without email visibility. */}
                    <td>{account.email || 'tidak ditampilkan'}</td>
                    <Show when={account.collectionName === 'operators'}>
                      <td class="nomor">{(account as OperatorsRecord).phone}</td>
                    </Show>
                    <td>{account.verified ? 'Aktif' : 'Belum diaktifkan'}</td>
                    <td>
                      <div class="row-actions">
                        <button type="button" class="link-button" onClick={() => setPanel({ kind: 'kode', account })}>
                          Kode aktivasi baru<span class="visually-hidden"> untuk {account.name}</span>
                        </button>
                        <button type="button" class="link-button" onClick={() => setPanel({ kind: 'ubah', account })}>
                          Ubah<span class="visually-hidden"> akun {account.name}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                )}
              </DataTable>
            </Show>
            <Pager
              label="Halaman daftar akun"
              page={query().page}
              hasNext={(accounts()?.totalPages ?? 0) > query().page}
              onPrevious={() => setQuery({ ...query(), page: query().page - 1 })}
              onNext={() => setQuery({ ...query(), page: query().page + 1 })}
            />
          </Show>
        </div>
        <Show when={panel()} keyed>
          {(shown) => (
            <div class="detail-pane">
              <Show when={shown.kind === 'baru'}>
                <NewAccount
                  staff={props.staff}
                  kecamatan={kecamatan() ?? []}
                  onIssued={(issued) => {
                    setPanel({ kind: 'terbit', issued });
                    void refetch();
                  }}
                  onCancel={() => setPanel(undefined)}
                />
              </Show>
              <Show when={shown.kind === 'ubah' && shown.account} keyed>
                {(account) => (
                  <EditAccount account={account} onSaved={() => void refetch()} onCancel={() => setPanel(undefined)} />
                )}
              </Show>
              <Show when={shown.kind === 'kode' && shown.account} keyed>
                {(account) => (
                  <NewCode
                    account={account}
                    onIssued={(issued) => setPanel({ kind: 'terbit', issued })}
                    onCancel={() => setPanel(undefined)}
                  />
                )}
              </Show>
              <Show when={shown.kind === 'terbit' && shown.issued} keyed>
                {(issued) => <ActivationSlip issued={issued} onDone={() => setPanel(undefined)} />}
              </Show>
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
