// The files sent with a form — a village's proposal, a resident's application, a stock receipt —
// are photos or PDFs of at most 10 MB each: the forms check them with these rules, and the server's
// file fields take the same (pocketbase/pb_migrations/1795400500_create_proposals.js). Kept apart
// from the forms' own rules so a form that only sends documents loads no other form's rules.

export const ALLOWED_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file that is neither a photo nor a PDF, by the name the sender gave it (the form's check and the server's, after PocketBase read its content). */
export function wrongFileTypeMessage(label: string, fileName: string): string {
  return `${label}: "${fileName}" bukan foto (JPEG, PNG, WebP) atau PDF. Pilih foto atau PDF sebagai gantinya.`;
}
