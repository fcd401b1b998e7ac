import { describe, expect, it } from 'vitest';
import { readStatements } from '../../../../lib/marketplaces/aliexpress/read-statements';
import { splitClauses } from '../../../../lib/marketplaces/aliexpress/split-clauses';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const DAY = 86_400_000;

const timersOf = (lines: string[], languages: string[]) => readStatements(lines, NOW, languages).timers;

describe('readStatements: one deadline per line', () => {
  it.each([
    [
      'Buyer protection ends in 12 days 05:33:21',
      'en',
      'buyer-protection-ends',
      { endsAt: NOW + 12 * DAY + (5 * 3600 + 33 * 60 + 21) * 1000 },
    ],
    ['Pay within 23:14:05', 'en', 'payment-due', { endsAt: NOW + 83_645_000 }],
    [
      "Your order will be automatically confirmed as received in 1 day if you don't",
      'en',
      'auto-confirm',
      { endsAt: NOW + DAY },
    ],
    ['Refund if no delivery before Dec 20, 2026', 'en', 'buyer-protection-ends', { endsOn: '2026-12-20' }],
    ['Estimated delivery: Nov 25 - Dec 3, 2026', 'en', 'delivery-estimate', { endsOn: '2026-12-03' }],
    [
      'Protección al comprador: 12 días 05:33:21',
      'es',
      'buyer-protection-ends',
      { endsAt: NOW + 12 * DAY + (5 * 3600 + 33 * 60 + 21) * 1000 },
    ],
    [
      'Remboursement si aucune livraison avant le 20 déc. 2026',
      'fr',
      'buyer-protection-ends',
      { endsOn: '2026-12-20' },
    ],
    ['Confirme o recebimento em 20 dias 10:00:00', 'pt', 'auto-confirm', { endsAt: NOW + 20 * DAY + 36_000_000 }],
    [
      'Der Verkäufer muss innerhalb von 4 Tagen 10:00:00 antworten.',
      'de',
      'seller-response-due',
      { endsAt: NOW + 4 * DAY + 36_000_000 },
    ],
    ['Продавец отправит в течение 5 дней 02:00:00.', 'ru', 'shipping-due', { endsAt: NOW + 5 * DAY + 7_200_000 }],
    ['Ochrona kupującego: 7 dni 12:00:00', 'pl', 'buyer-protection-ends', { endsAt: NOW + 7 * DAY + 43_200_000 }],
  ])('%s', (line, language, kind, end) => {
    expect(timersOf([line], [language])).toEqual([{ kind, ...end, raw: line }]);
  });

  it('reads a value written on the line after its label', () => {
    expect(timersOf(['Buyer protection', '45 days left'], ['en'])).toEqual([
      { kind: 'buyer-protection-ends', endsAt: NOW + 45 * DAY, raw: 'Buyer protection 45 days left' },
    ]);
  });

  it('keeps the first timer of each kind and ignores lines without a value', () => {
    const timers = timersOf(['Buyer protection', 'Buyer protection: 3 days', 'Buyer protection: 9 days'], ['en']);
    expect(timers).toEqual([{ kind: 'buyer-protection-ends', endsAt: NOW + 3 * DAY, raw: 'Buyer protection: 3 days' }]);
  });

  it('reads nothing from lines that state no deadline, and names none of them', () => {
    expect(readStatements(['Order date: Oct 28, 2026', 'Awaiting delivery', 'Total: US $18.99'], NOW, ['en'])).toEqual({
      timers: [],
      rules: [],
      unread: [],
    });
  });
});

/**
 * The delivery guarantee as real pages write it: one line, four clauses, two dates. The first date is the
 * late-delivery coupon, the second the end of buyer protection — never "the first date in the line".
 */
