// The field steps of the proposal form. Each takes the draft, a way to change it, and the errors
// to show, keyed by field.
import { For, Index, Show } from 'solid-js';
import { RadioGroup, TextArea, TextField } from '../form/fields';
import LocationPicker from './LocationPicker';
import { DISASTER_TYPES, HOUSE_COUNTS, RECIPIENTS, VICTIM_COUNTS, type CountField } from '../../domain/proposal';
import type { ProposalDraft } from '../../lib/proposal-draft';
import type { Place } from './operator';
import { fieldId } from './proposal-form';

export interface StepProps {
  draft: ProposalDraft;
  /** createStepForm's update: `now` saves the whole draft at once, resolving once it is on the phone. */
  update: (patch: Partial<ProposalDraft>, now?: boolean) => Promise<void>;
  errors: Record<string, string>;
}

export function EventStep(props: StepProps & { place: Place }) {
  return (
    <>
      <RadioGroup
        id={fieldId('disaster_type')}
        name="jenis-bencana"
        label="Jenis bencana"
        value={props.draft.disaster_type}
        options={Object.entries(DISASTER_TYPES).map(([value, label]) => ({ value, label }))}
        error={props.errors['disaster_type']}
        onChange={(disaster_type) => props.update({ disaster_type })}
      />
      <Show when={props.draft.disaster_type === 'lainnya'}>
        <TextField
          id={fieldId('disaster_type_other')}
          label="Jenis bencana lainnya"
          value={props.draft.disaster_type_other}
          error={props.errors['disaster_type_other']}
          onInput={(disaster_type_other) => props.update({ disaster_type_other })}
        />
      </Show>
      <TextField
        id={fieldId('occurred_at')}
        type="datetime-local"
        label="Tanggal dan jam kejadian"
        hint="Perkiraan saja jika tidak tahu pasti."
        value={props.draft.occurred_local}
        error={props.errors['occurred_at']}
        onInput={(occurred_local) => props.update({ occurred_local })}
      />
      <TextField
        id={fieldId('location_note')}
        label="Lokasi kejadian di desa"
        hint="Dusun/kampung, RT/RW, atau nama jalan."
        value={props.draft.location_note}
        error={props.errors['location_note']}
        onInput={(location_note) => props.update({ location_note })}
      />
      <LocationPicker
        id={fieldId('location_lat')}
        value={
          props.draft.location_lat != null && props.draft.location_lon != null
            ? { lat: props.draft.location_lat, lon: props.draft.location_lon }
            : null
        }
        place={props.place}
        error={props.errors['location_lat']}
        onChange={(point) => props.update({ location_lat: point?.lat ?? null, location_lon: point?.lon ?? null })}
      />
      <TextArea
        id={fieldId('chronology')}
        label="Kronologi kejadian"
        hint="Apa yang terjadi, kapan, di mana, dan apa yang sudah dilakukan. Dokumen kronologi lengkap dilampirkan di langkah Dokumen."
        rows={7}
        value={props.draft.chronology}
        error={props.errors['chronology']}
        onInput={(chronology) => props.update({ chronology })}
      />
    </>
  );
}

function CountFields(props: StepProps & { fields: Record<string, string> }) {
  return (
    <div class="field-row">
      <For each={Object.entries(props.fields) as [CountField, string][]}>
        {([field, label]) => (
          <TextField
            id={fieldId(field)}
            label={label}
            inputmode="numeric"
            class="input-number"
            value={props.draft.counts[field]}
            error={props.errors[field]}
            onInput={(value) => props.update({ counts: { ...props.draft.counts, [field]: value } })}
          />
        )}
      </For>
    </div>
  );
}

export function ImpactStep(props: StepProps) {
  return (
    <>
      <h3>Korban</h3>
      <p class="hint">Tulis 0 jika tidak ada.</p>
      <CountFields {...props} fields={VICTIM_COUNTS} />
      <h3>Kerugian</h3>
      <CountFields {...props} fields={HOUSE_COUNTS} />
      <TextArea
        id={fieldId('public_facilities')}
        label="Fasilitas umum yang rusak (boleh kosong)"
        hint="Jalan, jembatan, sekolah, masjid, saluran air…"
        rows={3}
        value={props.draft.public_facilities}
        error={props.errors['public_facilities']}
        onInput={(public_facilities) => props.update({ public_facilities })}
      />
      <TextArea
        id={fieldId('other_losses')}
        label="Kerugian lainnya (boleh kosong)"
        hint="Sawah, ternak, kendaraan…"
        rows={3}
        value={props.draft.other_losses}
        error={props.errors['other_losses']}
        onInput={(other_losses) => props.update({ other_losses })}
      />
    </>
  );
}

