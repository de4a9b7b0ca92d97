// The domain as the PocketBase hooks see it: scripts/build-hooks.ts bundles this file into
// pocketbase/pb_hooks/generated/domain.cjs, which hooks load with require() (typed through
// pocketbase/types/hooks.d.ts). Islands and pages import the modules directly.
export * from './request-number';
export * from './phone';
export * from './statuses';
export * from './roles';
export * from './time';
export * from './due-date';
export * from './completion-time';
export * from './proposal';
export * from './public-status';
export * from './site-contract';
export * from './audit';
export * from './sign-in';
export * from './password-policy';
export * from './village-accounts';
export * from './village-account-form';
export * from './proof-of-work';
export * from './access-rules';
export * from './text';
export * from './daily-summary';
export * from './online-application';
export * from './database';
export * from './work-queue';
export * from './report';
export * from './working-days';
export * from './complaints';
export * from './report-period';
export * from './satisfaction-survey';
export * from './satisfaction-index';
export * from './performance';
export * from './request-log';
export * from './upload-metadata';
export * from './spreadsheet';
export * from './storage-guard';
export * from './routes';
export * from './data-subject-request';
