// Images as phones and editors write them, carrying what identifies where and by whom they were
// taken: EXIF with a GPS position (Purwakarta) and a camera, XMP, text chunks, a comment, and a
// "motion photo" appended after the picture. The server must keep the picture and none of that.
import sharp from 'sharp';
import type { FileBytes } from '../../src/domain/upload-metadata';

export const SECRET_PLACE = { latitude: -6.55, longitude: 107.4333 };
/** Words written into the metadata: none may be in a stored file. */
export const METADATA_WORDS = ['Siti Aminah', 'Kamera Siti', 'Desa Ciwareng', 'motion-photo'];

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 60, g: 120, b: 90 } } });

const XMP = [
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Siti Aminah" dc:description="Desa Ciwareng"/>',
  '</rdf:RDF></x:xmpmeta>',
].join('');

const EXIF = {
  IFD0: { Make: 'Kamera Siti', Model: 'Kamera Siti', Artist: 'Siti Aminah' },
  IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 33/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 26/1 0/1' },
};

/** A JPEG taken sideways (orientation 6) with EXIF GPS, XMP, a comment and an appended video. */
export async function taggedJpeg(width = 64, height = 48): Promise<Buffer> {
  const jpeg = await picture(width, height)
    .jpeg()
    .withExif(EXIF)
    .withXmp(XMP)
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const comment = Buffer.from('Desa Ciwareng');
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
  // A comment right after SOI, and a "motion photo" after EOI, as some phones append one.
  return Buffer.concat([
    jpeg.subarray(0, 2),
    com,
    jpeg.subarray(2),
    Buffer.from('....ftypmp42 motion-photo Desa Ciwareng'),
  ]);
}

/** A PNG with tEXt (author, place) and eXIf (GPS) chunks, as some editors write them. */
export async function taggedPng(width = 64, height = 48): Promise<Buffer> {
  const png = await picture(width, height).png().toBuffer();
  const exif = await picture(8, 8).jpeg().withExif(EXIF).toBuffer();
  // The EXIF block of the JPEG's APP1 (after "Exif\0\0") is the eXIf chunk's content.
  const app1 = exif.indexOf(Buffer.from('Exif\0\0'));
  const tiff = exif.subarray(app1 + 6, app1 - 2 + exif.readUInt16BE(app1 - 2));
  const chunks = [
    chunk('tEXt', Buffer.from('Author\0Siti Aminah')),
    chunk('eXIf', tiff),
    chunk('tEXt', Buffer.from('Comment\0Desa Ciwareng')),
  ];
  // After IHDR (8 + 25 bytes), before the picture data.
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

/** A WebP with EXIF (GPS) and XMP chunks. */
export async function taggedWebp(width = 64, height = 48): Promise<Buffer> {
  return picture(width, height).webp().withExif(EXIF).withXmp(XMP).toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A file as the server's reader gives it. */
export function fileBytes(buffer: Buffer): FileBytes {
  return {
    size: buffer.length,
    read: (offset, length) => buffer.subarray(offset, offset + length),
    indexOf: (pattern, from) => buffer.indexOf(Buffer.from(pattern as number[]), from),
  };
}

/** The cleaned file the parts describe. */
export function assemble(buffer: Buffer, parts: ({ from: number; to: number } | { bytes: number[] })[]): Buffer {
  return Buffer.concat(
    parts.map((part) => ('bytes' in part ? Buffer.from(part.bytes) : buffer.subarray(part.from, part.to))),
  );
}
