// Extension CSP forbids eval; without jitless Zod probes `Function('')` on its first object parse and the
// browser reports a CSP violation. Imported first by every entrypoint.
//
// Zod keeps its one global config on `globalThis.__zod_globalConfig` (zod/v4/core/core.js: created if
// absent, shared by every copy of Zod, the full API and zod/mini alike); `z.config({ jitless: true })` is
// an `Object.assign` onto it. Setting the flag there directly does the same without loading Zod, so a page
// whose first screen needs no schema (the popup) does not evaluate Zod's core to start. It works whether
// Zod loads before or after this module (test/unit/zod-jitless.test.ts pins both).
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;
