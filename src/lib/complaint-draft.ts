// A complaint as its form holds it (src/islands/complaint/): kept on the phone as it is typed,
// photo included (device-store.ts), checked with the same rules as the server
// (src/domain/complaints.ts) and sent as the multipart body of POST /api/pengaduan/kirim.
import type {
  ComplaintIdentity,
  ComplaintInput,
  ComplaintKind,
  ReplyChannel,
  SanggahInput,
} from '../domain/complaints';
import type { PowSolution } from '../domain/proof-of-work';
import { deviceStore } from './device-store';
import type { StoredFile } from './stored-file';

export interface ComplaintDraft {
  idempotencyKey: string;
  /** The step of the form the resident was on: a reload returns there. */
  step: number;
  kind: ComplaintKind | '';
  /** Office slug. */
  agency: string;
  /** Service slug, or '' for none in particular. */
  service: string;
  description: string;
  /** At most one photo, already redrawn without its metadata. */
  photo: StoredFile[];
  identity: ComplaintIdentity | '';
  name: string;
  phone: string;
  email: string;
  verifierDigits: string;
  replyChannel: ReplyChannel | '';
  /** The request or proposal it is about, with the verifier it was looked up with on this device. */
  about: { number: string; verifier: string } | null;
  /** Whom a sanggah names (kept while another kind is chosen; sent only with a sanggah). Absent in older drafts. */
  sanggah?: SanggahInput;
  consent: boolean;
  updatedAt: string;
}

export const EMPTY_SANGGAH: SanggahInput = { village: '', rt: '', rw: '', name: '', reason: '' };

/** What the outbox keeps of a complaint until it is delivered. */
export interface QueuedComplaint {
  draft: ComplaintDraft;
}

/** The draft and outbox of this device's complaint form. */
export const complaintStore = deviceStore<ComplaintDraft>('layanan-sosial-pengaduan', 'pengaduan');
export const COMPLAINT_OWNER = 'pengaduan';

export function emptyComplaint(): ComplaintDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    kind: '',
    agency: '',
    service: '',
    description: '',
    photo: [],
    identity: '',
    name: '',
    phone: '',
    email: '',
    verifierDigits: '',
    replyChannel: '',
    about: null,
    consent: false,
    updatedAt: new Date().toISOString(),
  };
}

/** Only what the chosen identity may carry: an anonymous complaint sends no name or contact. */
export function complaintInput(draft: ComplaintDraft): ComplaintInput {
  const anonymous = draft.identity === 'anonim';
  const photo = draft.photo[0];
  return {
    kind: draft.kind,
    identity: draft.identity,
    agency: draft.agency,
    description: draft.description,
    replyChannel: anonymous ? 'halaman-status' : draft.replyChannel,
    name: anonymous ? '' : draft.name,
    phone: anonymous ? '' : draft.phone,
    email: anonymous ? '' : draft.email,
    verifierDigits: anonymous ? draft.verifierDigits : '',
    photo: photo ? { name: photo.name, type: photo.type, size: photo.size } : null,
    aboutNumber: draft.about?.number ?? null,
    sanggah: draft.kind === 'sanggah' ? (draft.sanggah ?? EMPTY_SANGGAH) : null,
    consent: draft.consent,
  };
}

export function complaintFormData(draft: ComplaintDraft, proof: PowSolution): FormData {
  const input = complaintInput(draft);
  const form = new FormData();
  const fields: Record<string, string> = {
    idempotency_key: draft.idempotencyKey,
    kind: input.kind,
    identity: input.identity,
    agency: draft.agency,
    service: draft.service,
    description: input.description.trim(),
    reply_channel: input.replyChannel,
    name: input.name.trim(),
    phone: input.phone.trim(),
    email: input.email.trim(),
    verifier_digits: input.verifierDigits.trim(),
    about_number: draft.about?.number ?? '',
    about_verifier: draft.about?.verifier ?? '',
    sanggah_village: input.sanggah?.village ?? '',
    sanggah_rt: input.sanggah?.rt.trim() ?? '',
    sanggah_rw: input.sanggah?.rw.trim() ?? '',
    sanggah_name: input.sanggah?.name.trim() ?? '',
    sanggah_reason: input.sanggah?.reason ?? '',
    consent: draft.consent ? 'ya' : '',
    proof: JSON.stringify(proof),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const photo = draft.photo[0];
  if (photo) form.append('photo', photo.blob, photo.name);
  return form;
}