const GUARANTEE_LINES: Array<[language: string, line: string, coupon: string, refund: string]> = [
  [
    'en',
    'Apply for R$5,00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 4, 2026 · Refund if items damaged · Refund if package lost',
    'Apply for R$5,00 coupon code if delayed by Aug 3, 2026',
    'Refund if no delivery before Sep 4, 2026',
  ],
  [
    'es',
    'Solicita un cupón de 5,00 € si se retrasa más allá del 3 ago 2026 · Reembolso si no se entrega antes del 4 sept 2026 · Reembolso si los artículos llegan dañados · Reembolso si se pierde el paquete',
    'Solicita un cupón de 5,00 € si se retrasa más allá del 3 ago 2026',
    'Reembolso si no se entrega antes del 4 sept 2026',
  ],
  [
    'fr',
    'Demandez un code promo de 5,00 € en cas de retard après le 3 août 2026 · Remboursement si aucune livraison avant le 4 sept. 2026 · Remboursement si les articles sont endommagés · Remboursement si le colis est perdu',
    'Demandez un code promo de 5,00 € en cas de retard après le 3 août 2026',
    'Remboursement si aucune livraison avant le 4 sept. 2026',
  ],
  [
    'pt',
    'Solicite um cupom de R$ 5,00 se atrasar após 3 de ago. de 2026 · Reembolso se não houver entrega até 4 de set. de 2026 · Reembolso se os itens chegarem danificados · Reembolso se o pacote for perdido',
    'Solicite um cupom de R$ 5,00 se atrasar após 3 de ago. de 2026',
    'Reembolso se não houver entrega até 4 de set. de 2026',
  ],
  [
    'de',
    'Fordern Sie einen Gutschein über 5,00 € an, wenn die Lieferung nach dem 3. Aug. 2026 erfolgt · Rückerstattung bei Nichtlieferung bis 4. Sep. 2026 · Rückerstattung bei beschädigten Artikeln · Rückerstattung bei verlorenem Paket',
    'Fordern Sie einen Gutschein über 5,00 € an, wenn die Lieferung nach dem 3. Aug. 2026 erfolgt',
    'Rückerstattung bei Nichtlieferung bis 4. Sep. 2026',
  ],
  [
    'ru',
    'Получите купон на 5,00 € при задержке доставки после 3 авг. 2026 г. · Возврат средств, если не доставлено до 4 сент. 2026 г. · Возврат средств при повреждении товара · Возврат средств при потере посылки',
    'Получите купон на 5,00 € при задержке доставки после 3 авг. 2026 г.',
    'Возврат средств, если не доставлено до 4 сент. 2026 г.',
  ],
  [
    'pl',
    'Odbierz kupon o wartości 5,00 zł w przypadku opóźnienia dostawy po 3 sie 2026 · Zwrot pieniędzy w przypadku braku dostawy przed 4 wrz 2026 · Zwrot pieniędzy w przypadku uszkodzenia · Zwrot pieniędzy w przypadku zgubienia paczki',
    'Odbierz kupon o wartości 5,00 zł w przypadku opóźnienia dostawy po 3 sie 2026',
    'Zwrot pieniędzy w przypadku braku dostawy przed 4 wrz 2026',
  ],
];

describe('readStatements: a date belongs to its clause', () => {
  it.each(GUARANTEE_LINES)(
    '%s: the coupon date and the protection end are told apart',
    (language, line, coupon, refund) => {
      expect(readStatements([line], NOW, [language])).toEqual({
        timers: [
          { kind: 'late-delivery-coupon', endsOn: '2026-08-03', raw: coupon },
          { kind: 'buyer-protection-ends', endsOn: '2026-09-04', raw: refund },
        ],
        rules: [],
        unread: [],
      });
    },
  );

  it('reads the clauses in any order', () => {
    const line = 'Refund if no delivery before Sep 4, 2026 · Apply for US $1.00 coupon code if delayed by Aug 3, 2026';
    expect(timersOf([line], ['en']).map((timer) => [timer.kind, timer.endsOn])).toEqual([
      ['buyer-protection-ends', '2026-09-04'],
      ['late-delivery-coupon', '2026-08-03'],
    ]);
  });

  it('names a clause with a date it cannot place, and takes no date from it', () => {
    const line = 'Refund if no delivery before Sep 4, 2026 · Bonus points expire on Oct 3, 2026';
    expect(readStatements([line], NOW, ['en'])).toEqual({
      timers: [
        { kind: 'buyer-protection-ends', endsOn: '2026-09-04', raw: 'Refund if no delivery before Sep 4, 2026' },
      ],
      rules: [],
      unread: ['Bonus points expire on Oct 3, 2026'],
    });
  });

  it('in a statement, names every clause with a date it cannot place', () => {
    expect(readStatements(['Something happens on Oct 3, 2026.'], NOW, ['en'], { statement: true }).unread).toEqual([
      'Something happens on Oct 3, 2026.',
    ]);
  });

  it("reads the progress bar's coupon sentence as the coupon date, not a 48-hour countdown", () => {
    const line = 'If delivered after Aug 3, 2026 you can collect a R$5 coupon after 48 hours of that date';
    expect(timersOf([line], ['en'])).toEqual([{ kind: 'late-delivery-coupon', endsOn: '2026-08-03', raw: line }]);
  });
});

