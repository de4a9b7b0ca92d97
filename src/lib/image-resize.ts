// Photos from phone cameras are 3–8 MB; on a weak connection that is minutes each. They are
// shrunk on the device before they are saved or sent: long edge about 1600 px, JPEG.

export const LONG_EDGE = 1600;
const QUALITY = 0.8;

/** The photo at most LONG_EDGE pixels on its long edge, as JPEG; PDFs and small photos unchanged. */
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
  // A photo that was already small and compact stays as it was.
  return jpeg && jpeg.size < file.size ? jpeg : file;
}
