import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../lib/marketplaces/aliexpress/languages';
import { readStatements } from '../../../../lib/marketplaces/aliexpress/read-statements';
import { pick, type Rng, seededRandom } from '../../seeded-random';

/**
 * Properties of statement lines, over generated lines: clauses in any order and number, any of the seven
 * languages, any dates. A date is only ever read as the deadline of its own clause; a policy span is only
 * ever a rule; a clause nobody places lends its date to nothing.
 */

const NOW = Date.parse('2026-11-20T09:00:00Z');

/** A date as the pages of each language write it, with the month word Intl gives. */
function written(language: Language, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // The month as it stands next to a day ("3 июл."), as dates write it; not the standalone "июль".
  const monthWord =
    new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' })
      .formatToParts(Date.UTC(year, month - 1, 15))
      .find((part) => part.type === 'month')?.value ?? '';
  switch (language) {
    case 'en':
      return `${monthWord} ${day}, ${year}`;
    case 'pt':
      return `${day} de ${monthWord} de ${year}`;
    case 'de':
      return `${day}. ${monthWord} ${year}`;
    case 'ru':
      return `${day} ${monthWord} ${year} г.`;
    default:
      return `${day} ${monthWord} ${year}`;
  }
}

/** The delivery guarantee's clauses per language: the coupon's date, the protection's end, dateless ones. */
const CLAUSES: Record<Language, { coupon: string; refund: string; plain: string[]; unknown: string }> = {
  en: {
    coupon: 'Apply for US $1.00 coupon code if delayed by {d}',
    refund: 'Refund if no delivery before {d}',
    plain: ['Refund if items damaged', 'Refund if package lost'],
    unknown: 'Bonus points expire on {d}',
  },
  es: {
    coupon: 'Solicita un cupón de 1,00 € si se retrasa más allá del {d}',
    refund: 'Reembolso si no se entrega antes del {d}',
    plain: ['Reembolso si los artículos llegan dañados', 'Reembolso si se pierde el paquete'],
    unknown: 'Los puntos caducan el {d}',
  },
  fr: {
    coupon: 'Demandez un code promo de 1,00 € en cas de retard après le {d}',
    refund: 'Remboursement si aucune livraison avant le {d}',
    plain: ['Remboursement si les articles sont endommagés', 'Remboursement si le colis est perdu'],
    unknown: 'Les points expirent le {d}',
  },
  pt: {
    coupon: 'Solicite um cupom de R$ 5,00 se atrasar após {d}',
    refund: 'Reembolso se não houver entrega até {d}',
    plain: ['Reembolso se os itens chegarem danificados', 'Reembolso se o pacote for perdido'],
    unknown: 'Os pontos expiram em {d}',
  },
  de: {
    coupon: 'Fordern Sie einen Gutschein über 1,00 € an, wenn die Lieferung nach dem {d} erfolgt',
    refund: 'Rückerstattung bei Nichtlieferung bis {d}',
    plain: ['Rückerstattung bei beschädigten Artikeln', 'Rückerstattung bei verlorenem Paket'],
    unknown: 'Punkte verfallen am {d}',
  },
  ru: {
    coupon: 'Получите купон на 1,00 € при задержке доставки после {d}',
    refund: 'Возврат средств, если не доставлено до {d}',
    plain: ['Возврат средств при повреждении товара', 'Возврат средств при потере посылки'],
    unknown: 'Баллы сгорают {d}',
  },
  pl: {
    coupon: 'Odbierz kupon o wartości 5,00 zł w przypadku opóźnienia dostawy po {d}',
    refund: 'Zwrot pieniędzy w przypadku braku dostawy przed {d}',
    plain: ['Zwrot pieniędzy w przypadku uszkodzenia', 'Zwrot pieniędzy w przypadku zgubienia paczki'],
    unknown: 'Punkty wygasają {d}',
  },
};

function isoDate(rng: Rng): string {
  const year = 2026 + Math.floor(rng() * 2);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('statement lines, generated', () => {
  it('reads each date as the deadline of its own clause, in any order, language and number of clauses', () => {
    const rng = seededRandom(20_261_120);
    for (let run = 0; run < 700; run++) {
      const language = pick(rng, LANGUAGES);
      const table = CLAUSES[language];
      const coupon = isoDate(rng);
      const refund = isoDate(rng);
      const stray = isoDate(rng);
      const parts: Array<{ text: string; kind?: string; date?: string; unread?: boolean }> = [
        { text: table.coupon.replace('{d}', written(language, coupon)), kind: 'late-delivery-coupon', date: coupon },
        { text: table.refund.replace('{d}', written(language, refund)), kind: 'buyer-protection-ends', date: refund },
        ...table.plain.map((text) => ({ text })),
      ];
      if (rng() < 0.5) parts.push({ text: table.unknown.replace('{d}', written(language, stray)), unread: true });
      // Some lines leave clauses out; the order is any.
      const kept = parts.filter((part) => part.kind || rng() < 0.7);
      kept.sort(() => rng() - 0.5);
      const line = kept.map((part) => part.text).join(pick(rng, [' · ', ' • ', '; ']));
      const found = readStatements([line], NOW, [language]);
      const context = `${language} #${run}: ${line}`;
      expect(found.timers, context).toEqual(
        kept.filter((part) => part.kind).map((part) => ({ kind: part.kind, endsOn: part.date, raw: part.text })),
      );
      expect(found.rules, context).toEqual([]);
      expect(found.unread, context).toEqual(kept.filter((part) => part.unread).map((part) => part.text));
    }
  });

  it('reads a policy span as a rule of that many days, never as a countdown, in every language', () => {
    const SPANS: Record<Language, (days: number) => string> = {
      en: (n) => `You can apply for a return/refund within ${n} days of confirming receipt.`,
      es: (n) => `Puedes solicitar una devolución/reembolso en un plazo de ${n} días tras confirmar la recepción.`,
      fr: (n) =>
        `Vous pouvez demander un retour/remboursement dans un délai de ${n} jours après avoir confirmé la réception.`,
      pt: (n) => `Você pode solicitar devolução/reembolso no prazo de ${n} dias após confirmar o recebimento.`,
      de: (n) =>
        `Sie können innerhalb von ${n} Tagen nach der Empfangsbestätigung eine Rückgabe/Erstattung beantragen.`,
      ru: (n) => `Вы можете подать заявку на возврат/возмещение в течение ${n} дней после подтверждения получения.`,
      pl: (n) => `Możesz złożyć wniosek o zwrot/zwrot pieniędzy w ciągu ${n} dni od potwierdzenia odbioru.`,
    };
    const rng = seededRandom(7);
    for (let run = 0; run < 300; run++) {
      const language = pick(rng, LANGUAGES);
      // Plural forms differ with the number (дней/дня, dni/dzień): the span's unit must still be read.
      const days = pick(rng, [1, 2, 3, 5, 7, 10, 15, 21, 22, 25, 30, 60, 90]);
      const sentence = SPANS[language](days);
      const found = readStatements([sentence], NOW, [language], { statement: true });
      expect(found, `${language}: ${sentence}`).toEqual({
        timers: [],
        rules: [{ kind: 'return-refund-window', days, anchor: 'confirmed', raw: sentence }],
        unread: [],
      });
    }
  });
});
