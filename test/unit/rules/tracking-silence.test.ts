import { describe, expect, it } from 'vitest';
import type { Order, TrackingEvent } from '../../../lib/model/order';
import { TRACKING_SILENT_DAYS } from '../../../lib/rules/catalog';
import { silentTracking, trackingSilence } from '../../../lib/rules/tracking-silence';
import { anOrder, DAY, HOUR, utc } from './builders';

const TZ = 'Europe/Berlin';
const NOW = utc('2026-04-02T10:00:00Z');
const event = (time: string, stage: TrackingEvent['stage'] = 'in-transit'): TrackingEvent => ({
  time,
  description: 'Departed',
  stage,
});
const shipped = (events: TrackingEvent[], overrides: Partial<Order> = {}): Order =>
  anOrder({ status: 'shipped', tracking: { events }, ...overrides });

describe('trackingSilence: whole days since the tracking last moved', () => {
  it.each([
    // Mar 7, 09:00 local (08:00 UTC) → Apr 2, 10:00 UTC: 26 days and change.
    ['26 days without an event', shipped([event('2026-03-01T08:00'), event('2026-03-07T09:00')]), 26],
    [
      'the latest event counts, whatever the order they come in',
      shipped([event('2026-03-20T09:00'), event('2026-03-01T08:00')]),
      13,
    ],
    [
      'an event with an instant (JSON)',
      shipped([{ at: NOW - 20 * DAY - HOUR, description: 'x', stage: 'customs' }]),
      20,
    ],
    ['moved an hour ago', shipped([{ at: NOW - HOUR, description: 'x', stage: 'in-transit' }]), 0],
  ] as const)('%s → %d', (_name, order, days) => {
    expect(trackingSilence(order, NOW, TZ)?.days).toBe(days);
  });

  it.each([
    ['delivered', shipped([event('2026-03-01T08:00', 'delivered')])],
    ['ready for pickup', shipped([event('2026-03-01T08:00', 'pickup-ready')])],
    ['the page says delivered', shipped([event('2026-03-01T08:00')], { deliveredOn: '2026-03-02' })],
    ['not shipped yet', shipped([event('2026-03-01T08:00')], { status: 'awaiting-shipment' })],
    ['no event with a time', shipped([{ description: 'Label created', stage: 'ordered' }])],
    ['no tracking', anOrder({ status: 'shipped' })],
  ])('%s → none', (_name, order) => {
    expect(trackingSilence(order, NOW, TZ)).toBeUndefined();
  });

  it('a split order: only the parcels still on their way count', () => {
    const order = shipped([event('2026-03-30T08:00', 'delivered')], {
      parcels: [{ events: [event('2026-03-30T08:00', 'delivered')] }, { events: [event('2026-03-05T08:00')] }],
    });
    expect(trackingSilence(order, NOW, TZ)?.days).toBe(28);
  });
});

describe('silentTracking: a fact once it reaches TRACKING_SILENT_DAYS', () => {
  const at = (days: number) => shipped([{ at: NOW - days * DAY, description: 'x', stage: 'in-transit' }]);
  it.each([
    [TRACKING_SILENT_DAYS.value - 1, false],
    [TRACKING_SILENT_DAYS.value, true],
    [TRACKING_SILENT_DAYS.value + 6, true],
  ])('%d days silent → %s', (days, silent) => {
    expect(silentTracking(at(days), NOW, TZ) !== undefined).toBe(silent);
  });
});
