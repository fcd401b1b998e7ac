import type { ResponseOf } from '../messaging/protocol';

/** What the background answers per order of a reading: its badge and panel, worded in the buyer's language. */
export type OrderBadge = ResponseOf<'pageReading'>['badges'][number];

/** The words the page's Buyer Guard elements share (panel buttons, the notice), in the buyer's language. */
export type PageWords = ResponseOf<'pageReading'>['words'];
