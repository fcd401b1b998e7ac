import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';

// The badges speak the buyer's language: the background words them (the content script carries no
// catalog), so a Spanish browser reads them in Spanish with nothing chosen.

test.describe('a Spanish browser', () => {
  test.use({ chromiumArgs: ['--lang=es'] });

  test('reads the badges on My Orders and their panel in Spanish', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(SAMPLE_ORDER_LIST_URL);
    const probe = await badgeProbe(page);
    await expect.poll(async () => (await probe.badge('8204417366541234'))?.text).toMatch(/^Fin de la protección/);
    const badge = await probe.badge('8204417366541234');
    // The page's countdown ("… in 12 days 05:33:21"), in Spanish words and a Spanish date ("2 dic, 14:33").
    expect(badge?.text).toMatch(/^Fin de la protección al comprador: \d{1,2} [a-z]{3,4}\.?,? \d{1,2}:\d{2}$/);
    expect(badge?.label).toMatch(
      /, quedan 12 días y 5 horas \(indicado por la página\) — [\p{L} ]+\. Buyer Guard, pedido 8204417366541234: ver el siguiente paso$/u,
    );
    // An order with no deadline known yet: the quiet badge, in Spanish.
    expect((await probe.badge('8209988776655443'))?.text).toBe('Seguido — sin plazo');

    await probe.clickBadge('8204417366541234');
    await expect.poll(async () => (await probe.panel('8204417366541234'))?.visible).toBe(true);
    const panel = await probe.panel('8204417366541234');
    expect(panel?.buttons).toEqual(['Cerrar', 'Abrir la guía']);
    expect(panel?.detail).toMatch(
      /^Fin de la protección al comprador: .+ — quedan 12 días y 5 horas \(indicado por la página\)$/,
    );
    expect(panel?.text).toContain('Buyer Guard · pedido 8204417366541234');
    // The advisor's step, in Spanish too (not the English "Wait for the parcel").
    expect(panel?.name.length).toBeGreaterThan(3);
    expect(panel?.name).not.toBe('Wait for the parcel');
  });
});
