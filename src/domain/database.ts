// SQL that hooks run through PocketBase's query builder and that the scale benchmark runs as is
// (bench/scale.ts), so the query measured is the query served; and dates as PocketBase stores them.

/** SQL with {:name} placeholders (PocketBase's query builder), and its bindings. */
export interface BoundQuery {
  sql: string;
  bind: Record<string, string | number>;
}

/** A moment as PocketBase stores dates ("2026-11-23 01:02:03.000Z"): text order is time order. */
export function storedDate(moment: Date): string {
  return moment.toISOString().replace('T', ' ');
}

/** A date field as hooks read it: PocketBase's DateTime, whose string() is the stored text. */
export interface StoredDateTime {
  string(): string;
}

/**
 * The moment a stored date stands for: a date column read by SQL ("2026-11-23 01:02:03.000Z") or a
 * record's DateTime (record.getDateTime('at')). An unset date ('', a DateTime that isZero()) has
 * none: callers that may meet one check first.
 */
export function dateFromStored(stored: string | StoredDateTime): Date {
  return new Date((typeof stored === 'string' ? stored : stored.string()).replace(' ', 'T'));
}
