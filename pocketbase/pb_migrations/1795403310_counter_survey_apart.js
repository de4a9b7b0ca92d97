// @ts-check
// Responses sent at the counter through the poster's QR code are tied to no visit: anyone can send
// them from anywhere, as often as they drop a cookie (src/domain/satisfaction-survey.ts,
// UNTIED_CHANNEL). Their scores move out of the score columns the published index is summed from
// (performance_month_figures, migration 1795403600, whose triggers follow the move) into
// counter_answers: kept for the office, counted apart, never in the index. Reverting moves them back.
const UNTIED_CHANNEL = 'loket';

/** The score columns: the collection's number fields, one per element (migration 1795401500). @param {CoreApp} app */
function scoreColumns(app) {
  /** @type {string[]} */
  const columns = [];
  for (const field of app.findCollectionByNameOrId('survey_responses').fields)
    if (field.type() === 'number') columns.push(field.getName());
  return columns;
}

migrate(
  (app) => {
    const responses = app.findCollectionByNameOrId('survey_responses');
    responses.fields.add(new JSONField({ name: 'counter_answers', maxSize: 1024 }));
    app.save(responses);
    const columns = scoreColumns(app);
    app
      .db()
      .newQuery(
        `UPDATE survey_responses SET counter_answers = json_object(${columns.map((column) => `'${column}', ${column}`).join(', ')}),` +
          ` ${columns.map((column) => `${column} = 0`).join(', ')} WHERE channel = {:channel}`,
      )
      .bind({ channel: UNTIED_CHANNEL })
      .execute();
  },
  (app) => {
    const columns = scoreColumns(app);
    app
      .db()
      .newQuery(
        `UPDATE survey_responses SET ${columns
          .map((column) => `${column} = COALESCE(json_extract(counter_answers, '$.${column}'), 0)`)
          .join(', ')} WHERE channel = {:channel}`,
      )
      .bind({ channel: UNTIED_CHANNEL })
      .execute();
    const responses = app.findCollectionByNameOrId('survey_responses');
    responses.fields.removeByName('counter_answers');
    app.save(responses);
  },
);
