import type { BackgroundStatus } from './data/useBackgroundStatus';
import { useBackgroundStatus } from './data/useBackgroundStatus';

type Reading = NonNullable<BackgroundStatus['lastReading']>;

/** The buyer-facing sentences of this component, in one place for the i18n layer. */
const TEXTS = {
  notStored: 'Buyer Guard could not store this reading; everything stored before is unchanged.',
  dropped: (count: number, orderId: string, why: string) =>
    `${count} ${count === 1 ? 'order was' : 'orders were'} not kept because the page gave a value Buyer Guard cannot use (order ${orderId}: ${why}).`,
  shortened: (count: number) =>
    `${count} ${count === 1 ? 'text on the page was' : 'texts on the page were'} longer than Buyer Guard keeps and ${count === 1 ? 'was' : 'were'} shortened.`,
  tooManyReadings:
    'This page changed faster than anyone reads it: Buyer Guard paused reading it for a minute. Nothing stored was lost; it reads the page again after the pause.',
  tooManyNewOrders: (count: number) =>
    `${count} new ${count === 1 ? 'order was' : 'orders were'} not kept: the page showed more new orders within a minute than Buyer Guard takes from one page. Nothing stored was lost; it reads the page again in a minute.`,
  tooManyOrders: (count: number) =>
    `${count} new ${count === 1 ? 'order was' : 'orders were'} not kept: Buyer Guard holds as many orders as it keeps. Nothing stored was lost; delete orders you no longer need to make room.`,
  disagreement: (orderId: string, shown: string, data: string, what: string) =>
    `Order ${orderId}: the page shows ${shown} but its data says ${data} (${what}). Buyer Guard keeps the earlier; check the order on AliExpress.`,
} as const;

/** What became of a reading beyond "read N orders": what was not kept, refused, shortened or doubtful. */
export function readingNotes(reading: Reading): string[] {
  if (reading.notStored) return [TEXTS.notStored];
  const notes: string[] = [];
  const refused = reading.refused;
  if (refused?.reason === 'too-many-readings') notes.push(TEXTS.tooManyReadings);
  if (refused?.reason === 'too-many-new-orders') notes.push(TEXTS.tooManyNewOrders(refused.count ?? 0));
  if (refused?.reason === 'too-many-orders') notes.push(TEXTS.tooManyOrders(refused.count ?? 0));
  const first = reading.dropped?.[0];
  if (first) notes.push(TEXTS.dropped(reading.dropped?.length ?? 0, first.orderId, first.why));
  if (reading.shortened) notes.push(TEXTS.shortened(reading.shortened));
  const disagreement = reading.deadlineDisagreements?.[0];
  if (disagreement) {
    const what = disagreement.field.replace('timers.', '').replaceAll('-', ' ');
    notes.push(
      TEXTS.disagreement(disagreement.orderId, shownDate(disagreement.dom), shownDate(disagreement.json), what),
    );
  }
  return notes;
}

/** A deadline as the reading recorded it (an ISO instant or a day), for the sentence above. */
function shownDate(value: string): string {
  const at = Date.parse(value);
  return value.length > 10 && Number.isFinite(at) ? new Date(at).toLocaleString() : value;
}

/** The notes of a reading, one paragraph each (the popup's page status; the options page). */
export function ReadingNotes({ reading }: { reading?: Reading | null }) {
  const fromBackground = useBackgroundStatus().status?.lastReading;
  const shown = reading === undefined ? fromBackground : reading;
  if (!shown) return null;
  return (
    <>
      {readingNotes(shown).map((note) => (
        <p key={note} className="reading-note" data-testid="reading-note">
          {note}
        </p>
      ))}
    </>
  );
}