/** The completed order's reminder, as real pages write it (no space after the full stops) and translated. */
const POLICY_TEXTS: Array<[language: string, text: string, returnSentence: string, disputeSentence: string]> = [
  [
    'en',
    'Order complete.If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.If the item you received is defective or not as described, you can open a dispute within 90 days after order was placed.',
    'If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.',
    'If the item you received is defective or not as described, you can open a dispute within 90 days after order was placed.',
  ],
  [
    'es',
    'Pedido completado. Si tienes algún problema, puedes solicitar una devolución/reembolso en un plazo de 7 días tras confirmar la recepción. Si el artículo que recibiste es defectuoso o no es como se describe, puedes abrir una disputa en un plazo de 90 días desde que se realizó el pedido.',
    'Si tienes algún problema, puedes solicitar una devolución/reembolso en un plazo de 7 días tras confirmar la recepción.',
    'Si el artículo que recibiste es defectuoso o no es como se describe, puedes abrir una disputa en un plazo de 90 días desde que se realizó el pedido.',
  ],
  [
    'fr',
    "Commande terminée. En cas de problème, vous pouvez demander un retour/remboursement dans un délai de 7 jours après avoir confirmé la réception. Si l'article reçu est défectueux ou non conforme à la description, vous pouvez ouvrir un litige dans un délai de 90 jours après la passation de la commande.",
    'En cas de problème, vous pouvez demander un retour/remboursement dans un délai de 7 jours après avoir confirmé la réception.',
    "Si l'article reçu est défectueux ou non conforme à la description, vous pouvez ouvrir un litige dans un délai de 90 jours après la passation de la commande.",
  ],
  [
    'pt',
    'Pedido concluído. Se houver algum problema, você pode solicitar devolução/reembolso no prazo de 7 dias após confirmar o recebimento. Se o item recebido estiver com defeito ou não for como descrito, você pode abrir uma disputa no prazo de 90 dias após a realização do pedido.',
    'Se houver algum problema, você pode solicitar devolução/reembolso no prazo de 7 dias após confirmar o recebimento.',
    'Se o item recebido estiver com defeito ou não for como descrito, você pode abrir uma disputa no prazo de 90 dias após a realização do pedido.',
  ],
  [
    'de',
    'Bestellung abgeschlossen. Bei Problemen können Sie innerhalb von 7 Tagen nach der Empfangsbestätigung eine Rückgabe/Erstattung beantragen. Wenn der erhaltene Artikel defekt ist oder nicht der Beschreibung entspricht, können Sie innerhalb von 90 Tagen nach Aufgabe der Bestellung einen Streitfall eröffnen.',
    'Bei Problemen können Sie innerhalb von 7 Tagen nach der Empfangsbestätigung eine Rückgabe/Erstattung beantragen.',
    'Wenn der erhaltene Artikel defekt ist oder nicht der Beschreibung entspricht, können Sie innerhalb von 90 Tagen nach Aufgabe der Bestellung einen Streitfall eröffnen.',
  ],
  [
    'ru',
    'Заказ завершен. Если возникли проблемы, вы можете подать заявку на возврат/возмещение в течение 7 дней после подтверждения получения. Если полученный товар неисправен или не соответствует описанию, вы можете открыть спор в течение 90 дней после оформления заказа.',
    'Если возникли проблемы, вы можете подать заявку на возврат/возмещение в течение 7 дней после подтверждения получения.',
    'Если полученный товар неисправен или не соответствует описанию, вы можете открыть спор в течение 90 дней после оформления заказа.',
  ],
  [
    'pl',
    'Zamówienie zakończone. W razie problemów możesz złożyć wniosek o zwrot/zwrot pieniędzy w ciągu 7 dni od potwierdzenia odbioru. Jeśli otrzymany przedmiot jest wadliwy lub niezgodny z opisem, możesz otworzyć spór w ciągu 90 dni od złożenia zamówienia.',
    'W razie problemów możesz złożyć wniosek o zwrot/zwrot pieniędzy w ciągu 7 dni od potwierdzenia odbioru.',
    'Jeśli otrzymany przedmiot jest wadliwy lub niezgodny z opisem, możesz otworzyć spór w ciągu 90 dni od złożenia zamówienia.',
  ],
];

