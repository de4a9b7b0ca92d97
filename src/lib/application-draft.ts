// An online application as the form holds it (src/islands/application/): kept on the phone as it
// is typed, files included (device-store.ts), checked with the same rules as the server
// (src/domain/online-application.ts) and sent as the multipart body of POST /api/layanan/ajukan.
import { requirementField, type ApplicationInput, type OnlineApplication } from '../domain/online-application';
import type { PowSolution } from '../domain/proof-of-work';
import { deviceStore } from './device-store';
import type { StoredFile } from './stored-file';

export interface ApplicationDraft {
  idempotencyKey: string;
  /** The step of the form the resident was on: a reload returns there. */
  step: number;
  applicantName: string;
  applicantPhone: string;
  /** Per requirement field (syarat-N): what was written. */
  statements: Record<string, string>;
  /** Per requirement field: the files chosen. */
  documents: Record<string, StoredFile[]>;
  consent: boolean;
  updatedAt: string;
}

/** What the outbox keeps of an application until it is delivered. */
export interface QueuedApplication {
  serviceId: string;
  draft: ApplicationDraft;
}

/** Drafts and outbox per service, on this device. */
export const applicationStore = deviceStore<ApplicationDraft>('layanan-sosial-permohonan', 'permohonan');

export function emptyApplication(): ApplicationDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    applicantName: '',
    applicantPhone: '',
    statements: {},
    documents: {},
    consent: false,
    updatedAt: new Date().toISOString(),
  };
}

export function applicationInput(draft: ApplicationDraft): ApplicationInput {
  return {
    applicantName: draft.applicantName,
    applicantPhone: draft.applicantPhone,
    statements: draft.statements,
    documents: Object.fromEntries(
      Object.entries(draft.documents).map(([field, files]) => [
        field,
        files.map((file) => ({ name: file.name, type: file.type, size: file.size })),
      ]),
    ),
    consent: draft.consent,
  };
}

/** The multipart body the server takes: files in order, each with the requirement it answers. */
export function applicationFormData(
  definition: OnlineApplication,
  draft: ApplicationDraft,
  serviceId: string,
  proof: PowSolution,
): FormData {
  const form = new FormData();
  const statements = Object.fromEntries(
    definition.requirements.flatMap((requirement, index) =>
      requirement.mode === 'keterangan'
        ? [[requirementField(index), (draft.statements[requirementField(index)] ?? '').trim()]]
        : [],
    ),
  );
  const files = definition.requirements.flatMap((requirement, index) =>
    requirement.mode === 'dokumen'
      ? (draft.documents[requirementField(index)] ?? []).map((file) => ({ field: requirementField(index), file }))
      : [],
  );
  const fields: Record<string, string> = {
    service: serviceId,
    idempotency_key: draft.idempotencyKey,
    applicant_name: draft.applicantName.trim(),
    applicant_phone: draft.applicantPhone.trim(),
    statements: JSON.stringify(statements),
    document_requirements: JSON.stringify(files.map(({ field }) => field)),
    consent: draft.consent ? 'ya' : '',
    proof: JSON.stringify(proof),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const { file } of files) form.append('documents', file.blob, file.name);
  return form;
}
