// What an uploaded image carries besides its picture — EXIF (GPS position, camera, time), XMP,
// IPTC, comments, text chunks, and whatever a phone appends after the picture (a second image, a
// "motion photo" video) — removed at byte level, without decoding the image: the server keeps
// only the parts of the file this plan names (pb_hooks/lib/uploads.js). Only the orientation is
// kept, rewritten as the one entry of a new EXIF block, so a photo taken sideways is still shown
// upright. JPEG, PNG and WebP (the image types the site accepts); PDFs and other files are kept as
// sent.
//
// The file is read through `FileBytes` so the server never walks its bytes one by one in
// JavaScript: it reads small pieces (segment and chunk headers) and asks for a marker's position.

export interface FileBytes {
  size: number;
  /** `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): ArrayLike<number>;
  /** The offset of the first `pattern` at or after `from`, or -1. */
  indexOf(pattern: readonly number[], from: number): number;
}

/** A piece of the cleaned file: a range of the original, or bytes of its own. */
export type FilePart = { from: number; to: number } | { bytes: number[] };

export type UploadKind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'lain';

export type CleanPlan = { kind: UploadKind; extension: string; parts: FilePart[] } | { problem: string };

/** The name every upload is stored under (with a random suffix): its kind, never the sender's file name. */
export const NEUTRAL_FILE_NAMES: Record<UploadKind, string> = {
  jpeg: 'foto',
  png: 'foto',
  webp: 'foto',
  pdf: 'dokumen',
  lain: 'berkas',
};

const EXTENSIONS: Record<Exclude<UploadKind, 'lain'>, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', pdf: 'pdf' };

const UNREADABLE =
  'Foto ini tidak dapat dibaca (berkasnya rusak atau terpotong). Ambil atau pilih foto lain, lalu kirim lagi.';

const startsWith = (bytes: ArrayLike<number>, expected: readonly number[], at = 0) =>
  expected.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

/** What kind of file this is, by its first bytes (never by its name). */
export function uploadKind(file: FileBytes): UploadKind {
  const head = file.read(0, 12);
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  return 'lain';
}

/**
 * The parts of the file to keep, and the extension its content calls for. A file that is not an
 * image is kept whole (with `fallbackExtension`, lower-cased, where its kind gives none).
 */
export function metadataFreeParts(file: FileBytes, fallbackExtension = ''): CleanPlan {
  const kind = uploadKind(file);
  const extension =
    kind === 'lain'
      ? fallbackExtension
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 5)
      : EXTENSIONS[kind];
  const plan = (parts: FilePart[] | string): CleanPlan =>
    typeof parts === 'string' ? { problem: parts } : { kind, extension, parts: merged(parts) };
  switch (kind) {
    case 'jpeg':
      return plan(jpegParts(file));
    case 'png':
      return plan(pngParts(file));
    case 'webp':
      return plan(webpParts(file));
    default:
      return plan([{ from: 0, to: file.size }]);
  }
}

/** Adjacent ranges as one (fewer pieces to copy). */
function merged(parts: FilePart[]): FilePart[] {
  const out: FilePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && 'to' in last && 'from' in part && last.to === part.from) last.to = part.to;
    else out.push('from' in part ? { ...part } : part);
  }
  return out;
}

const uint16 = (bytes: ArrayLike<number>, at: number, little: boolean) =>
  little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
const uint32 = (bytes: ArrayLike<number>, at: number, little: boolean) =>
  little
    ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
    : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

/**
 * JPEG: SOI, then segments up to the first scan, then the entropy-coded data up to EOI. Kept: every
 * segment the picture needs (tables, frame, scans) and the APP segments that say how to show it —
 * JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour transform (APP14). Dropped: every
 * other APP segment (EXIF and XMP in APP1, IPTC in APP13, a second image's index in APP2 "MPF",
 * makers' own) and comments, and everything after the picture's EOI. In entropy-coded data a 0xFF
 * byte is always followed by 0x00 or a restart marker, so the first FF D9 after the first scan is
 * the picture's end.
 */
function jpegParts(file: FileBytes): FilePart[] | string {
  const parts: FilePart[] = [{ from: 0, to: 2 }];
  let at = 2;
  for (;;) {
    const header = file.read(at, 4);
    if (header.length < 2 || header[0] !== 0xff) return UNREADABLE;
    const marker = header[1]!;
    if (marker === 0xff) {
      // fill byte before a marker
      at += 1;
      continue;
    }
    if (marker === 0xd9) return UNREADABLE; // the picture ended before any scan
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push({ from: at, to: at + 2 });
      at += 2;
      continue;
    }
    if (header.length < 4) return UNREADABLE;
    const end = at + 2 + uint16(header, 2, false);
    if (end > file.size) return UNREADABLE;
    if (marker === 0xda) {
      const eoi = file.indexOf([0xff, 0xd9], end);
      if (eoi === -1) return UNREADABLE;
      parts.push({ from: at, to: eoi + 2 });
      return parts;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1) {
      const orientation = exifOrientation(file, at + 4, end);
      if (orientation !== null && orientation !== 1) parts.push({ bytes: orientationExif(orientation) });
    } else if ((!isApp && marker !== 0xfe) || keptAppSegment(file, marker, at + 4)) {
      parts.push({ from: at, to: end });
    }
    at = end;
  }
}

