import type { SchemaFixture } from './schema-fixture';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

/** One fixture per schema version (lib/db/schema.ts); a new version adds its own here. */
export const SCHEMA_FIXTURES: readonly SchemaFixture[] = [v1, v2, v3];
