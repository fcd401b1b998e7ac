import { describe, expect, it } from 'vitest';
import { deadlineView, timeLeft } from '../../../lib/format/deadline-format';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import type { Advice } from '../../../lib/rules/advice';
import { complaintCategories, complaintFor } from '../../../lib/rules/complaints';
import { draftsFor } from '../../../lib/rules/compose/drafts';
import { evidenceQualityTips, evidenceRequirements } from '../../../lib/rules/evidence-requirements';
import { formatMoneyIn } from '../../../lib/rules/format';
import { whatsWrongChoices } from '../../../lib/rules/problem-choices';
import { problemGroups } from '../../../lib/rules/problem-labels';
import { ruleExplanation } from '../../../lib/rules/rule-explanations';
import { IRREVERSIBLE_STEPS, warningFor } from '../../../lib/rules/warnings';
import { advise, delivered, scenarios, shipped, silentParcel, TZ } from './advice-scenarios';
import { aDispute, DAY, HOUR, utc } from './builders';

/** A key echoed back, an ICU brace left over, a placeholder left unfilled: a text that failed to render. */
const BROKEN =
  /[{}]|\b(advice|warning|refund|rule|problem|formReason|evidence|complaint|compose|deadline|urgency)\.[a-z]/;

function readable(text: string, where: string) {
  expect(text.trim().length, `${where} is empty`).toBeGreaterThan(0);
  expect(text, where).not.toMatch(BROKEN);
}

/** Every text of one advice: the step, the routes, the warnings, the refund, the complaint, the evidence. */
function textsOf(advice: Advice): string[] {
  return [
    advice.title,
    advice.why,
    ...advice.alternatives.flatMap((option) => [option.title, option.why]),
    ...advice.warnings.flatMap((warning) => [warning.title, warning.text]),
    ...(advice.refund ? [advice.refund.rationale] : []),
    ...(advice.complaint ? [advice.complaint.category.label, advice.complaint.note] : []),
    ...(advice.missingEvidence ?? []).map((item) => item.what),
  ];
}

describe.each(LOCALES)('every advice branch in %s', (locale) => {
  it.each(scenarios)('%s → %s', (_name, branch, input) => {
    const advice = advise({ ...input, locale });
    expect(advice.branch).toBe(branch);
    for (const [index, text] of textsOf(advice).entries()) readable(text, `${locale} ${branch} text ${index}`);
    if (locale !== 'en') {
      // The same facts in English: the title is another language's, not an English fallback.
      const english = advise({ ...input, locale: 'en-US' });
      expect(advice.title, `${locale} ${branch}`).not.toBe(english.title);
    }
  });

  it('every warning, checklist, complaint category, problem and rule explanation renders', () => {
    const context = { order: delivered, now: utc('2026-04-01T10:00:00Z'), timeZone: TZ, locale };
    for (const step of IRREVERSIBLE_STEPS) {
      const warning = warningFor(step, context);
      readable(warning.title, `${locale} warning ${step}`);
      readable(warning.text, `${locale} warning ${step}`);
    }
    for (const group of problemGroups(locale)) {
      readable(group.label, `${locale} group ${group.group}`);
      for (const { reason, label } of group.reasons) {
        readable(label, `${locale} problem ${reason}`);
        for (const item of evidenceRequirements(reason, locale)) {
          readable(item.what, `${locale} ${reason} ${item.id}`);
          readable(item.how, `${locale} ${reason} ${item.id}`);
        }
        const complaint = complaintFor(reason, 'legacy', locale);
        if (complaint) readable(complaint.note, `${locale} complaint ${reason}`);
      }
    }
    for (const category of complaintCategories('legacy', locale)) {
      readable(category.label, `${locale} ${category.id}`);
      for (const sub of category.subTypes) readable(sub.label, `${locale} ${sub.id}`);
    }
    for (const choice of whatsWrongChoices(locale)) readable(choice.label, `${locale} choice ${choice.id}`);
    for (const tip of evidenceQualityTips(locale)) readable(tip, `${locale} tip`);
    for (const id of [
      'buyer-protection-max-days',
      'protection-after-delivery-days',
      'confirm-receipt-ends-protection',
      'cancelled-dispute-restarts-window',
      'cancel-after-protection-is-final',
      'dispute-opens-after-shipping-days',
      'dispute-opens-immediately-below-delivery-days',
      'dispute-window-days',
      'seller-dispute-response-days',
      'escalation-possible-after-days',
      'escalation-auto-after-days',
      'return-ship-within-days',
      'paypal-dispute-window-days',
      'card-chargeback-window-days',
      'paypal-escalate-to-claim-days',
    ]) {
      const explanation = ruleExplanation(id, locale);
      expect(explanation, id).toBeDefined();
      readable(explanation?.summary ?? '', `${locale} rule ${id}`);
      readable(explanation?.source ?? '', `${locale} rule ${id}`);
      if (explanation?.note) readable(explanation.note, `${locale} rule note ${id}`);
    }
  });
});

