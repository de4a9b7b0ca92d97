import { For, Show, createResource } from 'solid-js';
import { RadioGroup, TextField } from '../form/fields';
import { SANGGAH_LIMITS, SANGGAH_REASONS, type SanggahInput } from '../../domain/complaints';

/** An office that takes sanggah: its villages (the build's village feed) and its kecamatan names. */
export interface SanggahOffice {
  villagesUrl: string;
  /** Kemendagri code of its kabupaten ("32.14"): the villages it serves. */
  regionCode: string;
  kecamatan: Record<string, string>;
}

interface Village {
  code: string;
  name: string;
  kecamatan: string;
}

/**
 * Whom a sanggah names: the village (grouped by kecamatan), RT/RW, the name as the reporter knows it,
 * and why. The office forwards these — and only these — to that village.
 */
export default function SanggahFields(props: {
  office: SanggahOffice;
  value: SanggahInput;
  fieldId: (field: string) => string;
  errorFor: (field: string) => string | undefined;
  onChange: (value: Partial<SanggahInput>) => void;
}) {
  const [villages] = createResource(
    () => props.office,
    (office) =>
      fetch(office.villagesUrl)
        .then((response) => response.json() as Promise<Village[]>)
        .then((all) => all.filter((village) => village.code.startsWith(`${office.regionCode}.`)))
        .catch(() => [] as Village[]),
  );
  const byKecamatan = () => {
    const groups = new Map<string, Village[]>();
    for (const village of villages() ?? [])
      groups.set(village.kecamatan, [...(groups.get(village.kecamatan) ?? []), village]);
    return [...groups.entries()];
  };
  const id = props.fieldId('sanggah_village');
  return (
    <fieldset class="sanggah-fields">
      <legend>Penerima yang Anda sanggah</legend>
      <p class="hint">
        Yang ditulis di sini saja yang dapat diteruskan kantor ke desa untuk diperiksa — tanpa nama, nomor HP dan cerita
        Anda.
      </p>
      <div class={`field${props.errorFor('sanggah_village') ? ' field-error' : ''}`}>
        <label for={id}>Desa/kelurahan tempat tinggalnya</label>
        <Show when={props.errorFor('sanggah_village')}>
          <p class="error-message" id={`${id}-kesalahan`}>
            {props.errorFor('sanggah_village')}
          </p>
        </Show>
        <select
          id={id}
          value={props.value.village}
          aria-describedby={props.errorFor('sanggah_village') ? `${id}-kesalahan` : undefined}
          onChange={(event) => props.onChange({ village: event.currentTarget.value })}
        >
          <option value="">{villages.loading ? 'Memuat daftar desa…' : 'Pilih desa/kelurahan'}</option>
          <For each={byKecamatan()}>
            {([kecamatan, list]) => (
              <optgroup label={`Kec. ${props.office.kecamatan[kecamatan] ?? kecamatan}`}>
                <For each={list}>{(village) => <option value={village.code}>{village.name}</option>}</For>
              </optgroup>
            )}
          </For>
        </select>
      </div>
      <div class="field-row">
        <TextField
          id={props.fieldId('sanggah_rt')}
          label="RT"
          inputmode="numeric"
          class="input-short"
          value={props.value.rt}
          error={props.errorFor('sanggah_rt')}
          onInput={(rt) => props.onChange({ rt })}
        />
        <TextField
          id={props.fieldId('sanggah_rw')}
          label="RW"
          inputmode="numeric"
          class="input-short"
          value={props.value.rw}
          error={props.errorFor('sanggah_rw')}
          onInput={(rw) => props.onChange({ rw })}
        />
      </div>
      <TextField
        id={props.fieldId('sanggah_name')}
        label="Nama penerima seperti yang Anda kenal"
        hint={`Nama panggilan pun boleh. Jangan tuliskan NIK. Paling banyak ${SANGGAH_LIMITS.name} huruf.`}
        value={props.value.name}
        error={props.errorFor('sanggah_name')}
        onInput={(name) => props.onChange({ name })}
      />
      <RadioGroup
        id={props.fieldId('sanggah_reason')}
        name="alasan-sanggah"
        label="Alasan"
        value={props.value.reason}
        options={Object.entries(SANGGAH_REASONS).map(([value, label]) => ({ value, label }))}
        error={props.errorFor('sanggah_reason')}
        onChange={(reason) => props.onChange({ reason })}
      />
    </fieldset>
  );
}
