// @ts-check
// Turns rule violations into PocketBase's 400 answer, one Indonesian message per field, and gives
// PocketBase's own (English) field errors the same form.

/** @typedef {{ field: string, message: string }} Problem */

/**
 * The 400 answer: each field's first problem, and the first problem's message as the answer's.
 * @param {Problem[]} problems at least one
 */
function problemsError(problems) {
  /** @type {Record<string, ValidationError>} */
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

/** Refuses with problemsError when there are problems. @param {Problem[]} problems */
function throwProblems(problems) {
  if (problems.length > 0) throw problemsError(problems);
}

const MESSAGES = {
  validation_required: (label) => `${label}: wajib diisi.`,
  validation_invalid_mime_type: (label, fileName) =>
    fileName
      ? require(`${__hooks}/generated/domain.cjs`).wrongFileTypeMessage(label, fileName)
      : `${label}: hanya foto (JPEG, PNG, WebP) atau PDF yang diterima.`,
  validation_file_size_limit: (label) =>
    `${label}: ukuran file paling besar ${require(`${__hooks}/generated/domain.cjs`).MAX_FILE_BYTES / 1024 / 1024} MB.`,
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
  const file = require(`${__hooks}/lib/given.js`)
    .present(record.getUnsavedFiles(field))
    .find((candidate) => candidate.name === quoted[1]);
  return file ? file.originalName : '';
}

/**
 * The HTTP status and field errors of an error a PocketBase call threw: goja hands Go's ApiError
 * over as `value`. Anything else — a JavaScript error, a database failure — has status 0 and none.
 * @param {unknown} error
 */
function apiErrorOf(error) {
  const value = error && typeof error === 'object' && 'value' in error ? error.value : null;
  if (!value || typeof value !== 'object') return { status: 0, fields: [] };
  const status = 'status' in value && typeof value.status === 'number' ? value.status : 0;
  const data = 'data' in value && value.data && typeof value.data === 'object' ? value.data : {};
  return { status, fields: Object.entries(data) };
}

/**
 * PocketBase's validation error of a save, with the same fields and Indonesian messages; a refused
 * file is named as the sender named it when the record being saved is given.
 * @param {unknown} error @param {core.Record} [record]
 */
function inIndonesian(error, record) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { status, fields } = apiErrorOf(error);
  if (status !== 400) return error;
  const problems = fields.map(([field, problem]) => {
    const label = domain.FIELD_LABELS[field] || field;
    const code = typeof problem.code === 'function' ? problem.code() : String(problem.code || '');
    const message = MESSAGES[code]
      ? MESSAGES[code](label, refusedFileName(record, field, String(problem.message || '')))
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

module.exports = { problemsError, throwProblems, apiErrorOf, inIndonesian, refuseHiddenControls };
