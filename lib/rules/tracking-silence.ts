import type { Order, TrackingEvent } from '../model/order';
import type { Instant } from '../model/time';
import { TRACKING_SILENT_DAYS } from './catalog';
import { localDateTimeToInstant } from './zoned-time';

const DAY_MS = 24 * 3_600_000;

/** How long the tracking of a parcel on its way has not moved. */
export interface TrackingSilence {
  /** Whole days since the last tracking event (rounded down). */
  days: number;
  /** The last event's moment. */
  since: Instant;
}

/** Stages after which a parcel is no longer on its way to the buyer. */
const ARRIVED: ReadonlySet<TrackingEvent['stage']> = new Set(['delivered', 'pickup-ready']);

function instantOf(event: TrackingEvent, timeZone: string): Instant | undefined {
  if (event.at !== undefined) return event.at;
  return event.time === undefined ? undefined : localDateTimeToInstant(event.time, timeZone);
}

/**
 * Days since the tracking last moved, for a shipped order not delivered. Of a split order only the
 * parcels still on their way count, and the latest event among them (they move when any of them does).
 * Undefined when the order is not on its way, every parcel arrived, or no event has a time.
 */
export function trackingSilence(order: Order, now: Instant, timeZone: string): TrackingSilence | undefined {
  if (order.status !== 'shipped' || order.deliveredOn !== undefined) return undefined;
  const parcels = (order.parcels ?? (order.tracking ? [order.tracking] : [])).filter(
    (parcel) => !(parcel.events ?? []).some((event) => ARRIVED.has(event.stage)),
  );
  const times = parcels
    .flatMap((parcel) => parcel.events ?? [])
    .map((event) => instantOf(event, timeZone))
    .filter((at): at is Instant => at !== undefined);
  if (times.length === 0) return undefined;
  const since = Math.max(...times);
  if (since > now) return undefined;
  return { days: Math.floor((now - since) / DAY_MS), since };
}

/** Tracking silent for TRACKING_SILENT_DAYS or more: a fact the advice acts on. */
export function silentTracking(order: Order, now: Instant, timeZone: string): TrackingSilence | undefined {
  const silence = trackingSilence(order, now, timeZone);
  return silence !== undefined && silence.days >= TRACKING_SILENT_DAYS.value ? silence : undefined;
}
