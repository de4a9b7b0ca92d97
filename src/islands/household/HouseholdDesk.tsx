import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { ConsentField, RadioGroup, TextField } from '../form/fields';
import DocumentPicker from '../form/DocumentPicker';
import OutboxNotice from '../form/OutboxNotice';
import StepFrame from '../form/StepFrame';
import CheckAnswer from '../form/CheckAnswer';
import { createStepForm } from '../form/step-form';
import LocationPicker from '../proposal/LocationPicker';
import { createOperatorPlace } from '../proposal/operator';
import HouseholdSlip from './HouseholdSlip';
import VillageHouseholds, { forgetVillageHouseholds } from './VillageHouseholds';
import DeliberationForm, { createDeliberationForm } from './DeliberationForm';
import SignOutOfDevice from '../SignOutOfDevice';
import VillageSanggah from './VillageSanggah';
import { pocketbase } from '../../lib/pocketbase-client';
import { apiUrl } from '../../lib/api-address';
import { uploadRecord } from '../../lib/upload';
import { householdStore } from '../../lib/household-store';
import {
  emptyHouseholdDraft,
  householdDraftIsEmpty,
  householdFormData,
  householdInput,
  type HouseholdDraft,
} from '../../lib/household-draft';
import { deliberationDraftIsEmpty } from '../../lib/deliberation-draft';
import {
  HOUSEHOLD_PHOTOS,
  HOUSEHOLD_PHOTO_TYPES,
  HOUSEHOLD_TEXT_LIMITS,
  householdProblems,
  householdWarnings,
} from '../../domain/household-proposal';
import { readNik } from '../../domain/population-numbers';
import { MAX_FILE_BYTES } from '../../domain/document-files';
import { PHONE_EXAMPLE, phoneVerifier } from '../../domain/phone';
import type { OperatorsRecord } from '../../domain/records';
import type { OfficeCutoff } from '../../domain/dtsen-cutoff';

/** What the office asks of its villages (content: the agency's `dtsen` and its criteria list). */
export interface HouseholdOffice {
  /** Kemendagri code of the office's kabupaten ("32.14"). */
  kabupaten: string;
  criteria: { title: string; source: string; questions: { id: string; question: string; decisive: boolean }[] };
  consentFormPhoto: boolean;
  /** Whether a signed SPTJM may replace the village deliberation (the server holds the office to it too). */
  sptjmAllowed: boolean;
  /** The office's monthly cut-off for the slip (null: none announced; src/lib/household-offices.ts). */
  cutoff: OfficeCutoff | null;
}

const STEPS = [
  'Kepala keluarga',
  'Alamat dan titik rumah',
  'Foto',
  'Kriteria kemiskinan',
  'Persetujuan keluarga',
  'Periksa kembali',
];
const STEP_FIELDS: string[][] = [
  ['head_name', 'nik', 'kk', 'phone', 'chosen_digits'],
  ['address', 'rt', 'rw', 'location'],
  HOUSEHOLD_PHOTOS.map((photo) => photo.field),
  ['criteria'],
  ['consent'],
  [],
];
const fieldId = (field: string) => `dtsen-${field}`;

interface Sent {
  number: string;
  verifier: string;
  headName: string;
}

/**
 * The village's data entry (Pengisi Data Desa/Kelurahan) for one household proposed for DTSEN: who,
 * where (GPS with its accuracy, or the map), photos shrunk and stripped of EXIF on the phone, the
 * office's criteria, the family's consent, "periksa kembali", then the outbox — offline it waits and
 * is delivered once. A printed slip for the family follows.
 */
