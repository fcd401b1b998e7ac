import { describe, expect, it } from 'vitest';
import { type BadgeFacts, badgeText, orderBadge, pageWords } from '../../../lib/badges/badge-text';
import { translatorFor } from '../../../lib/i18n/translator';
import { orderBadgeSchema, pageWordsSchema } from '../../../lib/messaging/content-replies';
import type { Deadline } from '../../../lib/model/deadline';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const ADVICE = { title: 'Wait for the parcel', why: 'It is on its way.' };
const BERLIN = { timeZone: 'Europe/Berlin' };
const EN = translatorFor('en');
const NOTHING_DUE = 'Tracked — no deadline';

function badge(deadline: Partial<Deadline> | null, orderId = '8204417366541234'): BadgeFacts {
  return {
    orderId,
    advice: ADVICE,
    deadline: deadline && {
      orderId,
      kind: 'buyer-protection-ends',
      dueAt: NOW + 4 * DAY,
      source: 'page',
      ruleId: 'protection',
      urgency: 'soon',
      label: 'Buyer protection ends',
      ...deadline,
    },
  };
}

/** The English badge words, as the background writes them for an English-speaking buyer in Berlin. */
const english = (facts: ReturnType<typeof badge>) => badgeText(facts.orderId, facts.deadline, NOW, EN, BERLIN);

describe('badgeText: the deadline in the one formatter’s words', () => {
  it.each([
    [
      'urgent, stated by the page',
      { urgency: 'urgent', dueAt: NOW + 2 * DAY },
      'Buyer protection ends: Nov 22, 1:00 PM',
    ],
    ['soon', { urgency: 'soon' }, 'Buyer protection ends: Nov 24, 1:00 PM'],
    [
      'a whole day: the day, no invented time',
      {
        urgency: 'upcoming',
        kind: 'dispute-window-closes',
        label: 'Last day to open a dispute',
        dueAt: Date.parse('2026-12-03T22:59:59.999Z'),
        dueOn: '2026-12-03',
      },
      'Last day to open a dispute: by the end of Dec 3',
    ],
    [
      'an opening, estimated',
      {
        urgency: 'upcoming',
        kind: 'dispute-opens',
        label: 'Dispute can be opened',
        source: 'estimate',
        dueAt: Date.parse('2026-11-28T23:00:00Z'),
        dueOn: '2026-11-29',
      },
      'Dispute can be opened: from Nov 29',
    ],
    [
      'overdue: says so in words, not only in red',
      {
        urgency: 'overdue',
        label: 'Last day to open a dispute',
        kind: 'dispute-window-closes',
        dueAt: NOW - 2 * DAY - 60_000,
      },
      'Overdue: Last day to open a dispute: Nov 18, 12:59 PM',
    ],
  ] as const)('%s', (_, deadline, text) => {
    const words = english(badge(deadline));
    expect(words.text).toBe(text);
    expect(words.urgency).toBe(deadline.urgency);
    expect(words.quiet).toBe(false);
  });

  it('starts its accessible name with the visible text, then the time left, its source, the urgency and the order', () => {
    const words = english(badge({ urgency: 'urgent', dueAt: NOW + 2 * DAY }));
    expect(words.label).toBe(
      'Buyer protection ends: Nov 22, 1:00 PM, 2 days left (stated by the page) — urgent. Buyer Guard, order 8204417366541234: show the next step',
    );
    const overdue = english(badge({ urgency: 'overdue', dueAt: NOW - 3 * DAY }));
    expect(overdue.label.startsWith(overdue.text)).toBe(true);
    expect(overdue.label).not.toContain('— overdue');
  });

  it('gives the panel the same date, the time left and who stated it', () => {
    const due = Date.UTC(2026, 11, 8, 10, 23);
    expect(english(badge({ dueAt: due, source: 'page' })).detail).toBe(
      'Buyer protection ends: Dec 8, 11:23 AM — 17 days 22 hours left (stated by the page)',
    );
    expect(english(badge({ dueAt: due, source: 'estimate' })).detail).toMatch(/\(estimated\)$/);
    expect(english(badge({ dueAt: due, source: 'page-rule' })).detail).toMatch(/\(page-stated rule\)$/);
  });

  it('is quiet when no deadline is known: the order is tracked, nothing is claimed', () => {
    const words = english(badge(null));
    expect(words).toMatchObject({ text: NOTHING_DUE, urgency: 'none', quiet: true });
    expect(words.label).toBe(`${NOTHING_DUE}. Buyer Guard, order 8204417366541234: show the next step`);
  });
});

