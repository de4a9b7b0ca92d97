import { For, Show, createEffect, createSignal, on } from 'solid-js';
import { RadioGroup, TextField } from '../form/fields';
import DocumentPicker from '../form/DocumentPicker';
import OutboxNotice from '../form/OutboxNotice';
import StepFrame from '../form/StepFrame';
import { createStepForm } from '../form/step-form';
import { pocketbase } from '../../lib/pocketbase-client';
import { apiUrl } from '../../lib/api-address';
import { uploadRecord } from '../../lib/upload';
import { deliberationStore } from '../../lib/household-store';
import {
  chosenOutcomes,
  deliberationFormData,
  deliberationInput,
  emptyDeliberationDraft,
  type DeliberationDraft,
  type WaitingHousehold,
} from '../../lib/deliberation-draft';
import { BATCH_LIMITS, DELIBERATION_OPEN_STATUSES, MINUTES_TYPES, batchProblems } from '../../domain/household-batch';
import { DELIBERATION_WAYS, type DeliberationWay } from '../../domain/household-proposal';
import { MAX_FILE_BYTES } from '../../domain/document-files';

const fieldId = (field: string) => `musyawarah-${field}`;
const FIELDS = ['way', 'held_on', 'attending', 'minutes', 'outcomes'];

interface DeliberationOptions {
  operatorId: string;
  villageId: string;
  sptjmAllowed: boolean;
  onSent: () => void;
}

/**
 * The deliberation's draft and outbox, kept by the desk rather than by the form on screen: a queued
 * deliberation is sent while the operator records households, and "Keluar" deletes both.
 */
export function createDeliberationForm(options: DeliberationOptions) {
  const pb = pocketbase();
  const [recorded, setRecorded] = createSignal<{ agreed: number; notAgreed: number }>();
  const form = createStepForm<DeliberationDraft, { draft: DeliberationDraft; villageId: string }, { id: string }>({
    store: deliberationStore,
    owner: options.operatorId,
    empty: emptyDeliberationDraft,
    problems: (draft) =>
      batchProblems(deliberationInput(draft), { sptjmAllowed: options.sptjmAllowed, now: new Date() }),
    stepFields: [FIELDS],
    headingId: 'musyawarah-judul',
    fieldId,
    fallbackField: 'outcomes',
    staysOpen: true,
    payload: (draft) => ({ draft, villageId: options.villageId }),
    draftOf: (payload) => payload.draft,
    send: async (item, onProgress) =>
      pb.authStore.isValid
        ? uploadRecord<{ id: string }>(
            apiUrl('api/collections/household_batches/records'),
            deliberationFormData(item.payload.draft, item.payload.villageId),
            pb.authStore.token,
            onProgress,
          )
        : { kind: 'signed-out' },
    onSent: ({ draft: delivered }) => {
      const outcomes = chosenOutcomes(delivered);
      setRecorded({
        agreed: outcomes.filter((outcome) => outcome.agreed).length,
        notAgreed: outcomes.filter((outcome) => !outcome.agreed).length,
      });
      options.onSent();
    },
  });
  return { ...form, recorded };
}

/**
 * The village's deliberation on its households (musdes/muskel, or an SPTJM where the office allows
 * one): the way, the date, how many attended, the minutes, and each household's outcome — agreed, or
 * not agreed with the reason. Kept on the phone as it is filled in; offline it waits in the outbox
 * and is delivered once. The households waiting are those last fetched, so it opens without signal.
 */
