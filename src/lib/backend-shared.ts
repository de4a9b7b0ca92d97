// Everything the PocketBase hooks share with the site, bundled into one CommonJS file for
// PocketBase's JS runtime by scripts/build-hooks.ts.
export { formatRequestNumber, parseRequestNumber, phoneVerifier, isWellFormedVerifier, isValidPrefix, CROCKFORD_ALPHABET, RANDOM_LENGTH } from './request-number';
export { dueDate, promiseState } from './due-date';
export { formatCompletionTime } from './completion-time';
export { proposalProblems, documentProblems, FIELD_LABELS, DOCUMENTS, COUNT_FIELDS } from './proposal-rules';
export { PROPOSAL_STEPS, PROPOSAL_STATUS_STEP, PROPOSAL_TRANSITIONS } from './proposal-status';
