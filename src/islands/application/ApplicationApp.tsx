import { For, Match, Show, Switch, createSignal, lazy, onMount } from 'solid-js';
import { ConsentField, TextArea, TextField } from '../form/fields';
import StepFrame from '../form/StepFrame';
import CheckAnswer from '../form/CheckAnswer';
import { createStepForm } from '../form/step-form';
import DocumentPicker from '../form/DocumentPicker';
import type { DeliveryPoint } from './ApplicationConfirmation';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/document-files';
import {
  APPLICATION_LIMITS,
  applicationProblems,
  requirementField,
  requirementsByMode,
  type OnlineApplication,
} from '../../domain/online-application';
import { phoneVerifier } from '../../domain/phone';
import {
  applicationFormData,
  applicationInput,
  applicationStore,
  emptyApplication,
  type ApplicationDraft,
  type QueuedApplication,
} from '../../lib/application-draft';
import type { SendOutcome } from '../../lib/outbox';
import { sendWithProof } from '../../lib/submission';
import OutboxNotice from '../form/OutboxNotice';
import { ROUTES, routeUrl } from '../../lib/api-address';
import type { AnswerOf } from '../../domain/routes';
import { formatBytes } from '../../lib/bytes';

interface Props {
  serviceId: string;
  serviceTitle: string;
  agencyName: string;
  definition: OnlineApplication;
  /** "3 hari kerja", or null when the standard gives no completion time. */
  completionTime: string | null;
  deliveryPoints: DeliveryPoint[];
}

// The confirmation (and its QR code library) loads once an application has been delivered.
const ApplicationConfirmation = lazy(() => import('./ApplicationConfirmation'));

const STEPS = ['Data pemohon', 'Persyaratan', 'Periksa kembali'] as const;
const RETENTION_KEY = 'masa-simpan-dokumen';

/** The number of the last application sent from this device for this service (no personal data). */
const lastSentKey = (serviceId: string) => `permohonan-terkirim:${serviceId}`;

/** Sends one queued application: a proof of work bound to its key, then the upload with progress. */
function sendApplication(
  definition: OnlineApplication,
  item: { key: string; payload: QueuedApplication },
  onProgress: (sent: number, total: number) => void,
): Promise<SendOutcome<AnswerOf<typeof ROUTES.applicationSend>>> {
  return sendWithProof(
    'permohonan',
    item.key,
    ROUTES.applicationSend,
    (proof) => applicationFormData(definition, item.payload.draft, item.payload.serviceId, proof),
    onProgress,
  );
}

/**
 * Applying for a service online: the applicant, the standard's requirements as content says to
 * send them, "periksa kembali", then the outbox — offline it waits and is delivered once.
 */