describe('advice in Spanish, Polish and Russian', () => {
  it('Spanish: the step, its reason and the money as a Spanish buyer reads them', () => {
    const advice = advise({
      order: delivered,
      dispute: aDispute({
        reason: 'damaged',
        openedAt: utc('2026-04-01T10:00:00Z'),
        status: 'counter-offer',
        offers: [
          {
            from: 'seller',
            at: utc('2026-04-01T10:00:00Z'),
            resolution: 'partial-refund',
            amount: { amount: 30, currency: 'USD' },
          },
        ],
      }),
      problem: { reason: 'damaged', severity: 'minor' },
      locale: 'es',
    });
    expect(advice.branch).toBe('offer-fair');
    expect(advice.title).toBe(`Acepta el reembolso de ${formatMoneyIn({ amount: 30, currency: 'USD' }, 'es')}`);
    expect(advice.title).toMatch(/30,00\s?US\$/);
    expect(advice.why).toContain('Aceptar cierra la disputa.');
  });

  it('Polish złoty: "129,46 zł", never "129.46 PLN"', () => {
    expect(formatMoneyIn({ amount: 129.46, currency: 'PLN' }, 'pl')).toMatch(/^129,46\s?zł$/);
    expect(formatMoneyIn({ amount: 129.46, currency: 'PLN' }, 'ru')).toMatch(/^129,46\s?PLN$/);
  });

  it.each([
    // Russian: one / few / many, as the count asks.
    ['ru', 21, 'Трек не обновлялся 21 день'],
    ['ru', 22, 'Трек не обновлялся 22 дня'],
    ['ru', 25, 'Трек не обновлялся 25 дней'],
    // Polish: after "od" the genitive — 22 dni, 25 dni.
    ['pl', 22, 'Śledzenie nie zmieniło się od 22 dni'],
    ['pl', 25, 'Śledzenie nie zmieniło się od 25 dni'],
    ['es', 21, 'El seguimiento lleva 21 días sin moverse'],
  ] as const)('%s: tracking silent for %d days reads "%s"', (locale, days, expected) => {
    const lastEvent = utc('2026-03-07T08:00:00Z');
    const advice = advise({ order: silentParcel, now: lastEvent + days * DAY + HOUR, locale });
    expect(advice.branch).toBe('tracking-silent');
    expect(advice.why).toContain(expected);
  });

  it.each([
    ['ru', 3 * DAY + 4 * HOUR, 'осталось: 3 дня 4 часа'],
    ['ru', 5 * DAY, 'осталось: 5 дней'],
    ['ru', 21 * DAY, 'осталось: 21 день'],
    ['pl', 2 * DAY + HOUR, 'pozostało: 2 dni 1 godzina'],
    ['pl', 5 * HOUR, 'pozostało: 5 godzin'],
    ['es', DAY + 2 * HOUR, 'queda 1 día y 2 horas'],
    ['es', 3 * DAY, 'quedan 3 días'],
  ] as const)('%s: %d ms left reads "%s"', (locale, ms, expected) => {
    const now = utc('2026-04-01T10:00:00Z');
    expect(timeLeft({ kind: 'buyer-protection-ends', dueAt: now + ms }, now, { locale, timeZone: TZ })).toBe(expected);
  });

  it.each([
    ['ru', 'через 1 минуту'],
    ['pl', 'za 1 minutę'],
    ['de', 'in 1 Minute'],
  ] as const)('%s: an opening a minute away is declined after the preposition: "%s"', (locale, expected) => {
    const now = utc('2026-04-01T10:00:00Z');
    expect(timeLeft({ kind: 'dispute-opens', dueAt: now + 90_000 }, now, { locale, timeZone: TZ })).toBe(expected);
  });

  it('a deadline keeps its one name in every language, the PayPal window included', () => {
    const now = utc('2026-04-01T10:00:00Z');
    const paypal = {
      kind: 'chargeback-window-closes' as const,
      dueAt: now + 10 * DAY,
      source: 'estimate' as const,
      label: 'Last day for a PayPal dispute',
    };
    const names = Object.fromEntries(
      LOCALES.map((locale) => [locale, deadlineView(paypal, now, { locale, timeZone: TZ }).name]),
    ) as Record<Locale, string>;
    expect(names.en).toBe('Last day for a PayPal dispute');
    expect(names.es).toBe('Último día para una disputa en PayPal');
    expect(names.ru).toBe('Последний день для спора в PayPal');
    expect(new Set(Object.values(names)).size).toBe(LOCALES.length);
  });
});

