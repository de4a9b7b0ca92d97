// A file a form keeps on the phone until it is sent: photos already shrunk and stripped of their
// metadata (image-resize.ts), so what is saved and uploaded is what a weak signal can carry and
// says nothing of where it was taken.
import { shrinkPhoto } from './image-resize';

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  /** Size before it was redrawn on the device; equal to size for PDFs. */
  originalSize: number;
  blob: Blob;
}

/** A chosen file ready to keep and send, or why it cannot be. */
export async function storedFileFrom(
  file: File,
  allowedTypes: readonly string[],
  maxBytes: number,
  label: string,
): Promise<StoredFile | { problem: string }> {
  if (!allowedTypes.includes(file.type))
    return {
      problem: `${label}: "${file.name}" bukan ${allowedTypes.includes('application/pdf') ? 'foto (JPEG, PNG, WebP) atau PDF' : 'foto (JPEG, PNG atau WebP)'}.`,
    };
  let blob: Blob;
  try {
    blob = await shrinkPhoto(file);
  } catch {
    // Never sent as it is: the original would carry the camera's metadata, location included.
    return {
      problem: `${label}: foto "${file.name}" tidak dapat dibaca di perangkat ini. Pilih foto lain, atau ambil ulang dengan kamera.`,
    };
  }
  if (blob.size > maxBytes)
    return { problem: `${label}: "${file.name}" lebih dari ${Math.round(maxBytes / 1024 / 1024)} MB.` };
  const name = blob === file ? file.name : `${file.name.replace(/\.[^.]+$/, '')}.jpg`;
  return {
    id: crypto.randomUUID(),
    name,
    type: blob.type || file.type,
    size: blob.size,
    originalSize: file.size,
    blob,
  };
}
