// @ts-check
// Turns rule violations into PocketBase's 400 answer, one Indonesian message per field, and gives
// PocketBase's own (English) field errors the same form.

function problemsError(problems) {
  const data = {};
  for (const problem of problems) {
    if (!data[problem.field]) data[problem.field] = new ValidationError(`invalid_${problem.field}`, problem.message);
  }
  const first = problems[0];
  return new BadRequestError(
    problems.length === 1
      ? first.message
      : `${first.message} (dan ${problems.length - 1} hal lain yang perlu diperbaiki)`,
    data,
  );
}

function throwProblems(problems) {
  if (problems.length > 0) throw problemsError(problems);
}

const MESSAGES = {
  validation_required: (label) => `${label}: wajib diisi.`,
  validation_invalid_mime_type: (label, fileName) =>
    fileName
      ? require(`${__hooks}/generated/domain.cjs`).wrongFileTypeMessage(label, fileName)
      : `${label}: hanya foto (JPEG, PNG, WebP) atau PDF yang diterima.`,
  validation_file_size_limit: (label) => `${label}: ukuran file paling besar 10 MB.`,
  validation_too_many_values: (label) => `${label}: terlalu banyak file.`,
  validation_not_unique: (label) => `${label}: sudah dipakai.`,
};

/**
 * The name the sender gave the file PocketBase refused: its English message quotes the name the
 * file would have been stored under ("surat_1_ab12cd34ef.jpg"), which the record's unsaved files map back.
 * @param {core.Record | undefined} record @param {string} field @param {string} englishMessage
 */
function refusedFileName(record, field, englishMessage) {
  const quoted = /^"([^"]+)"/.exec(englishMessage || '');
  if (!record || !quoted) return '';
  const file = record.getUnsavedFiles(field).find((candidate) => candidate.name === quoted[1]);
  return file ? file.originalName : '';
}

/**
 * PocketBase's validation error of a save, with the same fields and Indonesian messages; a refused
 * file is named as the sender named it when the record being saved is given.
 * @param {any} error @param {core.Record} [record]
 */
function inIndonesian(error, record) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const data = error?.value?.data;
  if (!data || error.value.status !== 400) return error;
  const problems = Object.keys(data).map((field) => {
    const label = domain.FIELD_LABELS[field] || field;
    const code = typeof data[field].code === 'function' ? data[field].code() : String(data[field].code || '');
    const message = MESSAGES[code]
      ? MESSAGES[code](label, refusedFileName(record, field, String(data[field].message || '')))
      : `${label}: isinya tidak valid, periksa kembali.`;
    return { field, message };
  });
  return problems.length > 0 ? problemsError(problems) : error;
}

/**
 * Refuses text fields carrying hidden control characters (src/domain/text.ts), naming each field.
 * @param {core.Record} record @param {Record<string, string>} labels field → its name on the form
 */
function refuseHiddenControls(record, labels) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  throwProblems(
    Object.keys(labels)
      .filter((field) => domain.hasHiddenControls(record.getString(field)))
      .map((field) => ({ field, message: `${labels[field]} ${domain.HIDDEN_CONTROLS_MESSAGE}` })),
  );
}

module.exports = { throwProblems, inIndonesian, refuseHiddenControls };
