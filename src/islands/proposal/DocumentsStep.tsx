import { For } from 'solid-js';
import type { StepProps } from './steps';
import { fieldId } from './proposal-form';
import DocumentPicker from '../form/DocumentPicker';
import { DOCUMENTS, type DocumentField } from '../../domain/proposal';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/document-files';

/** The four documents of a proposal. Photos are shrunk on the phone as they are added. */
export default function DocumentsStep(
  props: StepProps & { onFileProblem: (field: DocumentField, message: string) => void },
) {
  return (
    <>
      <p class="hint">
        Foto dari kamera ponsel diperkecil otomatis (sisi terpanjang sekitar 1.600 piksel) sebelum disimpan dan dikirim,
        supaya cepat terkirim walau sinyal lemah.
      </p>
      <For each={DOCUMENTS}>
        {(document) => (
          <DocumentPicker
            id={fieldId(document.field)}
            label={document.label}
            hint={`Foto atau PDF, paling banyak ${document.maxFiles} file.`}
            maxFiles={document.maxFiles}
            allowedTypes={ALLOWED_FILE_TYPES}
            maxBytes={MAX_FILE_BYTES}
            files={props.draft.documents[document.field]}
            error={props.errors[document.field]}
            onChange={(files) =>
              props.update({ documents: { ...props.draft.documents, [document.field]: files } }, true)
            }
            onProblem={(message) => props.onFileProblem(document.field, message)}
          />
        )}
      </For>
    </>
  );
}
