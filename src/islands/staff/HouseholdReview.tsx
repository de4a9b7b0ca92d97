// The Dinas's verification of households proposed for DTSEN by their villages: the list waiting on
// the office (agreed at the village's deliberation, or verified and not yet sent to the centre), an
// opened household with its NIK, KK, address, point, criteria and photos (each read audited), and
// the next step — verify, or return to the village with the reason its operator reads, send to the
// centre, record the centre's result with its reason.
import { For, Show, createResource, createSignal } from 'solid-js';
import { Fact, FileLinks, type CaseDetailView } from './CaseDetail';
import CaseList from './CaseList';
import HouseholdBatches from './HouseholdBatches';
import { SelectField, TextField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime, formatLongDate } from '../../lib/dates';
import { dateFromStored } from '../../domain/database';
import { HOUSEHOLD_REVIEW } from '../../domain/case-lists';
import { DELIBERATION_WAYS, HOUSEHOLD_PHOTOS, HOUSEHOLD_RESULTS } from '../../domain/household-proposal';
import { HOUSEHOLD_STATUSES, isFinished } from '../../domain/statuses';
import type { StaffRole } from '../../domain/roles';
import { householdProposals, moveChoices } from '../../domain/cases';

/** A file field's files: one photo is stored as its name, several as a list. */
const filesOf = (value: string | string[]) => (Array.isArray(value) ? value : value ? [value] : []);

function householdView(role: StaffRole, criteriaQuestions: Record<string, string>): CaseDetailView<'usulan-dtsen'> {
  return (household) => {
    const pb = pocketbase();
    const [token] = createResource(() => pb.files.getToken({ requestKey: null }));
    const [result, setResult] = createSignal('');
    const [desil, setDesil] = createSignal('');
    const village = () => household().expand!.village!;
    const criteria = () => Object.entries((household().criteria ?? {}) as Record<string, boolean>);
    const met = () => criteria().filter(([, yes]) => yes);
    return {
      title: () => `${household().number} — ${household().head_name}, ${village().name}`,
      summary: (
        <>
          <Fact label="Status">{HOUSEHOLD_STATUSES[household().status]}</Fact>
          <Fact label="Kepala keluarga">{household().head_name}</Fact>
          <Fact label="NIK">{household().nik}</Fact>
          <Fact label="Nomor KK">{household().kk}</Fact>
          <Fact label="Alamat">
            {household().address}, RT {household().rt} / RW {household().rw}, {village().name}, Kec.{' '}
            {village().expand?.kecamatan?.name}
          </Fact>
          <Fact label="Titik rumah">
            {household().lat}, {household().lon}
            {household().location_accuracy_m ? ` (GPS ±${household().location_accuracy_m} m)` : ' (dipilih di peta)'}
          </Fact>
          <Fact label={`Kriteria terpenuhi (${met().length} dari ${criteria().length})`}>
            <Show when={met().length > 0} fallback="tidak ada">
              <ul>
                {/* A question no list of this build asks any more is shown by its id. */}
                <For each={met()}>{([id]) => <li>{criteriaQuestions[id] ?? id}</li>}</For>
              </ul>
            </Show>
          </Fact>
          <Fact label="Persetujuan keluarga">{household().consent ? 'Ya, dicatat operator desa' : 'Tidak'}</Fact>
          <Fact label="Penetapan desa">
            {household().way
              ? `${DELIBERATION_WAYS[household().way as keyof typeof DELIBERATION_WAYS]}, ${formatLongDate(dateFromStored(household().deliberated_on))}`
              : 'Belum'}
            <Show when={household().expand?.batch?.attending}>{(attending) => `, ${attending()} orang hadir`}</Show>
          </Fact>
          <Show when={household().result}>
            <Fact label="Hasil dari pusat">
              {HOUSEHOLD_RESULTS[household().result as keyof typeof HOUSEHOLD_RESULTS]}
              {household().desil ? `, desil ${household().desil}` : ''}
            </Fact>
          </Show>
        </>
      ),
      details: (
        <>
          <h4>Foto</h4>
          <ul>
            <For each={HOUSEHOLD_PHOTOS.filter((photo) => filesOf(household()[photo.field]).length > 0)}>
              {(photo) => (
                <li>
                  {photo.label}:{' '}
                  <FileLinks record={household()} files={filesOf(household()[photo.field])} token={token()} />
                </li>
              )}
            </For>
          </ul>
          <Show when={household().expand?.batch}>
            {(batch) => (
              <p>
                {batch().way === 'sptjm' ? 'SPTJM yang ditandatangani' : 'Berita acara musyawarah'}:{' '}
                <FileLinks record={batch()} files={batch().minutes} token={token()} />
              </p>
            )}
          </Show>
          <p class="hint">Setiap kali data dan foto ini dibuka, tercatat di jejak audit.</p>
        </>
      ),
      eventLabel: (event) =>
        event.status === 'hasil' && event.result
          ? `${HOUSEHOLD_STATUSES.hasil}: ${HOUSEHOLD_RESULTS[event.result as keyof typeof HOUSEHOLD_RESULTS]}`
          : HOUSEHOLD_STATUSES[event.status],
      nobody: () => `operator desa ${village().name}`,
      reader: 'desa dan keluarga',
      actions: {
        heading: 'Langkah berikutnya',
        idPrefix: 'usulan-dtsen',
        choice: { label: 'Langkah', missing: 'Pilih langkah berikutnya, lalu tekan Simpan.' },
        statuses: () => moveChoices(householdProposals, role, household().status, undefined),
        noActions: () =>
          isFinished(household().status)
            ? 'Hasil usulan ini sudah dicatat.'
            : household().status === 'dikembalikan-ke-desa'
              ? 'Usulan ini dikembalikan ke desa: menunggu desa memperbaikinya dan menetapkannya lagi di musyawarah.'
              : 'Usulan ini menunggu musyawarah desa/kelurahan.',
        publicNoteLabel: () => 'Alasan atau catatan untuk desa dan keluarga (tampil di halaman Cek Status)',
        fieldsFor: (status) => (
          <Show when={status === 'hasil'}>
            <SelectField
              id="usulan-dtsen-hasil"
              label="Hasil dari aplikasi pusat"
              empty="Pilih hasil"
              value={result()}
              options={Object.entries(HOUSEHOLD_RESULTS).map(([value, label]) => ({ value, label }))}
              onChange={setResult}
            />
            <TextField
              id="usulan-dtsen-desil"
              label="Desil (boleh dikosongkan)"
              hint="Angka 1 sampai 10, bila aplikasi pusat menyebutkannya."
              inputmode="numeric"
              class="input-short"
              value={desil()}
              onInput={setDesil}
            />
          </Show>
        ),
        eventFields: (values) =>
          values.status === 'hasil' ? { result: result(), desil: desil().trim() === '' ? 0 : Number(desil()) } : {},
        onSaved: () => {
          setResult('');
          setDesil('');
        },
      },
      whatsapp: () => null,
      noWhatsApp: (
        <p class="hint">
          Keluarga mengikuti usulannya di halaman Cek Status dengan nomor dan 4 angkanya; desa membaca alasan
          pengembalian di halaman pengisian data desa.
        </p>
      ),
    };
  };
}

