import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from '../../../components/i18n/I18nProvider';
import { earlyRead, forgetEarlyReadForTest, startEarlyRead } from '../../../lib/pages/early-read';
import { pageDatabase } from '../../../lib/pages/page-database';
import { reactRootPerTest } from './react-root';
import { until } from './until';

// The provider renders nothing until it knows the buyer's language (no English flash before the switch). A list
// page's early read (lib/pages/early-read.ts) gives it that before Dexie has opened the database.

const page = reactRootPerTest();

function Language() {
  return <p>{useI18n().locale}</p>;
}

const shown = () => page.container.querySelector('p')?.textContent;

async function storeLanguage(language: string) {
  await pageDatabase().settings.put({ key: 'settings', value: { language } } as never);
}

beforeEach(async () => {
  await pageDatabase().settings.clear();
});
afterEach(() => forgetEarlyReadForTest());

describe('I18nProvider', () => {
  it("renders in the early read's language at once, then follows the stored setting", async () => {
    await storeLanguage('de');
    startEarlyRead(indexedDB);
    await earlyRead();
    act(() =>
      page.root.render(
        <I18nProvider>
          <Language />
        </I18nProvider>,
      ),
    );
    expect(shown()).toBe('de');
    await storeLanguage('fr');
    await until(() => expect(shown()).toBe('fr'));
  });

  it('without an early read, waits for the stored setting', async () => {
    await storeLanguage('pl');
    act(() =>
      page.root.render(
        <I18nProvider>
          <Language />
        </I18nProvider>,
      ),
    );
    expect(shown()).toBeUndefined();
    await until(() => expect(shown()).toBe('pl'));
  });
});
