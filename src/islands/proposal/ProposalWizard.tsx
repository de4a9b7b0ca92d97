import { Match, Switch, createMemo, onMount } from 'solid-js';
import ErrorSummary from '../ErrorSummary';
import { EventStep, ImpactStep, LogisticsStep, RecipientStep } from './steps';
import DocumentsStep from './DocumentsStep';
import CheckAnswers from './CheckAnswers';
import StepActions from '../form/StepActions';
import { STEPS, type ProposalForm } from './proposal-form';
import type { DocumentField } from '../../domain/proposal';
import type { Place } from './operator';

const CHECK_STEP = STEPS.length;

interface Props {
  /** The form's state, drafts and outbox (createStepForm, made by OperatorDesk.tsx). */
  form: ProposalForm;
  place: Place;
  /** Take focus to the step's heading when shown (just signed in). */
  focusHeading?: boolean;
}

/** The proposal form in steps, then "periksa kembali", then send. */
export default function ProposalWizard(props: Props) {
  const form = props.form;
  const { step, current: draft, update } = form;
  const errorsByField = createMemo(() =>
    Object.fromEntries([...form.shown()].reverse().map((problem) => [problem.field, problem.message])),
  );
  onMount(() => {
    if (props.focusHeading) document.getElementById('langkah-judul')?.focus();
  });

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
      <ErrorSummary errors={form.summary()} />
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step() < CHECK_STEP) form.next();
          else void form.submit();
        }}
      >
        <Switch>
          <Match when={step() === 0}>
            <EventStep draft={draft()} update={update} errors={errorsByField()} place={props.place} />
          </Match>
          <Match when={step() === 1}>
            <ImpactStep draft={draft()} update={update} errors={errorsByField()} />
          </Match>
          <Match when={step() === 2}>
            <LogisticsStep draft={draft()} update={update} errors={errorsByField()} />
          </Match>
          <Match when={step() === 3}>
            <RecipientStep
              draft={draft()}
              update={update}
              errors={errorsByField()}
              lambungSosial={props.place.lambungSosial}
              kecamatanName={props.place.kecamatanName}
            />
          </Match>
          <Match when={step() === 4}>
            <DocumentsStep
              draft={draft()}
              update={update}
              errors={errorsByField()}
              onFileProblem={(field: DocumentField, message: string) => form.setShown([{ field, message }])}
            />
          </Match>
          <Match when={step() === CHECK_STEP}>
            <CheckAnswers draft={draft()} kecamatanName={props.place.kecamatanName} onChange={form.change} />
            <p>
              Dengan mengirim, Anda menyatakan data ini benar. Lampiran KK dan KTP hanya dapat dibuka petugas Dinas
              Sosial dan Camat yang dituju.
            </p>
          </Match>
        </Switch>
        <StepActions
          label={
            step() === CHECK_STEP ? 'Kirim usulan' : form.returnToCheck() ? 'Simpan dan periksa kembali' : 'Lanjut'
          }
          onBack={step() > 0 && !form.returnToCheck() ? () => form.go(step() - 1) : undefined}
        />
      </form>
      <p class="hint">Isian tersimpan otomatis di ponsel ini, juga tanpa sinyal.</p>
    </div>
  );
}