describe('texts for the platform stay English, the buyer’s version beside them', () => {
  const order = { ...shipped, total: { amount: 40, currency: 'USD' } };
  const advice = advise({ order: delivered, problem: { reason: 'damaged', severity: 'unusable' } });

  it('English only when the buyer reads English', () => {
    const drafts = draftsFor({ order, problem: { reason: 'damaged' }, advice, timeZone: TZ, locale: 'en-GB' });
    expect(drafts.length).toBeGreaterThan(1);
    for (const draft of drafts) expect(draft.translation).toBeUndefined();
  });

  it.each([
    ['es', 'Motivo: Productos dañados', 'Descripción de la disputa'],
    ['pl', 'Powód: Uszkodzony towar', 'Opis sporu'],
    ['ru', 'Причина: Повреждённый товар', 'Описание спора'],
  ] as const)('%s: the same dispute description from the same facts', (locale, reasonLine, title) => {
    const problem = { reason: 'damaged' as const, severity: 'unusable' as const, details: 'Pęknięta obudowa.' };
    const english = draftsFor({ order, problem, advice, timeZone: TZ });
    const drafts = draftsFor({ order, problem, advice, timeZone: TZ, locale });
    const description = drafts.find((draft) => draft.id === 'dispute-description');
    // The text to send does not change with the buyer's language.
    expect(drafts.map((draft) => draft.body)).toEqual(english.map((draft) => draft.body));
    expect(description?.body).toContain('Reason: Damaged goods');
    expect(description?.body).toContain('Full refund of 40.00 USD.');
    expect(description?.title).toBe(title);
    expect(description?.translation?.language).toBe(locale);
    expect(description?.translation?.body.split('\n')[0]).toBe(reasonLine);
    expect(description?.translation?.body).toContain(formatMoneyIn({ amount: 40, currency: 'USD' }, locale));
    // The buyer's own words stay as they wrote them, in both.
    expect(description?.body).toContain('Pęknięta obudowa.');
    expect(description?.translation?.body).toContain('Pęknięta obudowa.');
    for (const draft of drafts) readable(draft.translation?.body ?? '', `${locale} ${draft.id}`);
  });
});
