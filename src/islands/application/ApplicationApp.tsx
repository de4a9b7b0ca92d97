import { For, Match, Show, Switch, createMemo, createSignal, lazy, onCleanup, onMount } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { TextArea, TextField } from '../form/fields';
import DocumentPicker from '../form/DocumentPicker';
import type { DeliveryPoint } from './ApplicationConfirmation';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/proposal';
import { APPLICATION_LIMITS, applicationProblems, requirementField, requirementsByMode, type ApplicationProblem, type OnlineApplication } from '../../domain/online-application';
import { phoneVerifier } from '../../domain/phone';
import { applicationFormData, applicationInput, applicationStore, emptyApplication, type ApplicationDraft, type QueuedApplication } from '../../lib/application-draft';
import { createOutbox, type Outbox, type OutboxState, type SendOutcome } from '../../lib/outbox';
import { uploadRecord } from '../../lib/upload';
import { apiUrl } from '../../lib/api-address';
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
const CHECK_STEP = 2;
const RETENTION_KEY = 'masa-simpan-dokumen';

/** The number of the last application sent from this device for this service (no personal data). */
const lastSentKey = (serviceId: string) => `permohonan-terkirim:${serviceId}`;

/** Sends one queued application: a proof of work bound to its key, then the upload with progress. */
async function sendApplication(definition: OnlineApplication, item: { key: string; payload: QueuedApplication }, onProgress: (sent: number, total: number) => void): Promise<SendOutcome<{ number: string }>> {
  let challenge;
  try {
    const response = await fetch(apiUrl('api/layanan/tantangan'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key: item.key }) });
    if (!response.ok) return { kind: 'retry-later', reason: `Server menjawab ${response.status}` };
    challenge = (await response.json()).challenge;
  } catch {
    return { kind: 'retry-later', reason: 'Tidak ada sambungan' };
  }
  const { solveChallenge } = await import('../../lib/proof-of-work-solver');
  const proof = await solveChallenge(challenge);
  return uploadRecord<{ number: string }>(apiUrl('api/layanan/ajukan'), applicationFormData(definition, item.payload.draft, item.payload.serviceId, proof), null, onProgress);
}

/**
 * Applying for a service online: the applicant, the standard's requirements as content says to
 * send them, "periksa kembali", then the outbox — offline it waits and is delivered once.
 */
