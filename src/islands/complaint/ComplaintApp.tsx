import { For, Match, Show, Suspense, Switch, createSignal, lazy } from 'solid-js';
import { ROUTES } from '../../lib/api-address';
import { ConsentField, RadioGroup, TextArea, TextField } from '../form/fields';
import DocumentPicker from '../form/DocumentPicker';
import OutboxNotice from '../form/OutboxNotice';
import StepFrame from '../form/StepFrame';
import CheckAnswer from '../form/CheckAnswer';
import SentReceipt from '../form/SentReceipt';
import { createStepForm } from '../form/step-form';
import {
  COMPLAINT_IDENTITIES,
  COMPLAINT_KINDS,
  COMPLAINT_LIMITS,
  PHOTO_TYPES,
  REOPEN_DAYS,
  REPLY_CHANNELS,
  SANGGAH_REASONS,
  complaintProblems,
  identitiesFor,
  replyChannelsFor,
  type ComplaintIdentity,
  type ComplaintKind,
  type ReplyChannel,
  type SanggahReason,
} from '../../domain/complaints';
import { phoneVerifier } from '../../domain/phone';
import {
  COMPLAINT_OWNER,
  EMPTY_SANGGAH,
  complaintFormData,
  complaintInput,
  complaintStore,
  emptyComplaint,
  type ComplaintDraft,
  type QueuedComplaint,
} from '../../lib/complaint-draft';
import { sendWithProof } from '../../lib/submission';
import { formatDateTime } from '../../lib/dates';
import { takeComplaintSubject } from '../../lib/complaint-subject';
import { DAYS_OFF_JSON_PATH, statusPagePath } from '../../lib/paths';
import { rememberedKabupatenHome } from '../../lib/kabupaten-choice';
import type { SanggahOffice } from './SanggahFields';

// "Pantau nomor ini" on the receipt: told on this device when the complaint moves.
const WatchNumber = lazy(() => import('../status/WatchNumber'));
// Whom a sanggah names: loaded only when the resident chooses a sanggah.
const SanggahFields = lazy(() => import('./SanggahFields'));

export interface ComplaintOffice {
  id: string;
  name: string;
  shortName: string;
  /** Its page, and its kabupaten's home (what the resident chose, src/lib/kabupaten-choice.ts). */
  url: string;
  kabupatenHome: string;
  verificationWorkingDays: number;
  followUpWorkingDays: number;
  /** What the deadlines rest on (the office's own rule, or SP4N-LAPOR! practice). */
  deadlineBasis: string;
  services: { id: string; title: string }[];
  /** Whether it takes sanggah (it takes household proposals from its villages), and its villages. */
  sanggah: SanggahOffice | null;
}

const STEPS = ['Apa yang ingin Anda sampaikan', 'Identitas dan cara dijawab', 'Periksa kembali'] as const;
const STEP_FIELDS: string[][] = [
  [
    'kind',
    'agency',
    'service',
    'sanggah_village',
    'sanggah_rt',
    'sanggah_rw',
    'sanggah_name',
    'sanggah_reason',
    'description',
    'photo',
    'about_number',
  ],
  ['identity', 'name', 'phone', 'email', 'verifier_digits', 'reply_channel'],
  ['consent'],
];
const fieldId = (field: string) => `pengaduan-${field}`;

interface Sent {
  number: string;
  verifier: string;
  anonymous: boolean;
  verificationDueAt: string;
  office: ComplaintOffice | undefined;
}

/**
 * Konsultasi & pengaduan: what happened (and a photo, stripped of its metadata on the phone), how
 * the complainant's identity is treated and how to answer, "periksa kembali", then the outbox —
 * offline it waits and is delivered once. The office, service and request it is about come from
 * the page that linked here.
 */