/** APP segments that say how to show the picture, and nothing about who took it or where. */
function keptAppSegment(file: FileBytes, marker: number, payload: number): boolean {
  const id = file.read(payload, 12);
  if (marker === 0xe0) return startsWith(id, ascii('JFIF\0')) || startsWith(id, ascii('JFXX\0'));
  if (marker === 0xe2) return startsWith(id, ascii('ICC_PROFILE\0'));
  if (marker === 0xee) return startsWith(id, ascii('Adobe'));
  return false;
}

/** The orientation (1–8) in an APP1 segment's EXIF, or null when it has none. */
function exifOrientation(file: FileBytes, payload: number, end: number): number | null {
  const header = file.read(payload, 14);
  if (payload + 14 > end || !startsWith(header, ascii('Exif\0\0'))) return null;
  const little = header[6] === 0x49 && header[7] === 0x49;
  if (!little && !(header[6] === 0x4d && header[7] === 0x4d)) return null;
  const tiff = payload + 6;
  const ifd = tiff + uint32(header, 10, little);
  if (ifd + 2 > end) return null;
  const count = uint16(file.read(ifd, 2), 0, little);
  if (ifd + 2 + count * 12 > end) return null;
  const entries = file.read(ifd + 2, count * 12);
  for (let index = 0; index < count; index++) {
    const entry = index * 12;
    // Tag 0x0112, type SHORT, one value.
    if (uint16(entries, entry, little) === 0x0112 && uint16(entries, entry + 2, little) === 3) {
      const value = uint16(entries, entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** An APP1 segment whose EXIF says only the orientation: big-endian TIFF, IFD0 with that one entry. */
export function orientationExif(orientation: number): number[] {
  return [
    ...[0xff, 0xe1, 0x00, 0x22],
    ...ascii('Exif\0\0'),
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08],
    ...[0x00, 0x01],
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00],
  ];
}

/** PNG chunks that carry text, EXIF or a time stamp: dropped; everything after IEND too. */
const PNG_METADATA = ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'];

function pngParts(file: FileBytes): FilePart[] | string {
  const parts: FilePart[] = [{ from: 0, to: 8 }];
  for (let at = 8; ; ) {
    const header = file.read(at, 8);
    if (header.length < 8) return UNREADABLE;
    const end = at + 12 + uint32(header, 0, false);
    if (end > file.size) return UNREADABLE;
    const type = String.fromCharCode(header[4]!, header[5]!, header[6]!, header[7]!);
    if (PNG_METADATA.indexOf(type) === -1) parts.push({ from: at, to: end });
    if (type === 'IEND') return parts;
    at = end;
  }
}

/** WebP chunks with EXIF or XMP: dropped, their flags cleared in VP8X, the RIFF size made right. */
const WEBP_METADATA = ['EXIF', 'XMP '];

function webpParts(file: FileBytes): FilePart[] | string {
  const riffEnd = 8 + uint32(file.read(4, 4), 0, true);
  if (riffEnd > file.size) return UNREADABLE;
  const kept: FilePart[] = [];
  let size = 4; // "WEBP"
  for (let at = 12; at < riffEnd; ) {
    const header = file.read(at, 18);
    if (header.length < 8) return UNREADABLE;
    const payload = uint32(header, 4, true);
    const end = at + 8 + payload + (payload % 2);
    if (end > riffEnd) return UNREADABLE;
    const type = String.fromCharCode(header[0]!, header[1]!, header[2]!, header[3]!);
    if (type === 'VP8X' && header.length >= 18) {
      const chunk = Array.from(file.read(at, end - at));
      // Flags: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02.
      chunk[8] = chunk[8]! & ~0x0c;
      kept.push({ bytes: chunk });
      size += chunk.length;
    } else if (WEBP_METADATA.indexOf(type) === -1) {
      kept.push({ from: at, to: end });
      size += end - at;
    }
    at = end;
  }
  const riffSize = [size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, (size >>> 24) & 0xff];
  return [{ bytes: [...ascii('RIFF'), ...riffSize, ...ascii('WEBP')] }, ...kept];
}
