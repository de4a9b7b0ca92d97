// Photos from phone cameras are 3–8 MB; on a weak connection that is minutes each. They are
// redrawn on the device before they are saved or sent: long edge at most about 1600 px, JPEG.
// Redrawing also leaves behind everything the camera wrote into the file besides the picture —
// EXIF and XMP, including the GPS position where it was taken: a photo's location is personal
// data (a complainant's home, a KTP photographed at the kitchen table).

export const LONG_EDGE = 1600;
const QUALITY = 0.8;

/** The photo redrawn as JPEG without metadata, at most LONG_EDGE pixels on its long edge; PDFs unchanged. */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  if (!file.type.startsWith('image/')) return file;
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  if (!jpeg) throw new Error('Foto tidak dapat diolah di perangkat ini.');
  return jpeg;
}
