import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './launch';

// The documented permission set (README.md, "Permissions"). Growing it is a product decision:
// update the README and this list together.
const DOCUMENTED = {
  // activeTab: a screenshot of the one tab the buyer clicked the icon on, no install warning.
  permissions: ['activeTab', 'alarms', 'notifications', 'storage'],
  host_permissions: [] as string[],
  optional_permissions: [] as string[],
  optional_host_permissions: [] as string[],
  content_script_matches: [
    'https://*.aliexpress.com/p/order/*',
    'https://*.aliexpress.com/p/tracking/*',
    'https://*.aliexpress.us/p/order/*',
    'https://*.aliexpress.us/p/tracking/*',
  ],
};

test('the built manifest asks for no more than the documented permissions', async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();
  expect(sorted(manifest.permissions)).toEqual(sorted(DOCUMENTED.permissions));
  expect(sorted(manifest.host_permissions)).toEqual(sorted(DOCUMENTED.host_permissions));
  expect(sorted(manifest.optional_permissions)).toEqual(sorted(DOCUMENTED.optional_permissions));
  expect(sorted(manifest.optional_host_permissions)).toEqual(sorted(DOCUMENTED.optional_host_permissions));
  const matches = new Set<string>(manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches));
  expect([...matches].sort()).toEqual(sorted(DOCUMENTED.content_script_matches));
  expect(manifest.externally_connectable, 'web pages must not message the extension').toBeUndefined();
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
});