export default function ComplaintApp(props: { officesJson: string }) {
  // The offices (ComplaintOffice[]) come as JSON text: they never change on the page, and read as
  // plain data they cost nothing, while Astro hands an island's props over in a Solid store, where
  // every nested read makes a proxy, and in a reactive scope a signal (a fifth of the form's start-up).
  const offices = JSON.parse(props.officesJson) as ComplaintOffice[];
  const [sent, setSent] = createSignal<Sent>();
  /** The office, service or request the page that linked here was about. */
  function context(stored: ComplaintDraft): ComplaintDraft {
    const query = new URLSearchParams(location.search);
    // A link for one kind (the DTSEN explainer's sanggah): that kind, unless a draft is under way.
    const linkedKind = query.get('jenis') ?? '';
    const loaded =
      linkedKind in COMPLAINT_KINDS && stored.description === '' && stored.kind === ''
        ? { ...stored, kind: linkedKind as ComplaintKind }
        : stored;
    const about = takeComplaintSubject();
    if (about)
      return {
        ...loaded,
        step: 0,
        about: { number: about.number, verifier: about.verifier },
        agency: about.agency,
        service: about.service,
        identity: loaded.identity === 'anonim' ? '' : loaded.identity,
      };
    const agency = query.get('kantor') ?? '';
    const service = query.get('layanan') ?? '';
    const known = offices.find((candidate) => candidate.id === agency);
    if (known && loaded.description === '')
      return { ...loaded, agency, service: known.services.some((item) => item.id === service) ? service : '' };
    if (loaded.agency) return loaded;
    // The office of the kabupaten the resident chose (or the only one): its deadlines are the ones that count.
    const home = rememberedKabupatenHome();
    const theirs = offices.filter((candidate) => offices.length === 1 || candidate.kabupatenHome === home);
    return theirs.length === 1 ? { ...loaded, agency: theirs[0]!.id } : loaded;
  }

  const form = createStepForm<ComplaintDraft, QueuedComplaint, { number: string; verificationDueAt: string }>({
    store: complaintStore,
    owner: COMPLAINT_OWNER,
    empty: emptyComplaint,
    problems: (draft) => complaintProblems(complaintInput(draft)),
    stepFields: STEP_FIELDS,
    headingId: 'pengaduan-langkah-judul',
    fieldId,
    fallbackField: 'description',
    prepare: context,
    payload: (draft) => ({ draft }),
    draftOf: (payload) => payload.draft,
    send: (item, onProgress) =>
      sendWithProof(
        'pengaduan',
        item.key,
        ROUTES.complaintSend,
        (proof) => complaintFormData(item.payload.draft, proof),
        onProgress,
        item.payload.draft.about ?? undefined,
      ),
    onSent: ({ draft: delivered }, result) => {
      const anonymous = delivered.identity === 'anonim';
      setSent({
        number: result.number,
        verifier: anonymous ? delivered.verifierDigits : phoneVerifier(delivered.phone),
        anonymous,
        verificationDueAt: result.verificationDueAt,
        office: offices.find((candidate) => candidate.id === delivered.agency),
      });
    },
  });
  const { current, step, errorFor, update, change } = form;
  const office = () => offices.find((candidate) => candidate.id === current().agency);

  const kindOptions = Object.entries(COMPLAINT_KINDS).map(([value, kind]) => ({
    value,
    label: `${kind.label} — ${kind.hint}`,
  }));
  const identityOptions = () =>
    identitiesFor(current().about?.number ?? null, current().kind).map((value) => ({
      value,
      label: `${COMPLAINT_IDENTITIES[value].label} — ${COMPLAINT_IDENTITIES[value].hint}`,
    }));
  const channelOptions = () =>
    replyChannelsFor((current().identity || 'biasa') as ComplaintIdentity).map((value) => ({
      value,
      label: REPLY_CHANNELS[value],
    }));
  const serviceTitle = () => office()?.services.find((item) => item.id === current().service)?.title;

  return (
    <Show when={form.draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
      <Show when={sent()}>
        {(done) => (
          <SentReceipt what="Pengaduan" number={done().number} headingId="pengaduan-terkirim-judul">
            <p>
              Catat nomor ini atau ambil tangkapan layar. Untuk membuka pengaduan di halaman Cek Status, Anda perlu
              nomor ini dan {done().anonymous ? 'angka yang Anda pilih' : '4 angka terakhir nomor HP yang Anda isi'} (
              <strong>{done().verifier}</strong>).
            </p>
            <h3>Yang terjadi selanjutnya</h3>
            <ol class="steps">
              <li>
                Petugas {done().office?.name ?? 'kantor'} memeriksa pengaduan Anda paling lambat{' '}
                {formatDateTime(done().verificationDueAt)}.
              </li>
              <li>
                Setelah diperiksa, pengaduan diteruskan ke unit yang menangani dan dijawab paling lambat{' '}
                {done().office?.followUpWorkingDays} hari kerja kemudian (hari libur nasional dan cuti bersama tidak
                dihitung).
              </li>
              <li>
                {done().anonymous
                  ? 'Jawaban hanya dapat dibaca di halaman Cek Status.'
                  : 'Jawaban tampil di halaman Cek Status; petugas juga dapat menghubungi Anda lewat cara yang Anda pilih.'}{' '}
                Setelah dijawab, Anda dapat menyatakan masalahnya sudah atau belum selesai.
              </li>
            </ol>
            <Suspense>
              <WatchNumber number={done().number} verifier={done().verifier} />
            </Suspense>
            <p>
              <a class="button" href={statusPagePath(done().number)}>
                Cek status pengaduan
              </a>{' '}
              <button type="button" class="button secondary" onClick={() => setSent(undefined)}>
                Kirim pengaduan lain
              </button>
            </p>
          </SentReceipt>
        )}
      </Show>
      <Show when={form.outbox().queued > 0}>
        <OutboxNotice state={form.outbox()} what="Pengaduan" onFlush={form.flush} />
      </Show>

      <Show when={!sent() && form.outbox().queued === 0}>
        <StepFrame
          steps={STEPS}
          step={step()}
          headingId="pengaduan-langkah-judul"
          errors={form.summary()}
          returnToCheck={form.returnToCheck()}
          submitLabel="Kirim"
          onBack={() => form.go(step() - 1)}
          onNext={form.next}
          onSubmit={() => void form.submit()}
        >
          <Switch>
            <Match when={step() === 0}>
              <Show when={current().about}>
                {(about) => (
                  <div class="callout" id={fieldId('about_number')}>
                    <p>
                      Tentang permohonan <strong class="receipt-number">{about().number}</strong>. Petugas akan melihat
                      permohonan ini bersama pengaduan Anda.
                    </p>
                    <Show when={errorFor('about_number')}>
                      <p class="error-message">{errorFor('about_number')}</p>
                    </Show>
                    <button type="button" class="link-button" onClick={() => update({ about: null })}>
                      Bukan tentang permohonan ini
                    </button>
                  </div>
                )}
              </Show>
              <RadioGroup
                id={fieldId('kind')}
                name="jenis"
                label="Jenis"
                value={current().kind}
                options={kindOptions}
                error={errorFor('kind')}
                onChange={(kind) => update({ kind: kind as ComplaintKind })}
              />
              <Show when={!current().about}>
                <div class={`field${errorFor('agency') ? ' field-error' : ''}`}>
                  <label for={fieldId('agency')}>Kantor yang dituju</label>
                  <Show when={errorFor('agency')}>
                    <p class="error-message" id={`${fieldId('agency')}-kesalahan`}>
                      {errorFor('agency')}
                    </p>
                  </Show>
                  <select
                    id={fieldId('agency')}
                    value={current().agency}
                    aria-describedby={errorFor('agency') ? `${fieldId('agency')}-kesalahan` : undefined}
                    onChange={(event) => update({ agency: event.currentTarget.value, service: '' })}
                  >
                    <option value="">Pilih kantor</option>
                    <For each={offices}>{(candidate) => <option value={candidate.id}>{candidate.name}</option>}</For>
                  </select>
                </div>
                <Show when={current().kind === 'sanggah'}>
                  <Show
                    when={office()?.sanggah}
                    fallback={
                      <p class="callout">
                        Kantor ini belum menerima sanggah lewat situs. Sampaikan sanggah ke desa/kelurahan atau langsung
                        ke kantornya.
                      </p>
                    }
                  >
                    {(sanggahOffice) => (
                      <Suspense fallback={<p class="hint">Memuat isian sanggah…</p>}>
                        <SanggahFields
                          office={sanggahOffice()}
                          value={current().sanggah ?? EMPTY_SANGGAH}
                          fieldId={fieldId}
                          errorFor={errorFor}
                          onChange={(part) => update({ sanggah: { ...(current().sanggah ?? EMPTY_SANGGAH), ...part } })}
                        />
                      </Suspense>
                    )}
                  </Show>
                </Show>
                <Show when={office() && current().kind !== 'sanggah'}>
                  <div class="field">
                    <label for={fieldId('service')}>Layanan yang Anda maksud (boleh dikosongkan)</label>
                    <select
                      id={fieldId('service')}
                      value={current().service}
                      onChange={(event) => update({ service: event.currentTarget.value })}
                    >
                      <option value="">Tidak tentang satu layanan tertentu</option>
                      <For each={office()?.services}>{(item) => <option value={item.id}>{item.title}</option>}</For>
                    </select>
                  </div>
                </Show>
              </Show>
              <TextArea
                id={fieldId('description')}
                label="Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan"
                hint={`Kapan, di mana, apa yang terjadi. Jangan tuliskan NIK. Paling banyak ${COMPLAINT_LIMITS.description} huruf.`}
                rows={6}
                value={current().description}
                error={errorFor('description')}
                onInput={(description) => update({ description })}
              />
              <DocumentPicker
                id={fieldId('photo')}
                label="Foto pendukung (boleh dikosongkan)"
                hint="Satu foto. Sebelum dikirim, foto diperkecil dan data tersembunyinya — termasuk lokasi tempat foto diambil — dihapus di ponsel Anda."
                maxFiles={1}
                allowedTypes={PHOTO_TYPES}
                maxBytes={COMPLAINT_LIMITS.photoBytes}
                files={current().photo}
                error={errorFor('photo')}
                onChange={(photo) => update({ photo }, true)}
                onProblem={(message) => form.setShown([...form.shown(), { field: 'photo', message }])}
              />
            </Match>
            <Match when={step() === 1}>
              <RadioGroup
                id={fieldId('identity')}
                name="identitas"
                label="Bagaimana identitas Anda diperlakukan"
                hint={
                  current().kind === 'sanggah'
                    ? 'Sanggah selalu rahasia atau anonim. Desa yang diminta memeriksa tidak pernah tahu siapa pelapornya.'
                    : current().about
                      ? 'Pengaduan tentang permohonan Anda sendiri tidak dapat anonim: nomor permohonan menunjukkan siapa pemohonnya.'
                      : undefined
                }
                value={current().identity}
                options={identityOptions()}
                error={errorFor('identity')}
                onChange={(identity) =>
                  update({
                    identity: identity as ComplaintIdentity,
                    replyChannel: identity === 'anonim' ? 'halaman-status' : current().replyChannel,
                  })
                }
              />
              <Switch>
                <Match when={current().identity === 'anonim'}>
                  <TextField
                    id={fieldId('verifier_digits')}
                    label="4 angka untuk membuka jawaban"
                    hint={
                      'Misalnya 4 angka terakhir nomor HP Anda — angka ini saja yang kami simpan, tanpa nomor HP-nya. ' +
                      'Anda memerlukannya bersama nomor pengaduan di halaman Cek Status.'
                    }
                    inputmode="numeric"
                    class="input-short"
                    value={current().verifierDigits}
                    error={errorFor('verifier_digits')}
                    onInput={(verifierDigits) => update({ verifierDigits })}
                  />
                </Match>
                <Match when={current().identity !== ''}>
                  <TextField
                    id={fieldId('name')}
                    label="Nama Anda"
                    autocomplete="name"
                    value={current().name}
                    error={errorFor('name')}
                    onInput={(name) => update({ name })}
                  />
                  <TextField
                    id={fieldId('phone')}
                    type="tel"
                    inputmode="tel"
                    label="Nomor HP"
                    hint="4 angka terakhirnya menjadi kode untuk membuka pengaduan Anda di halaman Cek Status."
                    autocomplete="tel"
                    value={current().phone}
                    error={errorFor('phone')}
                    onInput={(phone) => update({ phone })}
                  />
                  <RadioGroup
                    id={fieldId('reply_channel')}
                    name="cara-dijawab"
                    label="Bagaimana Anda ingin dijawab"
                    value={current().replyChannel}
                    options={channelOptions()}
                    error={errorFor('reply_channel')}
                    onChange={(replyChannel) => update({ replyChannel: replyChannel as ReplyChannel })}
                  />
                  <Show when={current().replyChannel === 'email'}>
                    <TextField
                      id={fieldId('email')}
                      type="email"
                      label="Alamat email"
                      autocomplete="email"
                      value={current().email}
                      error={errorFor('email')}
                      onInput={(email) => update({ email })}
                    />
                  </Show>
                </Match>
              </Switch>
            </Match>
            <Match when={step() === form.checkStep}>
              <dl class="summary-list">
                <Show when={current().about}>
                  {(about) => <CheckAnswer label="Tentang permohonan">{about().number}</CheckAnswer>}
                </Show>
                <CheckAnswer label="Jenis" onChange={() => change(0)}>
                  {current().kind && COMPLAINT_KINDS[current().kind as ComplaintKind].label}
                </CheckAnswer>
                <CheckAnswer label="Kantor dan layanan" onChange={() => change(0)}>
                  {office()?.name}
                  {serviceTitle() ? ` — ${serviceTitle()}` : ''}
                </CheckAnswer>
                <Show when={current().kind === 'sanggah' && current().sanggah}>
                  {(sanggah) => (
                    <CheckAnswer
                      label="Yang Anda sanggah"
                      changeLabel="penerima yang disanggah"
                      onChange={() => change(0)}
                    >
                      {sanggah().name}, RT {sanggah().rt}/RW {sanggah().rw} —{' '}
                      {SANGGAH_REASONS[sanggah().reason as SanggahReason]}
                    </CheckAnswer>
                  )}
                </Show>
                <CheckAnswer label="Cerita Anda" changeLabel="cerita" onChange={() => change(0)}>
                  {current().description}
                </CheckAnswer>
                <CheckAnswer label="Foto" onChange={() => change(0)}>
                  {current().photo.length > 0 ? `1 foto (${current().photo[0]!.name}), tanpa data lokasi` : 'Tidak ada'}
                </CheckAnswer>
                <CheckAnswer label="Identitas" onChange={() => change(1)}>
                  {current().identity && COMPLAINT_IDENTITIES[current().identity as ComplaintIdentity].label}
                  {current().identity === 'anonim'
                    ? ` — tanpa nama dan kontak; kode ${current().verifierDigits}`
                    : `: ${current().name}, ${current().phone}`}
                </CheckAnswer>
                <CheckAnswer label="Dijawab lewat" changeLabel="cara dijawab" onChange={() => change(1)}>
                  {
                    REPLY_CHANNELS[
                      (current().identity === 'anonim'
                        ? 'halaman-status'
                        : current().replyChannel || 'halaman-status') as ReplyChannel
                    ]
                  }
                  {current().replyChannel === 'email' && current().identity !== 'anonim' ? ` (${current().email})` : ''}
                </CheckAnswer>
              </dl>
              <ConsentField
                id={fieldId('consent')}
                label={
                  `Saya setuju isian ini dibaca petugas ${office()?.name ?? 'kantor yang saya pilih'} untuk ` +
                  'menindaklanjutinya, dan hanya untuk itu. Foto dihapus otomatis setelah pengaduan ditutup dan ' +
                  'masa simpannya berakhir.'
                }
                checked={current().consent}
                error={errorFor('consent')}
                onChange={(consent) => update({ consent })}
              />
            </Match>
          </Switch>
        </StepFrame>
      </Show>
      <ComplaintDeadlines offices={office() ? [office()!] : offices} />
    </Show>
  );
}

/** The deadlines that count: the chosen office's, or every office's until one is chosen. */
function ComplaintDeadlines(props: { offices: ComplaintOffice[] }) {
  return (
    <section aria-labelledby="batas-waktu">
      <h2 id="batas-waktu">Batas waktu</h2>
      <ul>
        <For each={props.offices}>
          {(office) => (
            <li>
              <a href={office.url}>{office.shortName}</a>: diperiksa paling lambat {office.verificationWorkingDays} hari
              kerja setelah diterima, dijawab paling lambat {office.followUpWorkingDays} hari kerja setelah diperiksa (
              {office.deadlineBasis}).
            </li>
          )}
        </For>
      </ul>
      <p>
        Hari kerja: Senin–Jumat, tanpa hari libur nasional dan cuti bersama yang ditetapkan pemerintah (
        <a href={DAYS_OFF_JSON_PATH}>daftar hari libur</a>). Setelah dijawab, Anda dapat menyatakan masalahnya belum
        selesai dan membuka kembali pengaduan dalam {REOPEN_DAYS} hari.
      </p>
    </section>
  );
}
