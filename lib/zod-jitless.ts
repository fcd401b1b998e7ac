import * as z from 'zod/mini';

// Extension CSP forbids eval; without this Zod probes `Function('')` on first parse and the
// browser logs a CSP violation. Imported first by every entrypoint. zod/mini's config is Zod's one
// global config (the full API uses the same), and keeps the full API out of the content script.
z.config({ jitless: true });