export function LogisticsStep(props: StepProps) {
  const setRow = (index: number, patch: Partial<ProposalDraft['logistics'][number]>) =>
    props.update({
      logistics: props.draft.logistics.map((row, position) => (position === index ? { ...row, ...patch } : row)),
    });
  return (
    <>
      <p class="hint">Barang yang dibutuhkan, jumlah dan satuannya. Contoh: Terpal — 10 — lembar; Beras — 50 — kg.</p>
      <Show when={props.errors['logistics']}>
        <p class="error-message">{props.errors['logistics']}</p>
      </Show>
      <Index each={props.draft.logistics}>
        {(row, index) => (
          <fieldset class="logistics-row">
            <legend class="visually-hidden">Kebutuhan logistik baris {index + 1}</legend>
            <TextField
              id={index === 0 ? fieldId('logistics') : `${fieldId('logistics')}-${index + 1}`}
              label="Barang"
              value={row().item}
              onInput={(item) => setRow(index, { item })}
            />
            <TextField
              id={`${fieldId('logistics')}-jumlah-${index + 1}`}
              label="Jumlah"
              inputmode="decimal"
              value={row().quantity}
              onInput={(quantity) => setRow(index, { quantity })}
            />
            <TextField
              id={`${fieldId('logistics')}-satuan-${index + 1}`}
              label="Satuan"
              value={row().unit}
              onInput={(unit) => setRow(index, { unit })}
            />
            <button
              type="button"
              class="link-button"
              disabled={props.draft.logistics.length === 1}
              onClick={() =>
                props.update({ logistics: props.draft.logistics.filter((_, position) => position !== index) })
              }
            >
              Hapus<span class="visually-hidden"> baris {index + 1}</span>
            </button>
          </fieldset>
        )}
      </Index>
      <button
        type="button"
        class="button secondary"
        onClick={() => props.update({ logistics: [...props.draft.logistics, { item: '', quantity: '', unit: '' }] })}
      >
        Tambah barang
      </button>
    </>
  );
}

export function RecipientStep(props: StepProps & { lambungSosial: boolean; kecamatanName: string }) {
  const options = () =>
    props.lambungSosial
      ? [
          { value: 'kepala_dinas', label: RECIPIENTS.kepala_dinas },
          { value: 'camat', label: `Camat ${props.kecamatanName} (Lambung Sosial)` },
        ]
      : [{ value: 'kepala_dinas', label: RECIPIENTS.kepala_dinas }];
  return (
    <>
      <RadioGroup
        id={fieldId('recipient')}
        name="ditujukan"
        label="Usulan ditujukan kepada"
        hint={
          props.lambungSosial
            ? `Kecamatan ${props.kecamatanName} memiliki Lambung Sosial: usulan boleh ditujukan kepada Camat.`
            : `Kecamatan ${props.kecamatanName} tidak memiliki Lambung Sosial: usulan ditujukan kepada Kepala Dinas Sosial P3A.`
        }
        value={props.draft.recipient}
        options={options()}
        error={props.errors['recipient']}
        onChange={(recipient) => props.update({ recipient })}
      />
      <TextField
        id={fieldId('contact_name')}
        label="Nama petugas desa yang dapat dihubungi"
        autocomplete="name"
        value={props.draft.contact_name}
        error={props.errors['contact_name']}
        onInput={(contact_name) => props.update({ contact_name })}
      />
      <TextField
        id={fieldId('contact_phone')}
        type="tel"
        inputmode="tel"
        autocomplete="tel"
        label="Nomor HP petugas"
        hint="4 angka terakhirnya dipakai untuk cek status usulan."
        value={props.draft.contact_phone}
        error={props.errors['contact_phone']}
        onInput={(contact_phone) => props.update({ contact_phone })}
      />
    </>
  );
}
