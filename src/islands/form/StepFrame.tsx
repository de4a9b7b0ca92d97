// The frame of one step of a resident's form (src/islands/form/step-form.ts): where the resident
// is, the step's heading (focused on arrival), the error summary, and the ways on.
import type { JSX } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import StepActions from './StepActions';

interface Props {
  steps: readonly string[];
  step: number;
  headingId: string;
  errors: FieldError[];
  /** Came here with "Ubah" from "periksa kembali": the way on leads back there. */
  returnToCheck: boolean;
  submitLabel: string;
  onBack: () => void;
  onNext: () => void;
  onSubmit: () => void;
  children: JSX.Element;
}

export default function StepFrame(props: Props) {
  const last = () => props.step === props.steps.length - 1;
  return (
    <section aria-labelledby={props.headingId}>
      <p class="meta">
        Langkah {props.step + 1} dari {props.steps.length}
      </p>
      <h2 id={props.headingId} tabindex="-1">
        {props.steps[props.step]}
      </h2>
      <ErrorSummary errors={props.errors} />
      {props.children}
      <StepActions
        label={last() ? props.submitLabel : props.returnToCheck ? 'Simpan dan periksa kembali' : 'Lanjut'}
        onMain={() => (last() ? props.onSubmit() : props.onNext())}
        onBack={props.step > 0 && !props.returnToCheck ? () => props.onBack() : undefined}
      />
      <p class="hint">Isian tersimpan otomatis di ponsel ini, juga tanpa sinyal.</p>
    </section>
  );
}
