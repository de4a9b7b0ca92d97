// SQL that hooks run through PocketBase's query builder and that the scale benchmark runs as is
// (bench/scale.ts), so the query measured is the query served.

/** SQL with {:name} placeholders (PocketBase's query builder), and its bindings. */
export interface BoundQuery {
  sql: string;
  bind: Record<string, string | number>;
}

/** A moment as PocketBase stores dates ("2026-11-23 01:02:03.000Z"): text order is time order. */
export function storedDate(moment: Date): string {
  return moment.toISOString().replace('T', ' ');
}
