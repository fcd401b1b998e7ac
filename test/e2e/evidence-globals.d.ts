// The harness page's global: the bundle of test/e2e/evidence-harness/entry.ts (see evidence-harness.ts).
declare var evidenceHarness: typeof import('./evidence-harness/entry');
