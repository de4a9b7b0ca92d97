// @ts-check

// The staff lists (src/domain/case-lists.ts), one route per case type, built alike by
// pb_hooks/lib/case_list.js: the work queue of requests and the complaint inbox for the office's
// staff, the proposal review for the office's staff and for Camats (their own kecamatan's
// proposals addressed to them), the household proposals' review (usulan DTSEN) for the office's staff.
// Village operators read their own proposals through the collections.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('workQueue'),
  (e) => require(`${__hooks}/lib/case_list.js`).serveCaseList(e, 'permohonan'),
  $apis.requireAuth('staff'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('complaintInbox'),
  (e) => require(`${__hooks}/lib/case_list.js`).serveCaseList(e, 'pengaduan'),
  $apis.requireAuth('staff'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('proposalReview'),
  (e) => require(`${__hooks}/lib/case_list.js`).serveCaseList(e, 'usulan'),
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('householdReview'),
  (e) => require(`${__hooks}/lib/case_list.js`).serveCaseList(e, 'usulan-dtsen'),
  $apis.requireAuth('staff'),
);
