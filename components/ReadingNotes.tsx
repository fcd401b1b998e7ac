import type { Translator } from '../lib/i18n/translator';
import type { BackgroundStatus } from './data/useBackgroundStatus';
import { useBackgroundStatus } from './data/useBackgroundStatus';
import { useI18n } from './i18n/I18nProvider';

type Reading = NonNullable<BackgroundStatus['lastReading']>;

/** What became of a reading beyond "read N orders": what was not kept, refused, shortened or doubtful. */
export function readingNotes(reading: Reading, { t, locale }: Translator): string[] {
  if (reading.notStored) return [t('list.note.notStored')];
  const notes: string[] = [];
  const refused = reading.refused;
  if (refused?.reason === 'too-many-readings') notes.push(t('list.note.tooManyReadings'));
  if (refused?.reason === 'too-many-new-orders')
    notes.push(t('list.note.tooManyNewOrders', { count: refused.count ?? 0 }));
  if (refused?.reason === 'too-many-orders') notes.push(t('list.note.tooManyOrders', { count: refused.count ?? 0 }));
  const first = reading.dropped?.[0];
  if (first) {
    notes.push(t('list.note.dropped', { count: reading.dropped?.length ?? 0, orderId: first.orderId, why: first.why }));
  }
  if (reading.shortened) notes.push(t('list.note.shortened', { count: reading.shortened }));
  const disagreement = reading.deadlineDisagreements?.[0];
  if (disagreement) {
    notes.push(
      t('list.note.disagreement', {
        orderId: disagreement.orderId,
        shown: shownDate(disagreement.dom, locale),
        data: shownDate(disagreement.json, locale),
        // The reading's own field name ("protection-ends"): a technical detail for the buyer to quote.
        what: disagreement.field.replace('timers.', ''),
      }),
    );
  }
  return notes;
}

/** A deadline as the reading recorded it (an ISO instant or a day), in the buyer's locale. */
function shownDate(value: string, locale: string): string {
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return value;
  if (value.length > 10) return new Date(at).toLocaleString(locale);
  // A whole day: formatted in UTC at noon, so it stays that very day in every zone.
  return new Date(`${value}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', dateStyle: 'medium' });
}

/** The notes of a reading, one paragraph each (the popup's page status; the options page). */
export function ReadingNotes({ reading }: { reading?: Reading | null }) {
  const translator = useI18n();
  const fromBackground = useBackgroundStatus().status?.lastReading;
  const shown = reading === undefined ? fromBackground : reading;
  if (!shown) return null;
  return (
    <>
      {readingNotes(shown, translator).map((note) => (
        <p key={note} className="reading-note" data-testid="reading-note">
          {note}
        </p>
      ))}
    </>
  );
}
