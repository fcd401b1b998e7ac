// Median time the built content script takes to read the 50-order My Orders fixture in Chromium.
// Run after `npm run build`: `npx tsx scripts/measure-read-time.ts [runs]`. Uses the content
// script's own "[Buyer Guard] read N orders in X ms" debug lines: the first reading of each page
// load (cold: the script's code and Intl data load on first use) and the re-reading when the page
// goes idle five seconds later (warm: what every later SPA update costs).
import path from 'node:path';
import { launchExtension, servePage } from '../test/e2e/launch';
import { SAMPLE_ORDER_LIST_URL } from '../test/fixtures/aliexpress/sample-site';

const runs = Number(process.argv[2] ?? 21);
const { context } = await launchExtension();
try {
  await servePage(context, SAMPLE_ORDER_LIST_URL, path.join('test/fixtures/aliexpress/order-list.50.en.html'));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const measured = new Promise<void>((resolve) => {
      page.on('console', (message) => {
        const match = /\[Buyer Guard\] read 50 orders in ([\d.]+) ms/.exec(message.text());
        if (!match) return;
        (cold.length === warm.length ? cold : warm).push(Number(match[1]));
        if (cold.length === warm.length) resolve();
      });
    });
    await page.goto(SAMPLE_ORDER_LIST_URL);
    await measured;
    await page.close();
  }
  const report = (name: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${name} median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)})`;
  };
  console.log(`50-order list, ${runs} loads in Chromium: ${report('first read', cold)}; ${report('re-read', warm)}`);
} finally {
  await context.close();
}
