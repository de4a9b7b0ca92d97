import { Match, Switch, createMemo, createSignal, onMount } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { EventStep, ImpactStep, LogisticsStep, RecipientStep, fieldId } from './steps';
import DocumentsStep from './DocumentsStep';
import CheckAnswers from './CheckAnswers';
import StepActions from '../form/StepActions';
import { dropFixedErrors } from '../form/step-form';
import { draftInput, type ProposalDraft } from '../../lib/proposal-draft';
import {
  COUNT_FIELDS,
  DOCUMENTS,
  documentProblems,
  proposalProblems,
  type DocumentField,
  type ProposalProblem,
} from '../../domain/proposal';

const STEPS = [
  {
    title: 'Kejadian bencana',
    fields: ['disaster_type', 'disaster_type_other', 'occurred_at', 'location_note', 'location_lat', 'chronology'],
  },
  { title: 'Korban dan kerugian', fields: [...Object.keys(COUNT_FIELDS), 'public_facilities', 'other_losses'] },
  { title: 'Kebutuhan logistik', fields: ['logistics'] },
  { title: 'Tujuan dan kontak', fields: ['recipient', 'contact_name', 'contact_phone'] },
  { title: 'Dokumen', fields: DOCUMENTS.map((document) => document.field as string) },
];
const CHECK_STEP = STEPS.length;

export interface Place {
  villageName: string;
  kecamatanName: string;
  lambungSosial: boolean;
  center: { lat: number; lon: number } | undefined;
}

interface Props {
  draft: ProposalDraft;
  place: Place;
  /** Problems the server reported for this draft, shown until it changes. */
  serverProblems: ProposalProblem[];
  update: (patch: Partial<ProposalDraft>) => void;
  submit: () => void;
  /** Take focus to the step's heading when shown (after signing in, or a new form after sending). */
  focusHeading?: boolean;
}

/** The proposal form in steps, then "periksa kembali", then send. */
export default function ProposalWizard(props: Props) {
  // Back at the step the operator was on (kept in the draft), or at "periksa kembali" with the server's reasons.
  const [step, setStep] = createSignal(
    props.serverProblems.length > 0 ? CHECK_STEP : Math.min(Math.max(Math.trunc(props.draft.step ?? 0), 0), CHECK_STEP),
  );
  const [shown, setShown] = createSignal<ProposalProblem[]>(props.serverProblems);
  const [returnToCheck, setReturnToCheck] = createSignal(false);

  const allProblems = createMemo(() => [
    ...proposalProblems(draftInput(props.draft), { now: new Date(), lambungSosial: props.place.lambungSosial }),
    ...DOCUMENTS.flatMap((document) => documentProblems(document.field, props.draft.documents[document.field])),
  ]);
  // An error goes as soon as the change that fixed it is made (src/islands/form/step-form.ts).
  dropFixedErrors(allProblems, shown, setShown);
  const errorsByField = createMemo(() =>
    Object.fromEntries([...shown()].reverse().map((problem) => [problem.field, problem.message])),
  );
  const summary = (): FieldError[] =>
    shown().map((problem) => ({
      fieldId: fieldId(problem.field === 'location_lon' ? 'location_lat' : problem.field),
      message: problem.message,
    }));

  const focusHeading = () => document.getElementById('langkah-judul')?.focus();
  onMount(() => {
    if (props.focusHeading) focusHeading();
  });

  function go(next: number) {
    setShown([]);
    setStep(next);
    props.update({ step: next });
    queueMicrotask(focusHeading);
  }

  function next() {
    const fields = STEPS[step()]!.fields;
    const problems = allProblems().filter((problem) => fields.includes(problem.field));
    if (problems.length > 0) return setShown(problems);
    go(returnToCheck() ? CHECK_STEP : step() + 1);
  }

  function send() {
    if (allProblems().length > 0) return setShown(allProblems());
    props.submit();
  }

  return (
    <div>
      <p class="steps-indicator">
        {step() < CHECK_STEP
          ? `Langkah ${step() + 1} dari ${STEPS.length + 1}`
          : `Langkah ${CHECK_STEP + 1} dari ${STEPS.length + 1}`}
      </p>
      <h2 id="langkah-judul" tabindex="-1">
        {step() < CHECK_STEP ? STEPS[step()]!.title : 'Periksa kembali sebelum mengirim'}
      </h2>
      <ErrorSummary errors={summary()} />
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step() < CHECK_STEP) next();
          else send();
        }}
      >
        <Switch>
          <Match when={step() === 0}>
            <EventStep
              draft={props.draft}
              update={props.update}
              errors={errorsByField()}
              villageCenter={props.place.center}
            />
          </Match>
          <Match when={step() === 1}>
            <ImpactStep draft={props.draft} update={props.update} errors={errorsByField()} />
          </Match>
          <Match when={step() === 2}>
            <LogisticsStep draft={props.draft} update={props.update} errors={errorsByField()} />
          </Match>
          <Match when={step() === 3}>
            <RecipientStep
              draft={props.draft}
              update={props.update}
              errors={errorsByField()}
              lambungSosial={props.place.lambungSosial}
              kecamatanName={props.place.kecamatanName}
            />
          </Match>
          <Match when={step() === 4}>
            <DocumentsStep
              draft={props.draft}
              update={props.update}
              errors={errorsByField()}
              onFileProblem={(field: DocumentField, message: string) => setShown([{ field, message }])}
            />
          </Match>
          <Match when={step() === CHECK_STEP}>
            <CheckAnswers
              draft={props.draft}
              kecamatanName={props.place.kecamatanName}
              onChange={(target) => {
                setReturnToCheck(true);
                go(target);
              }}
            />
            <p>
              Dengan mengirim, Anda menyatakan data ini benar. Lampiran KK dan KTP hanya dapat dibuka petugas Dinas
              Sosial dan Camat yang dituju.
            </p>
          </Match>
        </Switch>
        <StepActions
          label={step() === CHECK_STEP ? 'Kirim usulan' : returnToCheck() ? 'Simpan dan periksa kembali' : 'Lanjut'}
          onBack={step() > 0 && !returnToCheck() ? () => go(step() - 1) : undefined}
        />
      </form>
      <p class="hint">Isian tersimpan otomatis di ponsel ini, juga tanpa sinyal.</p>
    </div>
  );
}