export default function ApplicationApp(props: Props) {
  const [draft, setDraft] = createSignal<ApplicationDraft>();
  const [shown, setShown] = createSignal<ApplicationProblem[]>([]);
  const [returnToCheck, setReturnToCheck] = createSignal(false);
  const [outbox, setOutbox] = createSignal<OutboxState>({ queued: 0, sending: null, waitingReason: null, needsSignIn: false });
  const [confirmation, setConfirmation] = createSignal<{ number: string; verifier: string }>();
  const [retentionDays, setRetentionDays] = createSignal<number | null>(Number(localStorage.getItem(RETENTION_KEY)) || null);
  let queue: Outbox<QueuedApplication> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const documents = requirementsByMode(props.definition, 'dokumen');
  const statements = requirementsByMode(props.definition, 'keterangan');
  const brought = requirementsByMode(props.definition, 'dibawa-ke-loket');
  const stepFields: string[][] = [['applicant_name', 'applicant_phone'], props.definition.requirements.map((_, index) => requirementField(index)), ['consent']];

  const current = () => draft()!;
  const step = () => current().step;
  const allProblems = createMemo(() => (draft() ? applicationProblems(props.definition, applicationInput(current()), ALLOWED_FILE_TYPES) : []));
  const errorFor = (field: string) => [...shown()].reverse().find((problem) => problem.field === field)?.message;
  const summary = (): FieldError[] => shown().map((problem) => ({ fieldId: fieldId(problem.field), message: problem.message }));
  const fieldId = (field: string) => `ajukan-${field}`;

  const persist = () => {
    clearTimeout(saveTimer);
    if (draft()) void applicationStore.saveDraft(props.serviceId, current());
  };
  function update(patch: Partial<ApplicationDraft>) {
    setDraft({ ...current(), ...patch, updatedAt: new Date().toISOString() });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 250);
  }

  function go(next: number) {
    setShown([]);
    update({ step: next });
    persist();
    queueMicrotask(() => document.getElementById('ajukan-langkah-judul')?.focus());
  }
  function next() {
    const problems = allProblems().filter((problem) => stepFields[step()]!.includes(problem.field));
    if (problems.length > 0) return setShown(problems);
    go(returnToCheck() ? CHECK_STEP : step() + 1);
  }
  function change(target: number) {
    setReturnToCheck(true);
    go(target);
  }

  async function submit() {
    const problems = allProblems();
    if (problems.length > 0) return setShown(problems);
    const sent = current();
    const fresh = emptyApplication();
    await applicationStore.saveDraft(props.serviceId, fresh);
    setDraft(fresh);
    setReturnToCheck(false);
    await queue?.enqueue(sent.idempotencyKey, { serviceId: props.serviceId, draft: sent });
  }

  onMount(async () => {
    fetch(apiUrl('api/layanan/ketentuan'))
      .then((response) => response.json())
      .then(({ documentRetentionDays }: { documentRetentionDays: number }) => {
        setRetentionDays(documentRetentionDays);
        localStorage.setItem(RETENTION_KEY, String(documentRetentionDays));
      })
      .catch(() => undefined);
    setDraft((await applicationStore.loadDraft(props.serviceId)) ?? emptyApplication());
    queue = createOutbox<QueuedApplication, { number: string }>({
      storage: applicationStore.outbox<QueuedApplication>(props.serviceId),
      send: (item, onProgress) => sendApplication(props.definition, item, onProgress),
      onChange: setOutbox,
      onSent: (item, result) => {
        localStorage.setItem(lastSentKey(props.serviceId), result.number);
        setConfirmation({ number: result.number, verifier: phoneVerifier(item.payload.draft.applicantPhone) });
      },
      onRefused: (item, refusal) => {
        // Back to "periksa kembali" with the server's reasons and everything as typed.
        setDraft({ ...item.payload.draft, step: CHECK_STEP });
        persist();
        setShown(refusal.problems.length > 0 ? refusal.problems : [{ field: 'applicant_name', message: refusal.message }]);
      },
    });
    window.addEventListener('pagehide', persist);
    await queue.start();
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', persist);
    queue?.dispose();
    persist();
  });

  const consentText = () =>
    `Saya setuju dokumen dan isian ini dilihat petugas ${props.agencyName} yang memproses permohonan saya, dan hanya untuk itu. ` +
    (retentionDays() !== null
      ? `Dokumen dihapus otomatis ${retentionDays()} hari setelah permohonan selesai.`
      : 'Dokumen dihapus otomatis setelah masa simpan yang ditetapkan kantor berakhir.');

  return (
    <Show when={draft()} fallback={<p class="hint">Memuat isian tersimpan…</p>}>
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
      <Show when={outbox().queued > 0}>
        <div class={`outbox${outbox().sending ? '' : ' outbox-waiting'}`} role="status">
          <Show
            when={outbox().sending}
            fallback={
              <>
                <p>
                  <strong>Menunggu sinyal — akan terkirim otomatis.</strong> Permohonan Anda tersimpan di ponsel ini dan dikirim begitu ada sambungan, juga bila halaman ini ditutup lalu dibuka lagi.
                </p>
                <Show when={outbox().waitingReason}>
                  <p class="hint">Percobaan terakhir: {outbox().waitingReason}.</p>
                </Show>
                <button type="button" class="button secondary" onClick={() => void queue?.flush()}>
                  Coba kirim sekarang
                </button>
              </>
            }
          >
            {(sending) => (
              <>
                <p>
                  <strong>Mengirim permohonan… {Math.round((sending().sent / Math.max(1, sending().total)) * 100)}%</strong>
                </p>
                <progress max={sending().total} value={sending().sent} aria-label="Kemajuan pengiriman permohonan" />
              </>
            )}
          </Show>
        </div>
      </Show>

      <Show when={!confirmation() && outbox().queued === 0}>
        <section aria-labelledby="ajukan-langkah-judul">
          <p class="meta">
            Langkah {step() + 1} dari {STEPS.length}
          </p>
          <h2 id="ajukan-langkah-judul" tabindex="-1">
            {STEPS[step()]}
          </h2>
          <ErrorSummary errors={summary()} />
          <Switch>
            <Match when={step() === 0}>
              <TextField id={fieldId('applicant_name')} label="Nama lengkap pemohon" hint="Seperti tertulis di KTP." autocomplete="name" value={current().applicantName} error={errorFor('applicant_name')} onInput={(applicantName) => update({ applicantName })} />
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
              <p class="hint">Foto dari kamera ponsel diperkecil otomatis sebelum disimpan dan dikirim, supaya cepat terkirim walau sinyal lemah. Petunjuk di bawah tiap persyaratan adalah penjelasan situs ini.</p>
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
                    onChange={(files) => update({ documents: { ...current().documents, [field]: files } })}
                    onProblem={(message) => setShown([...shown(), { field, message }])}
                  />
                )}
              </For>
              <For each={statements}>
                {({ requirement, field }) => (
                  <TextArea id={fieldId(field)} label={requirement.requirement} hint={requirement.hint} rows={3} value={current().statements[field] ?? ''} error={errorFor(field)} onInput={(text) => update({ statements: { ...current().statements, [field]: text } })} />
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
            <Match when={step() === CHECK_STEP}>
              <dl class="summary-list">
                <div>
                  <dt>Layanan</dt>
                  <dd>{props.serviceTitle}</dd>
                </div>
                <div>
                  <dt>Nama pemohon</dt>
                  <dd>{current().applicantName}</dd>
                  <dd>
                    <button type="button" class="link-button" onClick={() => change(0)}>
                      Ubah<span class="visually-hidden"> nama pemohon</span>
                    </button>
                  </dd>
                </div>
                <div>
                  <dt>Nomor HP</dt>
                  <dd>{current().applicantPhone}</dd>
                  <dd>
                    <button type="button" class="link-button" onClick={() => change(0)}>
                      Ubah<span class="visually-hidden"> nomor HP</span>
                    </button>
                  </dd>
                </div>
                <For each={props.definition.requirements}>
                  {(requirement, index) => (
                    <div>
                      <dt>{requirement.requirement}</dt>
                      <dd>
                        <Switch>
                          <Match when={requirement.mode === 'dokumen'}>
                            {(current().documents[requirementField(index())] ?? []).length} file ({formatBytes((current().documents[requirementField(index())] ?? []).reduce((sum, file) => sum + file.size, 0))})
                          </Match>
                          <Match when={requirement.mode === 'keterangan'}>{current().statements[requirementField(index())]}</Match>
                          <Match when={requirement.mode === 'dibawa-ke-loket'}>Dibawa ke loket saat mengambil hasil</Match>
                        </Switch>
                      </dd>
                      <Show when={requirement.mode !== 'dibawa-ke-loket'}>
                        <dd>
                          <button type="button" class="link-button" onClick={() => change(1)}>
                            Ubah<span class="visually-hidden"> {requirement.requirement}</span>
                          </button>
                        </dd>
                      </Show>
                    </div>
                  )}
                </For>
              </dl>
              <div class={`field${errorFor('consent') ? ' field-error' : ''}`}>
                <Show when={errorFor('consent')}>
                  <p class="error-message" id={`${fieldId('consent')}-kesalahan`}>
                    {errorFor('consent')}
                  </p>
                </Show>
                <label class="checkbox">
                  <input
                    id={fieldId('consent')}
                    type="checkbox"
                    checked={current().consent}
                    aria-describedby={errorFor('consent') ? `${fieldId('consent')}-kesalahan` : undefined}
                    onChange={(event) => update({ consent: event.currentTarget.checked })}
                  />
                  <span>{consentText()}</span>
                </label>
              </div>
            </Match>
          </Switch>
          <p class="form-actions">
            <Show when={step() > 0 && !returnToCheck()}>
              <button type="button" class="button secondary" onClick={() => go(step() - 1)}>
                Kembali
              </button>{' '}
            </Show>
            <Show when={step() < CHECK_STEP} fallback={<button type="button" class="button" onClick={() => void submit()}>Kirim permohonan</button>}>
              <button type="button" class="button" onClick={next}>
                {returnToCheck() ? 'Simpan dan periksa kembali' : 'Lanjut'}
              </button>
            </Show>
          </p>
          <p class="hint">Isian tersimpan otomatis di ponsel ini, juga tanpa sinyal.</p>
        </section>
      </Show>
    </Show>
  );
}
