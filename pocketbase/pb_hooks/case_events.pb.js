// @ts-check
// The timelines of every case type — requests, proposals, complaints (src/domain/cases/) — by one
// engine (pb_hooks/lib/cases.js): an event sent through the API is recorded now and as the account
// sending it, then, however it was created, checked against its case type's declaration (the moves
// and what each must carry; who may record which status is the API rule's, src/domain/access-rules.ts)
// and applied to its case. A new case type's events are handled here once it is declared.

onRecordCreateRequest(
  (e) => require(`${__hooks}/lib/cases.js`).prepareEvent(e),
  ...require(`${__hooks}/generated/domain.cjs`).CASE_EVENT_COLLECTIONS,
);

onRecordCreate(
  (e) => require(`${__hooks}/lib/cases.js`).recordEvent(e),
  ...require(`${__hooks}/generated/domain.cjs`).CASE_EVENT_COLLECTIONS,
);

// A new case of any type: its insert, first event and public status in one transaction (pb_hooks/lib/cases.js).
onRecordCreateExecute(
  (e) => require(`${__hooks}/lib/cases.js`).saveOpened(e),
  ...Object.keys(require(`${__hooks}/generated/domain.cjs`).CASE_TYPES),
);