describe('the badge and its panel in the buyer’s language (worded by the background)', () => {
  const ES = translatorFor('es');
  const PL = translatorFor('pl');
  const facts = (deadline: Partial<Deadline> | null) => ({
    ...badge(deadline),
    advice: { title: 'Pregunta al vendedor', why: 'El paquete no se mueve.' },
  });

  it('Spanish: the deadline’s name, date, time left and source, the action and the panel’s words', () => {
    const es = orderBadge(facts({ urgency: 'urgent', dueAt: NOW + 2 * DAY }), NOW, ES, BERLIN);
    expect(es.text).toBe('Fin de la protección al comprador: 22 nov, 13:00');
    expect(es.label).toBe(
      'Fin de la protección al comprador: 22 nov, 13:00, quedan 2 días (indicado por la página) — urgente. Buyer Guard, pedido 8204417366541234: ver el siguiente paso',
    );
    expect(es.panel).toEqual({
      brand: 'Buyer Guard · pedido 8204417366541234',
      title: 'Pregunta al vendedor',
      detail: 'Fin de la protección al comprador: 22 nov, 13:00 — quedan 2 días (indicado por la página)',
      why: 'El paquete no se mueve.',
      facts: [],
    });
    const overdue = orderBadge(facts({ urgency: 'overdue', dueAt: NOW - 3 * DAY }), NOW, ES, BERLIN);
    expect(overdue.text).toBe('Vencido: Fin de la protección al comprador: 17 nov, 13:00');
    expect(orderBadge(facts(null), NOW, ES, BERLIN)).toMatchObject({ text: 'Seguido — sin plazo', quiet: true });
    expect(pageWords(ES, 2)).toEqual({
      openGuide: 'Abrir la guía',
      close: 'Cerrar',
      guideFailed: 'No se pudo abrir la guía. Abre Buyer Guard desde la barra de herramientas del navegador.',
      notice: {
        notRead: 'Buyer Guard no pudo leer esta página: su diseño es nuevo para Buyer Guard.',
        partlyRead: 'Buyer Guard leyó esta página, pero no pudo leer 2 datos.',
        privacy:
          'El informe muestra cómo está hecha la página, no tus pedidos, nombres ni direcciones. No se envía nada.',
        save: 'Guardar un informe',
        dismiss: 'Descartar',
      },
    });
  });

  it('Polish: the plural forms one, few and many in the time left, and the badge’s words', () => {
    const HOUR = 3_600_000;
    const left = (ms: number) =>
      orderBadge(facts({ urgency: 'urgent', dueAt: NOW + ms }), NOW, PL, BERLIN).panel.detail;
    expect(left(DAY)).toBe('Koniec Ochrony Kupującego: 21 lis, 13:00 — pozostało: 1 dzień (podane przez stronę)');
    expect(left(5 * DAY)).toMatch(/ — pozostało: 5 dni \(podane przez stronę\)$/);
    expect(left(HOUR)).toMatch(/ — pozostało: 1 godzina \(podane przez stronę\)$/);
    expect(left(2 * HOUR)).toMatch(/ — pozostało: 2 godziny \(podane przez stronę\)$/);
    expect(left(5 * HOUR)).toMatch(/ — pozostało: 5 godzin \(podane przez stronę\)$/);
    expect(orderBadge(facts({ urgency: 'urgent', dueAt: NOW + 2 * DAY }), NOW, PL, BERLIN).label).toBe(
      'Koniec Ochrony Kupującego: 22 lis, 13:00, pozostało: 2 dni (podane przez stronę) — pilne. Buyer Guard, zamówienie 8204417366541234: pokaż następny krok',
    );
    expect(orderBadge(facts(null), NOW, PL, BERLIN).text).toBe('Śledzone — bez terminu');
    expect(pageWords(PL, 1).notice.partlyRead).toBe(
      'Buyer Guard odczytał tę stronę, ale jednej informacji nie udało się odczytać.',
    );
  });

  it('states a fact the panel shows besides the advice, once: not again when the advice already says it', () => {
    const fact = ES.t('advice.tracking-silent.fact', { days: 26 });
    expect(orderBadge({ ...facts(null), facts: [fact] }, NOW, ES, BERLIN).panel.facts).toEqual([fact]);
    const saidAlready = { ...facts(null), advice: { title: 't', why: `${fact} Abre una disputa.` }, facts: [fact] };
    expect(orderBadge(saidAlready, NOW, ES, BERLIN).panel.facts).toEqual([]);
  });

  it('passes the reply’s schema in every language, and the schema bounds what a sender could make huge', () => {
    for (const locale of ['en', 'es', 'fr', 'pt-BR', 'de', 'ru', 'pl'] as const) {
      const words = translatorFor(locale);
      const worded = orderBadge(facts({ urgency: 'overdue', dueAt: NOW - 400 * DAY }), NOW, words, BERLIN);
      expect(orderBadgeSchema().safeParse(worded).success, locale).toBe(true);
      expect(pageWordsSchema().safeParse(pageWords(words, 1000)).success, locale).toBe(true);
    }
    const base = orderBadge(facts(null), NOW, EN, BERLIN);
    expect(orderBadgeSchema().safeParse({ ...base, text: 'x'.repeat(201) }).success).toBe(false);
    expect(orderBadgeSchema().safeParse({ ...base, orderId: '<b>1</b>' }).success).toBe(false);
    expect(orderBadgeSchema().safeParse({ ...base, panel: { ...base.panel, facts: Array(5).fill('f') } }).success).toBe(
      false,
    );
  });
});
