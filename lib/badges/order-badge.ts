import type { ResponseOf } from '../messaging/protocol';

/** What the background answers per order of a reading: its headline deadline and the advisor's next step. */
export type OrderBadge = ResponseOf<'pageReading'>['badges'][number];
