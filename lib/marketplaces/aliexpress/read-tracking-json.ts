import type { Order, PageTimer, Tracking, TrackingEvent } from '../../model/order';
import type { LocalDateTime } from '../../model/time';
import { stageFromText } from './classify';
import { field, flag, idText, instant, isRecord, type Json, stringsOf, text } from './json-fields';
import type { ObservedApiResponse } from './observed-response';
import { findMonthDay, monthDayAt } from './parse-date';
import { readStatements, unreadClauseNote } from './read-statements';
import { stageFromCode } from './tracking-codes';
import { trackingPageUrl } from './urls';

/**
 * The tracking JSON (`mtop.ae.ld.querydetail`), as real responses carry it: `data.module` with
 * `fastDeliveryInfoDTO` (the delivery guarantee's clauses), `trackingDetailLineList[]` one per package
 * (`mailNo`, `originMailNo`, `blockMailNo`, `logisticsCarrierName`, `etaInfo`, `detailList[]` newest first:
 * `time` epoch ms, `timeText` "Tue | Jul. 28 18:39", `trackingName`, `trackingDetailDesc`,
 * `trackingPrimaryCode`/`trackingSecondCode`, `detailedLocation`). `etaInfo.etaSceneCode` says what its
 * date is: `REAL_DELIVERY` an actual delivery ("Delivered: Jul. 28"), `FULFILLLMENT_PROMISE_ETA` (sic) the
 * promised window.
 */

/** Scenes whose date is an estimate; REAL_DELIVERY is a delivery; any other is not read. */
const ESTIMATE_SCENES = new Set(['FULFILLLMENT_PROMISE_ETA', 'FULFILLMENT_PROMISE_ETA']);
const DELIVERED_SCENE = 'REAL_DELIVERY';

function eventOf(record: Json, languages: readonly string[], notes: string[]): TrackingEvent | undefined {
  const description = text(
    field(
      record,
      'trackingDetailDesc',
      'standerdDesc',
      'standardDesc',
      'desc',
      'description',
      'content',
      'trackingName',
    ),
  );
  if (!description) return undefined;
  const code = text(field(record, 'trackingPrimaryCode', 'trackingSecondCode', 'actionCode', 'nodeCode'));
  const name = text(field(record, 'trackingName', 'nodeName')) ?? '';
  let stage = code ? stageFromCode(code) : stageFromText(`${name} ${description}`);
  if (!stage) {
    // A code we do not know is a plain update; its name is kept for the next table.
    stage = 'unknown';
    if (code && !notes.includes(code)) notes.push(code);
  }
  const event: TrackingEvent = { description, stage };
  const at = instant(field(record, 'time', 'eventTime', 'timestamp', 'occurTime'));
  if (at) event.at = at;
  const shown = text(field(record, 'timeText'));
  const monthDay = shown ? findMonthDay(shown, languages) : undefined;
  const time = monthDay && at ? monthDayAt(monthDay, at) : undefined;
  if (time) event.time = time;
  const location = text(field(record, 'detailedLocation', 'address', 'location', 'eventLocation', 'city'));
  if (location && !/^\d+$/.test(location)) event.location = location;
  return event;
}

function packagesOf(value: unknown, depth = 0, out: Json[] = []): Json[] {
  if (depth > 8) return out;
  if (Array.isArray(value)) for (const entry of value) packagesOf(entry, depth + 1, out);
  else if (isRecord(value)) {
    if (
      field(value, 'mailNo', 'trackingNumber', 'logisticsNo', 'originMailNo') !== undefined &&
      Array.isArray(field(value, 'detailList', 'traceList', 'trackingDetails', 'eventList'))
    )
      out.push(value);
    else for (const entry of Object.values(value)) packagesOf(entry, depth + 1, out);
  }
  return out;
}

function requestOrderId(url: string): string | undefined {
  try {
    const params = new URL(url).searchParams;
    const direct = idText(params.get('tradeOrderId') ?? params.get('orderId'));
    if (direct) return direct;
    const data = JSON.parse(params.get('data') ?? '{}') as unknown;
    return isRecord(data) ? idText(field(data, 'tradeOrderId', 'orderId')) : undefined;
  } catch {
    return undefined;
  }
}