export default function HouseholdDesk(props: {
  account: OperatorsRecord;
  office: HouseholdOffice;
  villagesUrl: string;
  onSignedOut: () => void;
}) {
  const pb = pocketbase();
  const place = createOperatorPlace(() => props.account, props.villagesUrl);
  const [sent, setSent] = createSignal<Sent>();
  const [listVersion, setListVersion] = createSignal(0);
  /** The desk's two tasks: record a household, or the village's deliberation on those recorded. */
  const [task, setTask] = createSignal<'keluarga' | 'musyawarah'>('keluarga');
  const photos = () => HOUSEHOLD_PHOTOS.filter((photo) => photo.always || props.office.consentFormPhoto);
  const criteriaIds = props.office.criteria.questions.map((question) => question.id);
  const form = createStepForm<HouseholdDraft, { draft: HouseholdDraft; villageId: string }, { number: string }>({
    store: householdStore,
    owner: props.account.id,
    empty: emptyHouseholdDraft,
    problems: (draft) => [
      ...householdProblems(householdInput(draft), { kabupaten: props.office.kabupaten, criteriaIds }),
      ...photos()
        .filter((photo) => draft.photos[photo.field].length === 0)
        .map((photo) => ({ field: photo.field, message: `${photo.label}: tambahkan fotonya.` })),
    ],
    stepFields: STEP_FIELDS,
    headingId: 'dtsen-langkah-judul',
    fieldId,
    fallbackField: 'head_name',
    payload: (draft) => ({ draft, villageId: props.account.village }),
    draftOf: (payload) => payload.draft,
    send: async (item, onProgress) =>
      pb.authStore.isValid
        ? uploadRecord<{ number: string }>(
            apiUrl('api/collections/household_proposals/records'),
            householdFormData(item.payload.draft, item.payload.villageId),
            pb.authStore.token,
            onProgress,
          )
        : { kind: 'signed-out' },
    onSent: ({ draft: delivered }, result) => {
      setSent({
        number: result.number,
        verifier: delivered.phone.trim() ? phoneVerifier(delivered.phone) : delivered.chosen_digits.trim(),
        headName: delivered.head_name.trim(),
      });
      setListVersion(listVersion() + 1);
    },
  });
  const deliberation = createDeliberationForm({
    operatorId: props.account.id,
    villageId: props.account.village,
    sptjmAllowed: props.office.sptjmAllowed,
    onSent: () => setListVersion(listVersion() + 1),
  });
  /** What signing out would delete unsent: each outbox, and a form with anything in it. */
  const losses = () => {
    const queued = (count: number, what: string) =>
      count > 0
        ? [`${count} ${what} belum terkirim. Jika Anda keluar sekarang, ${what} itu tidak akan pernah terkirim.`]
        : [];
    const household = form.draft();
    const withPhotos = household && Object.values(household.photos).some((files) => files.length > 0);
    return [
      ...queued(form.outbox().queued, 'usulan keluarga'),
      ...(household && !householdDraftIsEmpty(household)
        ? [`Isian keluarga yang belum dikirim${withPhotos ? ', termasuk fotonya (rumah, KTP, KK)' : ''}.`]
        : []),
      ...queued(deliberation.outbox().queued, 'musyawarah'),
      ...(deliberation.draft() && !deliberationDraftIsEmpty(deliberation.current())
        ? ['Isian musyawarah yang belum dikirim.']
        : []),
    ];
  };
  async function forgetAll() {
    forgetVillageHouseholds(props.account.id);
    await Promise.all([form.forget(), deliberation.forget()]);
  }
  const { current, step, errorFor, update, change } = form;
  /** What a well-formed NIK says of its holder, for the operator to compare with the KTP. */
  const nikReading = () => {
    const reading = readNik(current().nik);
    return reading.ok ? reading : undefined;
  };
  const kkWarnings = () => householdWarnings(current(), props.office.kabupaten);

  const village = () => props.account.expand?.village;
  const kecamatan = () => village()?.expand?.kecamatan;
  return (
    <Show when={form.draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
      <SignOutOfDevice losses={losses} forget={forgetAll} onSignedOut={props.onSignedOut}>
        Masuk sebagai {props.account.name} — {village()?.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} {village()?.name},
        Kecamatan {kecamatan()?.name}.
      </SignOutOfDevice>
      <p class="task-switch">
        <button
          type="button"
          class="button secondary"
          aria-pressed={task() === 'keluarga'}
          onClick={() => setTask('keluarga')}
        >
          Catat keluarga
        </button>{' '}
        <button
          type="button"
          class="button secondary"
          aria-pressed={task() === 'musyawarah'}
          onClick={() => setTask('musyawarah')}
        >
          Catat musyawarah desa
        </button>
      </p>
      <Show when={form.outbox().queued > 0}>
        <OutboxNotice state={form.outbox()} what="Usulan" onFlush={form.flush} />
      </Show>
      <Show when={task() === 'musyawarah'}>
        <DeliberationForm form={deliberation} sptjmAllowed={props.office.sptjmAllowed} />
      </Show>
      <Show when={task() === 'keluarga' && sent()}>
        {(done) => <HouseholdSlip {...done()} cutoff={props.office.cutoff} onNext={() => setSent(undefined)} />}
      </Show>
      <Show when={task() === 'keluarga' && !sent()}>
        <StepFrame
          steps={STEPS}
          step={step()}
          headingId="dtsen-langkah-judul"
          errors={form.summary()}
          returnToCheck={form.returnToCheck()}
          submitLabel="Simpan dan kirim usulan"
          onBack={() => form.go(step() - 1)}
          onNext={form.next}
          onSubmit={() => void form.submit()}
        >
          <Switch>
            <Match when={step() === 0}>
              <TextField
                id={fieldId('head_name')}
                label="Nama kepala keluarga"
                hint="Seperti tertulis di Kartu Keluarga."
                value={current().head_name}
                error={errorFor('head_name')}
                onInput={(head_name) => update({ head_name })}
              />
              <TextField
                id={fieldId('nik')}
                label="NIK kepala keluarga"
                hint="16 angka di KTP. NIK tidak pernah tampil di halaman status atau alamat situs."
                inputmode="numeric"
                value={current().nik}
                error={errorFor('nik')}
                onInput={(nik) => update({ nik })}
              />
              <Show when={nikReading()}>
                {(read) => (
                  <p class="hint" role="status">
                    Menurut NIK ini: {read().sex}, lahir tanggal {read().birthDay}-{read().birthMonth}-
                    {String(read().birthYearTwoDigits).padStart(2, '0')}. Cocokkan dengan KTP.
                  </p>
                )}
              </Show>
              <TextField
                id={fieldId('kk')}
                label="Nomor Kartu Keluarga (KK)"
                hint="16 angka di bagian atas KK."
                inputmode="numeric"
                value={current().kk}
                error={errorFor('kk')}
                onInput={(kk) => update({ kk })}
              />
              <For each={kkWarnings()}>{(warning) => <p class="callout">{warning}</p>}</For>
              <TextField
                id={fieldId('phone')}
                type="tel"
                inputmode="tel"
                label="Nomor HP keluarga (boleh dikosongkan)"
                hint={`Misalnya ${PHONE_EXAMPLE}. Empat angka terakhirnya dipakai keluarga untuk mengecek status usulan.`}
                value={current().phone}
                error={errorFor('phone')}
                onInput={(phone) => update({ phone })}
              />
              <Show when={current().phone.trim() === ''}>
                <TextField
                  id={fieldId('chosen_digits')}
                  label="4 angka pilihan keluarga"
                  hint="Tanpa nomor HP, keluarga memilih 4 angka untuk mengecek status usulan. Tulis juga di tanda terimanya."
                  inputmode="numeric"
                  class="input-short"
                  value={current().chosen_digits}
                  error={errorFor('chosen_digits')}
                  onInput={(chosen_digits) => update({ chosen_digits })}
                />
              </Show>
            </Match>
            <Match when={step() === 1}>
              <TextField
                id={fieldId('address')}
                label="Alamat rumah"
                hint={`Dusun/kampung atau nama jalan. Paling banyak ${HOUSEHOLD_TEXT_LIMITS.address} huruf.`}
                value={current().address}
                error={errorFor('address')}
                onInput={(address) => update({ address })}
              />
              <div class="field-row">
                <TextField
                  id={fieldId('rt')}
                  label="RT"
                  inputmode="numeric"
                  class="input-short"
                  value={current().rt}
                  error={errorFor('rt')}
                  onInput={(rt) => update({ rt })}
                />
                <TextField
                  id={fieldId('rw')}
                  label="RW"
                  inputmode="numeric"
                  class="input-short"
                  value={current().rw}
                  error={errorFor('rw')}
                  onInput={(rw) => update({ rw })}
                />
              </div>
              <LocationPicker
                id={fieldId('location')}
                label="Titik rumah"
                hint="Berdiri di depan rumah lalu pakai GPS ponsel, atau pilih rumahnya di peta."
                pointName="rumah"
                value={
                  current().lat != null && current().lon != null ? { lat: current().lat!, lon: current().lon! } : null
                }
                place={place()}
                error={errorFor('location')}
                onChange={(point) =>
                  update({
                    lat: point?.lat ?? null,
                    lon: point?.lon ?? null,
                    location_accuracy_m: point?.accuracyM ?? null,
                  })
                }
              />
            </Match>
            <Match when={step() === 2}>
              <For each={photos()}>
                {(photo) => (
                  <DocumentPicker
                    id={fieldId(photo.field)}
                    label={photo.label}
                    hint={
                      photo.field === 'photo_house_front'
                        ? 'Rumah tampak depan, seluruh bagian depan terlihat. Foto diperkecil dan data tersembunyinya dihapus di ponsel ini.'
                        : 'Foto diperkecil dan data tersembunyinya dihapus di ponsel ini. Hanya petugas Dinas Sosial yang dapat membukanya.'
                    }
                    maxFiles={photo.maxFiles}
                    allowedTypes={HOUSEHOLD_PHOTO_TYPES}
                    maxBytes={MAX_FILE_BYTES}
                    files={current().photos[photo.field]}
                    error={errorFor(photo.field)}
                    onChange={(files) => update({ photos: { ...current().photos, [photo.field]: files } }, true)}
                    onProblem={(message) => form.setShown([...form.shown(), { field: photo.field, message }])}
                  />
                )}
              </For>
            </Match>
            <Match when={step() === 3}>
              <p class="hint" id={fieldId('criteria')} tabindex="-1">
                {props.office.criteria.title}. Sumber: {props.office.criteria.source}.
              </p>
              <Show when={errorFor('criteria')}>
                <p class="error-message">{errorFor('criteria')}</p>
              </Show>
              <For each={props.office.criteria.questions}>
                {(question) => (
                  <RadioGroup
                    id={fieldId(`kriteria-${question.id}`)}
                    name={`kriteria-${question.id}`}
                    label={question.question}
                    value={question.id in current().criteria ? (current().criteria[question.id] ? 'ya' : 'tidak') : ''}
                    options={[
                      { value: 'ya', label: 'Ya' },
                      { value: 'tidak', label: 'Tidak' },
                    ]}
                    onChange={(answer) =>
                      update({ criteria: { ...current().criteria, [question.id]: answer === 'ya' } })
                    }
                  />
                )}
              </For>
            </Match>
            <Match when={step() === 4}>
              <p>
                Bacakan kepada keluarga: data ini (nama, NIK, KK, alamat, titik dan foto rumah, jawaban kriteria)
                dikirim ke Dinas Sosial untuk diusulkan masuk DTSEN, dibahas di musyawarah desa/kelurahan, lalu diunggah
                Dinas Sosial ke aplikasi pusat. NIK, KK dan foto dihapus otomatis setelah hasilnya keluar.
              </p>
              <ConsentField
                id={fieldId('consent')}
                label={
                  <>
                    Keluarga menyetujui datanya dikirim untuk pengusulan DTSEN (dicatat atas nama {props.account.name}).
                  </>
                }
                checked={current().consent}
                error={errorFor('consent')}
                onChange={(consent) => update({ consent })}
              />
            </Match>
            <Match when={step() === 5}>
              <dl class="check-answers">
                <CheckAnswer label="Kepala keluarga" onChange={() => change(0)}>
                  {current().head_name} · NIK {current().nik} · KK {current().kk}
                </CheckAnswer>
                <CheckAnswer label="Cek status dengan" onChange={() => change(0)} changeLabel="nomor HP atau 4 angka">
                  {current().phone.trim()
                    ? `4 angka terakhir HP ${current().phone}`
                    : `4 angka pilihan: ${current().chosen_digits}`}
                </CheckAnswer>
                <CheckAnswer label="Alamat" onChange={() => change(1)}>
                  {current().address}, RT {current().rt} / RW {current().rw} · titik {current().lat}, {current().lon}
                  {current().location_accuracy_m != null
                    ? ` (GPS ±${Math.round(current().location_accuracy_m!)} m)`
                    : ''}
                </CheckAnswer>
                <CheckAnswer label="Foto" onChange={() => change(2)}>
                  {photos()
                    .map((photo) => `${photo.label}: ${current().photos[photo.field].length}`)
                    .join(' · ')}
                </CheckAnswer>
                <CheckAnswer label="Kriteria terpenuhi" onChange={() => change(3)}>
                  {props.office.criteria.questions.filter((question) => current().criteria[question.id]).length} dari{' '}
                  {props.office.criteria.questions.length}
                </CheckAnswer>
              </dl>
            </Match>
          </Switch>
        </StepFrame>
      </Show>
      <section aria-labelledby="usulan-dtsen-desa-judul">
        <h2 id="usulan-dtsen-desa-judul">Usulan DTSEN desa ini</h2>
        <VillageHouseholds operatorId={props.account.id} refresh={listVersion()} />
      </section>
      <section aria-labelledby="sanggah-desa-judul">
        <h2 id="sanggah-desa-judul">Sanggah dari Dinas</h2>
        <p class="hint">
          Warga yang menurut pelapor tidak layak menerima bantuan, diteruskan Dinas untuk diperiksa desa. Nama pelapor
          tidak pernah disampaikan.
        </p>
        <VillageSanggah />
      </section>
    </Show>
  );
}
