// A file a form keeps on the phone until it is sent: photos already shrunk (image-resize.ts), so
// what is saved and uploaded is what a weak signal can carry.
import { shrinkPhoto } from './image-resize';

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  /** Size before it was shrunk on the device; equal to size for PDFs and small photos. */
  originalSize: number;
  blob: Blob;
}

/** A chosen file ready to keep and send, or why it cannot be. */
export async function storedFileFrom(file: File, allowedTypes: readonly string[], maxBytes: number, label: string): Promise<StoredFile | { problem: string }> {
  if (!allowedTypes.includes(file.type)) return { problem: `${label}: "${file.name}" bukan foto (JPEG, PNG, WebP) atau PDF.` };
  const blob = await shrinkPhoto(file).catch(() => file);
  if (blob.size > maxBytes) return { problem: `${label}: "${file.name}" lebih dari ${Math.round(maxBytes / 1024 / 1024)} MB.` };
  const name = blob === file ? file.name : file.name.replace(/\.[^.]+$/, '') + '.jpg';
  return { id: crypto.randomUUID(), name, type: blob.type || file.type, size: blob.size, originalSize: file.size, blob };
}
