// @ts-check
// Every uploaded file is stored under a neutral name — its kind and a random suffix, never the
// name the sender gave it ("KTP_Siti_Aminah.jpg") — and every image without what it says besides
// its picture: GPS position, camera, author, comments, appended images or videos
// (src/domain/upload-metadata.ts). The routes that take residents' files clean them as they
// receive them (their answers name the stored files); pb_hooks/uploads.pb.js cleans whatever
// reaches a record otherwise (village proposals through the API, the dashboard).

/** A name this module gave: kind, underscore, 16 characters. PocketBase's own have 10 after the sender's name. */
const NEUTRAL_NAME = /^[a-z]+_[a-z0-9]{16}\.[a-z0-9]{0,5}$/;
const TEMP_PREFIX = 'layanan-unggahan-';

/**
 * Cleans one upload in place: its content (images), its name. Returns the problem, in Indonesian,
 * of an image that cannot be read (cut short, damaged), or null.
 * @param {HookApp} app @param {filesystem.File} file
 * @returns {string | null}
 */
function cleanUpload(app, file) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const reader = file.reader.open();
  try {
    const whole = toBytes(reader);
    /** @type {import("../../../src/domain/upload-metadata").FileBytes} */
    const bytes = {
      size: whole.length,
      read: (offset, length) => {
        reader.seek(offset, 0);
        return toBytes(reader, length);
      },
      // SQLite finds a byte pattern in a blob at native speed; JavaScript here walks a file a byte a microsecond.
      indexOf: (pattern, from) => {
        const hex = pattern.map((byte) => `0${byte.toString(16)}`.slice(-2)).join('');
        const row = new DynamicModel({ at: 0 });
        app
          .db()
          .newQuery(`SELECT instr(substr({:data}, {:from}), x'${hex}') AS at`)
          .bind({ data: whole, from: from + 1 })
          .one(row);
        return row.at > 0 ? from + row.at - 1 : -1;
      },
    };
    const extension = (/\.([^.]*)$/.exec(file.originalName) || ['', ''])[1];
    const plan = domain.metadataFreeParts(bytes, extension);
    if ('problem' in plan) return plan.problem;
    const unchanged =
      plan.parts.length === 1 &&
      'from' in plan.parts[0] &&
      plan.parts[0].from === 0 &&
      plan.parts[0].to === whole.length;
    if (!unchanged) {
      const content = assembled(reader, plan.parts);
      const fresh = $filesystem.fileFromBytes(content, 'x');
      file.reader = fresh.reader;
      file.size = fresh.size;
    }
    if (!NEUTRAL_NAME.test(file.name)) {
      const suffix = $security.randomStringWithAlphabet(16, 'abcdefghijklmnopqrstuvwxyz0123456789');
      file.name = `${domain.NEUTRAL_FILE_NAMES[plan.kind]}_${suffix}.${plan.extension || 'bin'}`;
    }
    return null;
  } finally {
    reader.close();
  }
}

/**
 * The cleaned file's bytes: the parts written one after another to a temporary file (Go copies
 * them; JavaScript never touches the picture's bytes), read back whole, the file removed.
 * @param {ReturnType<filesystem.FileReader["open"]>} reader the file opened @param {import("../../../src/domain/upload-metadata").FilePart[]} parts
 */
function assembled(reader, parts) {
  const dir = $os.tempDir();
  const name = `${TEMP_PREFIX}${$security.randomString(16)}`;
  const root = $os.openRoot(dir);
  try {
    const out = root.create(name);
    try {
      for (const part of parts) {
        if ('bytes' in part) {
          out.write(part.bytes);
        } else {
          reader.seek(part.from, 0);
          out.write(toBytes(reader, part.to - part.from));
        }
      }
    } finally {
      out.close();
    }
    return $os.readFile(`${dir}/${name}`);
  } finally {
    root.close();
    $os.remove(`${dir}/${name}`);
  }
}

/**
 * Cleans the files a route received, or refuses them naming `field`.
 * @param {HookApp} app @param {filesystem.File[]} files @param {string} field
 */
function cleanReceived(app, files, field) {
  const problems = [];
  for (const file of files) {
    const problem = cleanUpload(app, file);
    if (problem) problems.push({ field, message: `${file.originalName}: ${problem}` });
  }
  require(`${__hooks}/lib/problems.js`).throwProblems(problems.slice(0, 1));
}

/**
 * Cleans every file about to be saved with a record (its file fields' new files), and returns them.
 * @param {HookApp} app @param {core.Record} record
 * @returns {filesystem.File[]}
 */
function cleanRecordUploads(app, record) {
  /** @type {filesystem.File[]} */
  const all = [];
  for (const field of record.collection().fields) {
    if (field.type() !== 'file') continue;
    const files = require(`${__hooks}/lib/given.js`).present(record.getUnsavedFiles(field.getName()));
    cleanReceived(app, files, field.getName());
    all.push(...files);
  }
  return all;
}

/**
 * A record's new files cleaned, or all of them refused while the disk is below its watermark.
 * @param {HookApp} app @param {core.Record} record
 */
function guardRecordUploads(app, record) {
  const files = cleanRecordUploads(app, record);
  const refusal = require(`${__hooks}/lib/storage_guard.js`).uploadRefusal(app, files, false);
  if (refusal) throw new ApiError(503, refusal.message, {});
}

module.exports = { cleanUpload, cleanReceived, guardRecordUploads, TEMP_PREFIX };
