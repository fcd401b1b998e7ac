import { z } from 'zod';

// Extension CSP forbids eval; without this Zod probes `Function('')` on first parse and the
// browser logs a CSP violation. Imported first by every entrypoint.
z.config({ jitless: true });