export default function ApplicationApp(props: Props) {
  const [confirmation, setConfirmation] = createSignal<{ number: string; verifier: string }>();
  const [retentionDays, setRetentionDays] = createSignal<number | null>(
    Number(localStorage.getItem(RETENTION_KEY)) || null,
  );

  const documents = requirementsByMode(props.definition, 'dokumen');
  const statements = requirementsByMode(props.definition, 'keterangan');
  const brought = requirementsByMode(props.definition, 'dibawa-ke-loket');
  const fieldId = (field: string) => `ajukan-${field}`;

  const form = createStepForm<ApplicationDraft, QueuedApplication, { number: string }>({
    store: applicationStore,
    owner: props.serviceId,
    empty: emptyApplication,
    problems: (draft) => applicationProblems(props.definition, applicationInput(draft), ALLOWED_FILE_TYPES),
    stepFields: [
      ['applicant_name', 'applicant_phone'],
      props.definition.requirements.map((_, index) => requirementField(index)),
      ['consent'],
    ],
    headingId: 'ajukan-langkah-judul',
    fieldId,
    fallbackField: 'applicant_name',
    payload: (draft) => ({ serviceId: props.serviceId, draft }),
    draftOf: (payload) => payload.draft,
    send: (item, onProgress) => sendApplication(props.definition, item, onProgress),
    onSent: (payload, result) => {
      localStorage.setItem(lastSentKey(props.serviceId), result.number);
      setConfirmation({ number: result.number, verifier: phoneVerifier(payload.draft.applicantPhone) });
    },
  });
  const { current, step, errorFor, update, change } = form;

  onMount(() => {
    fetch(routeUrl(ROUTES.privacySettings))
      .then((response) => response.json())
      .then(({ documentRetentionDays }: AnswerOf<typeof ROUTES.privacySettings>) => {
        setRetentionDays(documentRetentionDays);
        localStorage.setItem(RETENTION_KEY, String(documentRetentionDays));
      })
      .catch(() => undefined);
  });

  const consentText = () =>
    `Saya setuju dokumen dan isian ini dilihat petugas ${props.agencyName} yang memproses permohonan saya, dan hanya untuk itu. ` +
    (retentionDays() !== null
      ? `Dokumen dihapus otomatis ${retentionDays()} hari setelah permohonan selesai.`
      : 'Dokumen dihapus otomatis setelah masa simpan yang ditetapkan kantor berakhir.');

  return (
    <Show when={form.draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
      <Show when={confirmation()}>
        {(sent) => (
          <ApplicationConfirmation
            number={sent().number}
            verifier={sent().verifier}
            serviceTitle={props.serviceTitle}
            completionTime={props.completionTime}
            deliveryPoints={props.deliveryPoints}
            brought={brought.map(({ requirement }) => requirement.requirement)}
            onAnother={() => setConfirmation(undefined)}
          />
        )}
      </Show>
      <Show when={form.outbox().queued > 0}>
        <OutboxNotice state={form.outbox()} what="Permohonan" onFlush={form.flush} />
      </Show>

      <Show when={!confirmation() && form.outbox().queued === 0}>
        <StepFrame
          steps={STEPS}
          step={step()}
          headingId="ajukan-langkah-judul"
          errors={form.summary()}
          returnToCheck={form.returnToCheck()}
          submitLabel="Kirim permohonan"
          onBack={() => form.go(step() - 1)}
          onNext={form.next}
          onSubmit={() => void form.submit()}
        >
          <Switch>
            <Match when={step() === 0}>
              <TextField
                id={fieldId('applicant_name')}
                label="Nama lengkap pemohon"
                hint="Seperti tertulis di KTP."
                autocomplete="name"
                value={current().applicantName}
                error={errorFor('applicant_name')}
                onInput={(applicantName) => update({ applicantName })}
              />
              <TextField
                id={fieldId('applicant_phone')}
                type="tel"
                inputmode="tel"
                label="Nomor HP yang aktif"
                hint="Untuk dihubungi petugas. 4 angka terakhirnya menjadi kode untuk cek status permohonan Anda."
                autocomplete="tel"
                value={current().applicantPhone}
                error={errorFor('applicant_phone')}
                onInput={(applicantPhone) => update({ applicantPhone })}
              />
            </Match>
            <Match when={step() === 1}>
              <p class="hint">
                Foto dari kamera ponsel diperkecil otomatis sebelum disimpan dan dikirim, supaya cepat terkirim walau
                sinyal lemah. Petunjuk di bawah tiap persyaratan adalah penjelasan situs ini.
              </p>
              <For each={documents}>
                {({ requirement, field }) => (
                  <DocumentPicker
                    id={fieldId(field)}
                    label={requirement.requirement}
                    hint={`${requirement.hint ? `${requirement.hint} ` : ''}Foto atau PDF, paling banyak ${APPLICATION_LIMITS.filesPerDocument} file.`}
                    maxFiles={APPLICATION_LIMITS.filesPerDocument}
                    allowedTypes={ALLOWED_FILE_TYPES}
                    maxBytes={MAX_FILE_BYTES}
                    files={current().documents[field] ?? []}
                    error={errorFor(field)}
                    onChange={(files) => update({ documents: { ...current().documents, [field]: files } }, true)}
                    onProblem={(message) => form.setShown([...form.shown(), { field, message }])}
                  />
                )}
              </For>
              <For each={statements}>
                {({ requirement, field }) => (
                  <TextArea
                    id={fieldId(field)}
                    label={requirement.requirement}
                    hint={requirement.hint}
                    rows={3}
                    value={current().statements[field] ?? ''}
                    error={errorFor(field)}
                    onInput={(text) => update({ statements: { ...current().statements, [field]: text } })}
                  />
                )}
              </For>
              <Show when={brought.length > 0}>
                <div class="callout">
                  <p>Dibawa ke loket saat mengambil hasil (tidak dikirim online):</p>
                  <ul>
                    <For each={brought}>{({ requirement }) => <li>{requirement.requirement}</li>}</For>
                  </ul>
                </div>
              </Show>
            </Match>
            <Match when={step() === form.checkStep}>
              <dl class="summary-list">
                <CheckAnswer label="Layanan">{props.serviceTitle}</CheckAnswer>
                <CheckAnswer label="Nama pemohon" onChange={() => change(0)}>
                  {current().applicantName}
                </CheckAnswer>
                <CheckAnswer label="Nomor HP" changeLabel="nomor HP" onChange={() => change(0)}>
                  {current().applicantPhone}
                </CheckAnswer>
                <For each={props.definition.requirements}>
                  {(requirement, index) => (
                    <CheckAnswer
                      label={requirement.requirement}
                      changeLabel={requirement.requirement}
                      onChange={requirement.mode === 'dibawa-ke-loket' ? undefined : () => change(1)}
                    >
                      <Switch>
                        <Match when={requirement.mode === 'dokumen'}>
                          {(current().documents[requirementField(index())] ?? []).length} file (
                          {formatBytes(
                            (current().documents[requirementField(index())] ?? []).reduce(
                              (sum, file) => sum + file.size,
                              0,
                            ),
                          )}
                          )
                        </Match>
                        <Match when={requirement.mode === 'keterangan'}>
                          {current().statements[requirementField(index())]}
                        </Match>
                        <Match when={requirement.mode === 'dibawa-ke-loket'}>
                          Dibawa ke loket saat mengambil hasil
                        </Match>
                      </Switch>
                    </CheckAnswer>
                  )}
                </For>
              </dl>
              <ConsentField
                id={fieldId('consent')}
                label={consentText()}
                checked={current().consent}
                error={errorFor('consent')}
                onChange={(consent) => update({ consent })}
              />
            </Match>
          </Switch>
        </StepFrame>
      </Show>
    </Show>
  );
}