describe('readStatements: policy sentences are rules anchored on an event, never countdowns', () => {
  it.each(POLICY_TEXTS)('%s', (language, text, returnSentence, disputeSentence) => {
    expect(readStatements([text], NOW, [language], { statement: true })).toEqual({
      timers: [],
      rules: [
        { kind: 'return-refund-window', days: 7, anchor: 'confirmed', raw: returnSentence },
        { kind: 'dispute-window', days: 90, anchor: 'ordered', raw: disputeSentence },
      ],
      unread: [],
    });
  });

  it('reads the free-returns window as a rule anchored on delivery', () => {
    const line = 'Not satisfied with your order? Send it back within 15 days after delivery.';
    expect(readStatements([line], NOW, ['en']).rules).toEqual([
      {
        kind: 'return-refund-window',
        days: 15,
        anchor: 'delivered',
        raw: 'Send it back within 15 days after delivery.',
      },
    ]);
  });

  it('leaves a span tied to an event it does not know unread, not a countdown from now', () => {
    const line = 'Ship the return within 10 days after the seller agrees.';
    expect(readStatements([line], NOW, ['en'], { statement: true })).toEqual({
      timers: [],
      rules: [],
      unread: [line],
    });
  });

  it('leaves a policy whose kind it does not know unread', () => {
    const line = 'The seller will ship within 7 days after payment.';
    expect(readStatements([line], NOW, ['en'], { statement: true })).toEqual({ timers: [], rules: [], unread: [line] });
  });

  it('still reads a countdown that is tied to no event', () => {
    expect(timersOf(['You can open a dispute in 3 days 04:00:00'], ['en'])).toEqual([
      {
        kind: 'dispute-opens',
        endsAt: NOW + 3 * DAY + 4 * 3_600_000,
        raw: 'You can open a dispute in 3 days 04:00:00',
      },
    ]);
  });
});

describe('splitClauses', () => {
  it.each([
    ['A · B · C', ['A', 'B', 'C']],
    ['Order complete.If there are any problems.', ['Order complete.', 'If there are any problems.']],
    ['Delivered：Jul. 28', ['Delivered：Jul. 28']],
    ['Lieferung bis 24. Mär 2026. Sie können danach.', ['Lieferung bis 24. Mär 2026.', 'Sie können danach.']],
    ['Доставка до 5 марта 2026 г. Продавец ответит.', ['Доставка до 5 марта 2026 г.', 'Продавец ответит.']],
    ['Total: US $9.80. Next', ['Total: US $9.80.', 'Next']],
    ['first\nsecond; third • fourth', ['first', 'second', 'third', 'fourth']],
  ])('%s', (text, clauses) => {
    expect(splitClauses(text)).toEqual(clauses);
  });

  it('keeps every character of the text but the separators, in order', () => {
    const text =
      'Apply for R$5,00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 4, 2026.Refund if items damaged';
    expect(splitClauses(text).join('')).toBe(text.replace(/\s*·\s*/g, '').replace(/\s/g, ' '));
  });
});