export default function DeliberationForm(props: {
  form: ReturnType<typeof createDeliberationForm>;
  sptjmAllowed: boolean;
}) {
  const pb = pocketbase();
  const { form } = props;
  const recorded = form.recorded;
  const ways = () =>
    (Object.entries(DELIBERATION_WAYS) as [DeliberationWay, string][]).filter(
      ([way]) => way !== 'sptjm' || props.sptjmAllowed,
    );
  const { current, errorFor, update } = form;

  // The households waiting for a deliberation, fetched when there is signal; the draft keeps them for offline use.
  createEffect(
    on(
      () => form.draft() !== undefined,
      (loaded) => {
        if (!loaded) return;
        pb.collection('household_proposals')
          .getList<WaitingHousehold>(1, BATCH_LIMITS.households, {
            filter: DELIBERATION_OPEN_STATUSES.map((status) => `status = "${status}"`).join(' || '),
            sort: 'received_at',
            fields: 'id,number,head_name,rt,rw,note_for_village',
            skipTotal: true,
            requestKey: null,
          })
          .then(({ items }) => {
            const kept = Object.fromEntries(
              Object.entries(current().outcomes).filter(([id]) => items.some((household) => household.id === id)),
            );
            update({ waiting: items, outcomes: kept }, true);
          })
          .catch(() => undefined);
      },
    ),
  );
  const outcomeOf = (id: string) => current().outcomes[id] ?? { choice: '' as const, reason: '' };
  const setOutcome = (id: string, patch: Partial<{ choice: '' | 'setuju' | 'tidak'; reason: string }>) =>
    update({ outcomes: { ...current().outcomes, [id]: { ...outcomeOf(id), ...patch } } });

  return (
    <Show when={form.draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
      <Show when={recorded()}>
        {(done) => (
          <p class="callout" role="status">
            Musyawarah tercatat: {done().agreed} keluarga disepakati, {done().notAgreed} tidak disepakati. Yang
            disepakati kini menunggu verifikasi Dinas Sosial.
          </p>
        )}
      </Show>
      <Show when={form.outbox().queued > 0}>
        <OutboxNotice state={form.outbox()} what="Musyawarah" onFlush={form.flush} />
      </Show>
      <StepFrame
        steps={['Musyawarah desa/kelurahan']}
        step={0}
        headingId="musyawarah-judul"
        errors={form.summary()}
        returnToCheck={false}
        submitLabel="Simpan dan kirim musyawarah"
        onBack={() => undefined}
        onNext={form.next}
        onSubmit={() => void form.submit()}
      >
        <RadioGroup
          id={fieldId('way')}
          name="musyawarah-cara"
          label="Cara penetapan"
          hint={
            props.sptjmAllowed
              ? undefined
              : 'Dinas Sosial kabupaten ini tidak mengizinkan SPTJM menggantikan musyawarah.'
          }
          value={current().way}
          options={ways().map(([value, label]) => ({ value, label }))}
          error={errorFor('way')}
          onChange={(way) => update({ way: way as DeliberationWay })}
        />
        <TextField
          id={fieldId('held_on')}
          type="date"
          label={current().way === 'sptjm' ? 'Tanggal SPTJM ditandatangani' : 'Tanggal musyawarah'}
          value={current().held_on}
          error={errorFor('held_on')}
          onInput={(held_on) => update({ held_on })}
        />
        <Show when={current().way !== 'sptjm'}>
          <TextField
            id={fieldId('attending')}
            label="Jumlah yang hadir"
            hint="Seperti di daftar hadir musyawarah."
            inputmode="numeric"
            class="input-short"
            value={current().attending}
            error={errorFor('attending')}
            onInput={(attending) => update({ attending })}
          />
        </Show>
        <DocumentPicker
          id={fieldId('minutes')}
          label={current().way === 'sptjm' ? 'SPTJM yang ditandatangani' : 'Berita acara musyawarah'}
          hint="Foto atau PDF. Foto diperkecil dan data tersembunyinya dihapus di ponsel ini; hanya petugas Dinas Sosial yang dapat membukanya."
          maxFiles={BATCH_LIMITS.minutesFiles}
          allowedTypes={MINUTES_TYPES}
          maxBytes={MAX_FILE_BYTES}
          files={current().minutes}
          error={errorFor('minutes')}
          onChange={(minutes) => update({ minutes }, true)}
          onProblem={(message) => form.setShown([...form.shown(), { field: 'minutes', message }])}
        />
        <h3 id={fieldId('outcomes')} tabindex="-1">
          Keluarga yang dibahas
        </h3>
        <Show when={errorFor('outcomes')}>
          <p class="error-message">{errorFor('outcomes')}</p>
        </Show>
        <Show
          when={current().waiting.length > 0}
          fallback={<p>Tidak ada usulan yang menunggu musyawarah. Catat keluarganya dulu.</p>}
        >
          <p class="hint">Lewati keluarga yang tidak dibahas di musyawarah ini.</p>
          <For each={current().waiting}>
            {(household) => (
              <div class="deliberation-household">
                <RadioGroup
                  id={fieldId(`hasil-${household.id}`)}
                  name={`musyawarah-hasil-${household.id}`}
                  label={`${household.number} — ${household.head_name} (RT ${household.rt}/RW ${household.rw})`}
                  hint={household.note_for_village ? `Catatan: ${household.note_for_village}` : undefined}
                  value={outcomeOf(household.id).choice}
                  options={[
                    { value: 'setuju', label: 'Disepakati' },
                    { value: 'tidak', label: 'Tidak disepakati' },
                    { value: '', label: 'Tidak dibahas' },
                  ]}
                  onChange={(choice) => setOutcome(household.id, { choice: choice as '' | 'setuju' | 'tidak' })}
                />
                <Show when={outcomeOf(household.id).choice === 'tidak'}>
                  <TextField
                    id={fieldId(`alasan-${household.id}`)}
                    label={`Alasan tidak disepakati (${household.number})`}
                    hint="Dibaca operator desa di daftar usulan."
                    value={outcomeOf(household.id).reason}
                    onInput={(reason) => setOutcome(household.id, { reason })}
                  />
                </Show>
              </div>
            )}
          </For>
        </Show>
      </StepFrame>
    </Show>
  );
}