/** The office's household proposals, those waiting on the Dinas first, searched and paged by the server. */
export default function HouseholdReview(props: { role: StaffRole; criteriaQuestions: Record<string, string> }) {
  const [changed, setChanged] = createSignal(0);
  return (
    <>
      <CaseList
        kind="usulan-dtsen"
        refresh={changed()}
        view={householdView(props.role, props.criteriaQuestions)}
        headers={['Nomor', 'Desa', 'Dicatat', 'Status']}
        filters={(query, change) => (
          <div class="field">
            <label for="tampil-usulan-dtsen">Tampilkan</label>
            <p class="hint" id="tampil-usulan-dtsen-petunjuk">
              {HOUSEHOLD_REVIEW.views[query().view].hint}
            </p>
            <select
              id="tampil-usulan-dtsen"
              aria-describedby="tampil-usulan-dtsen-petunjuk"
              value={query().view}
              onChange={(event) => change({ view: event.currentTarget.value as keyof typeof HOUSEHOLD_REVIEW.views })}
            >
              <For each={Object.entries(HOUSEHOLD_REVIEW.views)}>
                {([value, view]) => <option value={value}>{view.label}</option>}
              </For>
            </select>
          </div>
        )}
        cells={(household) => (
          <>
            <td>{household.village_name}</td>
            <td>{formatDateTime(household.received_at)}</td>
            <td>{HOUSEHOLD_STATUSES[household.status]}</td>
          </>
        )}
      />
      <HouseholdBatches onHouseholdsChanged={() => setChanged(changed() + 1)} />
    </>
  );
}
