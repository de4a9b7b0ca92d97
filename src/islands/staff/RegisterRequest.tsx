import { For, Show, createResource, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { TextArea, TextField } from '../form/fields';
import { serverProblems } from './server-problems';
import { pocketbase } from '../../lib/pocketbase-client';
import { PHONE_EXAMPLE, isPhoneNumber } from '../../domain/phone';
import type { StaffRecord } from '../../domain/records';

/** The form's field for each field of a request the server may refuse. */
const REGISTER_FIELD_IDS: Record<string, string> = {
  service: 'daftar-layanan',
  applicant_name: 'daftar-nama',
  applicant_phone: 'daftar-hp',
};

/** A walk-in request at the counter: service, applicant, the requirements seen, a note. */
export default function RegisterRequest(props: { staff: StaffRecord; onRegistered: (number: string) => void }) {
  const pb = pocketbase();
  // The office's services and their requirements, as the server took them from the build it serves.
  const [services] = createResource(() =>
    pb.collection('services').getFullList({
      filter: pb.filter('agency = {:agency} && active = true', { agency: props.staff.agency }),
      sort: 'title',
      requestKey: null,
    }),
  );
  const [serviceId, setServiceId] = createSignal('');
  const [name, setName] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [checked, setChecked] = createSignal<string[]>([]);
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const chosen = () => services()?.find((service) => service.id === serviceId());
  const errorFor = (id: string) => errors().find((error) => error.fieldId === id)?.message;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!chosen()) problems.push({ fieldId: 'daftar-layanan', message: 'Pilih layanan yang diminta.' });
    if (name().trim() === '') problems.push({ fieldId: 'daftar-nama', message: 'Tuliskan nama pemohon.' });
    if (!isPhoneNumber(phone()))
      problems.push({
        fieldId: 'daftar-hp',
        message: `Tuliskan nomor HP pemohon, misalnya ${PHONE_EXAMPLE}: 4 angka terakhirnya dipakai untuk cek status.`,
      });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const service = chosen()!;
      const created = await pb.collection('requests').create({
        service: service.id,
        agency: service.agency,
        applicant_name: name().trim(),
        applicant_phone: phone().trim(),
        requirements_checked: checked(),
        intake_note: note().trim(),
      });
      props.onRegistered(created.number);
    } catch (error) {
      setErrors(
        serverProblems(error, {
          fieldId: (field) => REGISTER_FIELD_IDS[field],
          fallback: 'daftar-layanan',
          unreachable: 'Tidak dapat terhubung ke server. Data yang diisi tetap ada; coba simpan lagi.',
          refused: (message) => `Permohonan tidak tersimpan: ${message}`,
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} novalidate>
      <ErrorSummary errors={errors()} />
      <div class={`field${errorFor('daftar-layanan') ? ' field-error' : ''}`}>
        <label for="daftar-layanan">Layanan</label>
        <Show when={errorFor('daftar-layanan')}>
          <p class="error-message">{errorFor('daftar-layanan')}</p>
        </Show>
        <select
          id="daftar-layanan"
          value={serviceId()}
          onChange={(event) => {
            setServiceId(event.currentTarget.value);
            setChecked([]);
          }}
        >
          <option value="">{services.loading ? 'Memuat layanan…' : '— Pilih layanan —'}</option>
          <For each={services()}>{(service) => <option value={service.id}>{service.title}</option>}</For>
        </select>
      </div>
      <TextField
        id="daftar-nama"
        label="Nama pemohon"
        autocomplete="off"
        value={name()}
        error={errorFor('daftar-nama')}
        onInput={setName}
      />
      <TextField
        id="daftar-hp"
        type="tel"
        inputmode="tel"
        label="Nomor HP pemohon"
        hint="4 angka terakhirnya menjadi kode cek status pemohon."
        value={phone()}
        error={errorFor('daftar-hp')}
        onInput={setPhone}
      />
      <Show when={chosen() && chosen()!.requirements.length > 0}>
        <fieldset class="field">
          <legend>Persyaratan yang sudah diperiksa di loket</legend>
          <ul class="checklist">
            <For each={chosen()!.requirements}>
              {(requirement) => (
                <li>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked().includes(requirement)}
                      onChange={(event) =>
                        setChecked(
                          event.currentTarget.checked
                            ? [...checked(), requirement]
                            : checked().filter((item) => item !== requirement),
                        )
                      }
                    />
                    <span>{requirement}</span>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
      </Show>
      <TextArea
        id="daftar-catatan"
        label="Catatan internal (boleh kosong)"
        hint="Hanya terlihat oleh petugas kantor ini."
        rows={3}
        value={note()}
        onInput={setNote}
      />
      <button class="button" type="submit" disabled={busy()}>
        {busy() ? 'Menyimpan…' : 'Daftarkan permohonan'}
      </button>
    </form>
  );
}
