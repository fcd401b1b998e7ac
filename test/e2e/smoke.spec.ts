import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';

test('the background worker answers a ping with the manifest version', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ protocol: 'buyer-guard/1', type: 'ping', payload: {} }),
  );
  expect(reply).toMatchObject({ ok: true, data: { version: '0.1.0' } });
});

test('the background rejects a malformed message and a forbidden one', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  const replies = await page.evaluate(async () => [
    await chrome.runtime.sendMessage({ type: 'ping' }),
    await chrome.runtime.sendMessage({ protocol: 'buyer-guard/1', type: 'nope', payload: {} }),
    // pageReading is only accepted from a content script on a marketplace page.
    await chrome.runtime.sendMessage({
      protocol: 'buyer-guard/1',
      type: 'pageReading',
      payload: {
        ok: false,
        url: 'https://www.aliexpress.com/p/order/index.html',
        readAt: 1,
        reason: 'empty',
        message: 'forged',
      },
    }),
  ]);
  expect(replies.map((r) => r.error?.code)).toEqual(['invalid-message', 'unknown-type', 'forbidden-sender']);
});

test('the content script runs on a routed order page and reports it to the background', async ({
  context,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  await expect(page.getByText('Wireless Earbuds Bluetooth 5.3')).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  // In plain words: when, where, how many.
  await expect(popup.getByTestId('reading-status')).toHaveText('Read just now: My Orders, 7 orders');
});

test('the popup renders', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Buyer Guard' })).toBeVisible();
  await expect(popup.getByTestId('page-status')).toContainText('No AliExpress order page read yet');
});

test('the options page lists the permissions in use', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  // Each one in a sentence, not an API name.
  await expect(options.getByTestId('permissions')).toContainText('Wake up before a deadline');
  await expect(options.getByTestId('permissions')).not.toContainText('alarms');
});
