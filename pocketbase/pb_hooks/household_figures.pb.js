// @ts-check

// Public: each office's household proposals (usulan DTSEN) per stage and result — counts only, 1 or 2
// published as "kurang dari 3", no village, no reason (src/domain/household-public-figures.ts).
// ?format=csv for a spreadsheet. Made at most once a minute or when a proposal moves; browsers and
// proxies keep it and check with its ETag (lib/http.js cachedAnswer); the CSV is made from the same kept figures.
routerAdd(...require(`${__hooks}/lib/http.js`).route('householdFiguresFeed'), (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const figures = require(`${__hooks}/lib/household_figures.js`);
  const http = require(`${__hooks}/lib/http.js`);
  const make = () => figures.publicHouseholdFigures(e.app);
  if (require(`${__hooks}/lib/given.js`).queryOf(e).get('format') !== 'csv')
    return http.cachedAnswer(
      e,
      'householdFiguresFeed',
      figures.PUBLIC_HOUSEHOLD_TOPIC,
      'json',
      'public, no-cache',
      make,
    );
  e.response.header().set('Cache-Control', 'public, no-cache');
  // From the figures kept for the JSON: a guest asking for the CSV again and again never makes them anew.
  const kept = http.keptAnswer(e.app, figures.PUBLIC_HOUSEHOLD_TOPIC, 'json', make);
  return require(`${__hooks}/lib/csv.js`).sendCsv(
    e,
    'usulan-dtsen.csv',
    domain.publicHouseholdRows(JSON.parse(kept.body)),
  );
});

// A proposal recorded, moved or erased changes the public figures: the next request makes them again.
onRecordAfterCreateSuccess(
  (e) => require(`${__hooks}/lib/household_figures.js`).forgetPublicFigures(e),
  'household_proposal_events',
);
onRecordAfterDeleteSuccess(
  (e) => require(`${__hooks}/lib/household_figures.js`).forgetPublicFigures(e),
  'household_proposals',
);
