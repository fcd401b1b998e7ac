/** The zone the buyer's dates and times are shown in: the browser's. Its own module, so a list row needs no order view. */
export const BUYER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
