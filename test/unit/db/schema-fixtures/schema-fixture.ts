/**
 * Rows exactly as one schema version stored them, frozen with that version: the migration test
 * opens a database at the version, writes these, and upgrades it to the current one. Rows are
 * plain data typed `unknown` on purpose: an old version's rows need not fit today's types.
 */
export interface SchemaFixture {
  version: number;
  /** At least one row for every store the version has (the test checks). */
  rows: Record<string, readonly unknown[]>;
}
