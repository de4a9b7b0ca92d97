// @ts-check
// The durations of the household figures (1795403950) by office, kind and month: the report reads a
// period's durations of one kind as a range of this index (then sorts them for the median's middle
// values), while the public figures, of all months, read the middle ones in order from
// idx_household_figure_days_median. With the month last in that index, SQLite chose for a period a
// skip-scan of every duration (50 ms for the counts alone at the five-year office's 25,000 households).
migrate(
  (app) => {
    app
      .db()
      .newQuery('CREATE INDEX idx_household_figure_days_period ON household_figure_days (agency, kind, month, ms)')
      .execute();
  },
  (app) => {
    app.db().newQuery('DROP INDEX IF EXISTS idx_household_figure_days_period').execute();
  },
);