function trackingOf(record: Json, languages: readonly string[], notes: string[]): Tracking {
  const tracking: Tracking = {};
  // A blocked number (`blockMailNo`) is not shown to the buyer; AliExpress's own logistics number is.
  const number = text(
    flag(field(record, 'blockMailNo')) === true
      ? field(record, 'originMailNo')
      : field(record, 'mailNo', 'trackingNumber', 'logisticsNo', 'originMailNo'),
  );
  if (number) tracking.number = number;
  const carrier = text(field(record, 'logisticsCarrierName', 'carrierName', 'logisticsCompanyName', 'serviceName'));
  if (carrier) tracking.carrier = carrier;
  const list = field(record, 'detailList', 'traceList', 'trackingDetails', 'eventList');
  const events = Array.isArray(list)
    ? list.flatMap((entry) => {
        const event = isRecord(entry) ? eventOf(entry, languages, notes) : undefined;
        return event ? [event] : [];
      })
    : [];
  if (events.length) tracking.events = events;
  return tracking;
}

/** When a package was delivered: its delivery event, else the actual-delivery date of `etaInfo`. */
function deliveredOn(record: Json, tracking: Tracking, languages: readonly string[]): LocalDateTime | undefined {
  const event = tracking.events?.find((candidate) => candidate.stage === 'delivered' && candidate.time);
  if (event?.time) return event.time;
  const eta = isRecord(record.etaInfo) ? record.etaInfo : undefined;
  if (!eta || text(field(eta, 'etaSceneCode')) !== DELIVERED_SCENE) return undefined;
  const monthDay = findMonthDay(text(field(eta, 'etaTimeText', 'etaTitleRichText')) ?? '', languages);
  const at = instant(field(eta, 'etaTimeStamp', 'endEtaTime'));
  return monthDay && at ? monthDayAt(monthDay, at)?.slice(0, 10) : undefined;
}

export function orderFromTracking(
  response: ObservedApiResponse,
  languages: readonly string[],
  contextOrderId: string | undefined,
  diagnostics: string[],
): Order[] {
  const data = isRecord(response.body.data) ? response.body.data : {};
  const orderId = idText(field(data, 'tradeOrderId', 'orderId')) ?? requestOrderId(response.url) ?? contextOrderId;
  if (!orderId) return [];
  const notes: string[] = [];
  const records = packagesOf(data);
  const parcels = records.map((record) => trackingOf(record, languages, notes));
  const order: Order = { marketplace: 'aliexpress', orderId, trackingUrl: trackingPageUrl(orderId) };
  if (parcels[0]) order.tracking = parcels[0];
  if (parcels.length > 1) order.parcels = parcels;
  const strings = stringsOf(data).filter((entry) => /^fdContent/.test(entry.key));
  const statements = readStatements(
    strings.map((entry) => entry.text),
    response.observedAt,
    languages,
    { statement: true },
  );
  const timers: PageTimer[] = statements.timers;
  // Every package delivered: the order's delivery is the last of them.
  const delivered = records.map((record, index) => deliveredOn(record, parcels[index] ?? {}, languages));
  if (delivered.length && delivered.every(Boolean)) order.deliveredOn = delivered.sort().at(-1) as LocalDateTime;
  for (const record of records) {
    const eta = isRecord(record.etaInfo) ? record.etaInfo : undefined;
    if (!eta || timers.some((timer) => timer.kind === 'delivery-estimate')) continue;
    const scene = text(field(eta, 'etaSceneCode'));
    if (scene === DELIVERED_SCENE) continue;
    if (scene && !ESTIMATE_SCENES.has(scene)) {
      notes.push(`etaSceneCode ${scene}`);
      continue;
    }
    const end = instant(field(eta, 'endEtaTime', 'etaTimeStamp'));
    if (end) timers.push({ kind: 'delivery-estimate', endsAt: end, raw: text(field(eta, 'etaTimeText')) ?? 'etaInfo' });
  }
  if (timers.length) order.timers = timers;
  if (statements.rules.length) order.pageRules = statements.rules;
  for (const clause of statements.unread) diagnostics.push(unreadClauseNote(orderId, clause));
  for (const note of notes)
    diagnostics.push(`${orderId}: ${note.startsWith('eta') ? note : `tracking code ${note}`} not known`);
  return [order];
}
