import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type CleanPlan, metadataFreeParts, orientationExif, uploadKind } from '../../src/domain/upload-metadata';
import { assemble, fileBytes, METADATA_WORDS, taggedJpeg, taggedPng, taggedWebp } from '../support/tagged-images';

function cleaned(buffer: Buffer, fallbackExtension = ''): { plan: CleanPlan; bytes: Buffer } {
  const plan = metadataFreeParts(fileBytes(buffer), fallbackExtension);
  if ('problem' in plan) throw new Error(plan.problem);
  return { plan, bytes: assemble(buffer, plan.parts) };
}

async function expectNothingBut(bytes: Buffer, kept: Record<string, unknown>) {
  const everything = await exifr.parse(bytes, {
    tiff: true,
    xmp: true,
    iptc: true,
    icc: false,
    jfif: false,
    ihdr: false,
  });
  expect(everything ?? {}).toEqual(kept);
  expect(await exifr.gps(bytes)).toBeUndefined();
  for (const word of METADATA_WORDS) expect(bytes.toString('latin1')).not.toContain(word);
}

describe('removing what an uploaded image says besides its picture', () => {
  it('writes the one orientation entry of a new EXIF block exactly (big-endian TIFF, tag 0x0112, SHORT)', () => {
    expect(Buffer.from(orientationExif(6)).toString('hex')).toBe(
      'ffe10022' + '457869660000' + '4d4d002a00000008' + '0001' + '011200030000000100060000' + '00000000',
    );
  });

  it('keeps of a hand-made JPEG its tables, frame and scan, and drops EXIF, comment and what follows the picture', () => {
    const soi = [0xff, 0xd8];
    const jfif = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
    // An EXIF block with orientation 1 (upright) only: dropped, nothing added back.
    const exif = [0xff, 0xe1, 0x00, 0x22, ...orientationExif(1).slice(4)];
    const comment = [0xff, 0xfe, 0x00, 0x05, 0x41, 0x42, 0x43];
    const dqt = [0xff, 0xdb, 0x00, 0x04, 0x00, 0x01];
    const scan = [0xff, 0xda, 0x00, 0x03, 0x00, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
    const eoi = [0xff, 0xd9];
    const file = Buffer.from([...soi, ...jfif, ...exif, ...comment, ...dqt, ...scan, ...eoi, 0x99, 0x98]);
    const { plan, bytes } = cleaned(file);
    expect(plan).toMatchObject({ kind: 'jpeg', extension: 'jpg' });
    expect([...bytes]).toEqual([...soi, ...jfif, ...dqt, ...scan, ...eoi]);
  });

  it('of a JPEG, keeps a decodable picture and its orientation, and nothing else: no GPS, camera, author, XMP, comment or appended video', async () => {
    const original = await taggedJpeg();
    expect(await exifr.gps(original)).toMatchObject({ latitude: -6.55 });
    const { bytes } = cleaned(original);
    await expectNothingBut(bytes, { Orientation: 'Rotate 90 CW' });
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48, orientation: 6 });
    expect(bytes.subarray(-2).toString('hex')).toBe('ffd9');
  });

  it('of a PNG, drops its text and EXIF chunks and keeps a decodable picture', async () => {
    const original = await taggedPng();
    expect(await exifr.gps(original)).toMatchObject({ latitude: -6.55 });
    expect(original.toString('latin1')).toContain('Siti Aminah');
    const { plan, bytes } = cleaned(original);
    expect(plan).toMatchObject({ kind: 'png', extension: 'png' });
    await expectNothingBut(bytes, {});
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 64, height: 48 });
  });

  it('of a WebP, drops its EXIF and XMP chunks, clears their flags and keeps a decodable picture', async () => {
    // exifr does not read WebP: sharp says what the file carries.
    const original = await taggedWebp();
    const before = await sharp(original).metadata();
    // sharp gives the EXIF block with its "Exif\0\0" header; exifr reads the TIFF after it.
    expect(await exifr.gps(before.exif!.subarray(6))).toMatchObject({ latitude: -6.55 });
    expect(before.xmp).toBeDefined();
    const { plan, bytes } = cleaned(original);
    expect(plan).toMatchObject({ kind: 'webp', extension: 'webp' });
    const after = await sharp(bytes).metadata();
    expect(after).toMatchObject({ format: 'webp', width: 64, height: 48 });
    expect([after.exif, after.xmp]).toEqual([undefined, undefined]);
    for (const word of METADATA_WORDS) expect(bytes.toString('latin1')).not.toContain(word);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  });

  it('judges a file by its content, not its name, and keeps files that are not images as they are', () => {
    const pdf = Buffer.from('%PDF-1.4\n%Siti Aminah\n%%EOF\n');
    expect(uploadKind(fileBytes(pdf))).toBe('pdf');
    expect(cleaned(pdf, 'jpg')).toEqual({
      plan: { kind: 'pdf', extension: 'pdf', parts: [{ from: 0, to: pdf.length }] },
      bytes: pdf,
    });
    expect(cleaned(Buffer.from('MZ executable'), 'EXE!')).toMatchObject({ plan: { kind: 'lain', extension: 'exe' } });
  });

  it('refuses, naming the problem, an image cut short', async () => {
    const jpeg = await taggedJpeg();
    const plan = metadataFreeParts(fileBytes(jpeg.subarray(0, 400)));
    expect(plan).toEqual({ problem: expect.stringContaining('tidak dapat dibaca') });
    const png = await taggedPng();
    expect(metadataFreeParts(fileBytes(png.subarray(0, png.length - 20)))).toHaveProperty('problem');
  });
});
