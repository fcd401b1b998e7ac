import type { Money } from '../../model/money';
import type {
  Order,
  OrderAction,
  OrderItem,
  OrderStatus,
  PageTimer,
  PageTimerKind,
  Tracking,
  TrackingEvent,
} from '../../model/order';
import { actionFromText, stageFromCode, stageFromText, statusFromCode, statusFromText } from './classify';
import type { ObservedApiResponse } from './observed-response';
import { findDate } from './parse-date';
import { parseFormattedPriceInfo, parseMoney } from './parse-money';
import { readTimers } from './read-timers';
import { absoluteUrl, cleanText } from './text';

/**
 * Orders from the page's own JSON responses. Parsing is by key names, never by fixed paths:
 * a renamed or moved field leaves that field unread instead of breaking the reading.
 * Instants (epoch ms in the JSON) stay instants; date strings become local dates.
 */

type Json = Record<string, unknown>;
export type ApiOrder = Order;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first non-empty value under any of the names (exact first, then ignoring case). */
function field(record: Json, ...names: string[]): unknown {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  const lowered = names.map((name) => name.toLowerCase());
  for (const key of Object.keys(record)) {
    if (!lowered.includes(key.toLowerCase())) continue;
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Digits of an id, from a string or a number that JSON kept exactly. */
function idText(value: unknown, pattern = /^\d{6,24}$/): string | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && pattern.test(String(value)) ? String(value) : undefined;
  const candidate = text(value);
  return candidate && pattern.test(candidate) ? candidate : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(text(value));
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function instant(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : /^\d{12,14}$/.test(text(value) ?? '') ? Number(value) : Number.NaN;
  return Number.isSafeInteger(number) && number > 946_684_800_000 ? number : undefined;
}

/** Money from "$25.66", "$25.66|25|66", or { value|amount|cent, currency|currencyCode }. */
function money(value: unknown, currency?: string): Money | undefined {
  if (typeof value === 'string')
    return value.includes('|') ? parseFormattedPriceInfo(value, currency) : parseMoney(value, currency);
  if (typeof value === 'number') return currency && value >= 0 ? parseMoney(String(value), currency) : undefined;
  if (!isRecord(value)) return undefined;
  const ownCurrency = text(field(value, 'currencyCode', 'currency')) ?? currency;
  const cents = field(value, 'cent');
  if (typeof cents === 'number' && ownCurrency) return parseMoney(String(cents / 100), ownCurrency);
  return money(field(value, 'formatPriceInfo', 'value', 'amount', 'displayAmount', 'formattedAmount'), ownCurrency);
}

function localDateOf(value: unknown, languages: readonly string[]) {
  const written = text(value);
  return written && !/^\d+$/.test(written) ? findDate(written, languages) : undefined;
}

const ACTION_CODES: Array<[RegExp, OrderAction]> = [
  [/^PAY/, 'pay'],
  [/CANCEL/, 'cancel'],
  [/TRACK|LOGISTIC/, 'track'],
  [/CONFIRM/, 'confirm-received'],
  [/VIEW_(ISSUE|DISPUTE)|ISSUE_DETAIL|DISPUTE_DETAIL/, 'view-dispute'],
  [/ISSUE|DISPUTE|REFUND|RETURN/, 'open-dispute'],
  [/CONTACT|MESSAGE|CHAT/, 'contact-seller'],
  [/EXTEND|PROLONG/, 'extend-protection'],
  [/FEEDBACK|EVALUAT|REVIEW/, 'leave-feedback'],
  [/BUY_AGAIN|REBUY|ADD_TO_CART|CART/, 'buy-again'],
  [/DELETE|REMOVE/, 'delete'],
];

function actionsOf(record: Json): OrderAction[] | undefined {
  const buttons = field(record, 'buttons', 'buttonList', 'actionList', 'operations');
  if (!Array.isArray(buttons)) return undefined;
  const actions: OrderAction[] = [];
  for (const button of buttons) {
    if (!isRecord(button)) continue;
    const code = text(field(button, 'type', 'code', 'action'))?.toUpperCase() ?? '';
    const label = text(field(button, 'text', 'title', 'name')) ?? '';
    const action = ACTION_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? actionFromText(label);
    if (action && !actions.includes(action)) actions.push(action);
  }
  return actions;
}

function skuText(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.flatMap((part) => {
      if (!isRecord(part)) return text(part) ? [text(part) as string] : [];
      const name = text(field(part, 'name', 'attrName', 'key'));
      const shown = text(field(part, 'text', 'value', 'attrValue', 'valueName'));
      return shown ? [name ? `${name}: ${shown}` : shown] : [];
    });
    return parts.join(', ') || undefined;
  }
  return text(value);
}

function itemOf(record: Json, currency: string | undefined): OrderItem | undefined {
  const title = text(field(record, 'itemTitle', 'productName', 'productTitle', 'itemName', 'title', 'subject'));
  if (!title) return undefined;
  const item: OrderItem = { title };
  const sku = skuText(field(record, 'skuAttrs', 'skuAttr', 'skuDesc', 'skuInfo', 'skuText', 'productSku'));
  if (sku) item.sku = sku;
  const quantity = positiveInt(field(record, 'quantity', 'count', 'productCount', 'buyAmount', 'itemCount'));
  if (quantity) item.quantity = quantity;
  const unitPrice = money(
    field(record, 'itemPriceText', 'productUnitPrice', 'unitPrice', 'itemPrice', 'price'),
    currency,
  );
  if (unitPrice) item.unitPrice = unitPrice;
  const productId = idText(field(record, 'productId', 'itemId'));
  if (productId) item.productId = productId;
  const productUrl = absoluteUrl(text(field(record, 'itemDetailUrl', 'productUrl', 'itemUrl', 'productDetailUrl')));
  if (productUrl) item.productUrl = productUrl;
  const imageUrl = absoluteUrl(
    text(field(record, 'itemImgUrl', 'productImgUrl', 'itemPic', 'picUrl', 'imageUrl', 'imgUrl', 'productImage')),
  );
  if (imageUrl) item.imageUrl = imageUrl;
  return item;
}

function itemsOf(record: Json, currency: string | undefined): OrderItem[] | undefined {
  const list = field(
    record,
    'orderLines',
    'subOrders',
    'productList',
    'orderItems',
    'itemList',
    'childOrderList',
    'orderLineList',
  );
  if (!Array.isArray(list)) return undefined;
  const items = list.flatMap((entry) => {
    const item = isRecord(entry) ? itemOf(entry, currency) : undefined;
    return item ? [item] : [];
  });
  return items.length ? items : undefined;
}

/** Every string in the record (depth-limited): where the JSON carries the page's sentences. */
function strings(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 6 || out.length > 400) return out;
  if (typeof value === 'string') {
    if (value.length < 300) out.push(value);
  } else if (Array.isArray(value)) for (const entry of value) strings(entry, depth + 1, out);
  else if (isRecord(value)) for (const entry of Object.values(value)) strings(entry, depth + 1, out);
  return out;
}

const COUNTDOWN_KIND: Partial<Record<OrderStatus, PageTimerKind>> = {
  'awaiting-payment': 'payment-due',
  'awaiting-shipment': 'shipping-due',
  shipped: 'auto-confirm',
  delivered: 'auto-confirm',
};

/** Countdown fields (milliseconds left when the response was served) and stated deadlines in the JSON's texts. */
function timersOf(record: Json, status: OrderStatus | undefined, observedAt: number, languages: readonly string[]) {
  const timers: PageTimer[] = readTimers(strings(record), observedAt, languages);
  const kind = status ? COUNTDOWN_KIND[status] : undefined;
  for (const key of ['leftTime', 'remainTime', 'timeoutLeftTime', 'countDownTime', 'countdown', 'leftMillis']) {
    const left = field(record, key);
    const ms = typeof left === 'number' ? left : Number(text(left));
    if (kind && Number.isSafeInteger(ms) && ms > 0 && !timers.some((timer) => timer.kind === kind)) {
      timers.push({ kind, endsAt: observedAt + ms, raw: `${key}: ${ms}` });
    }
  }
  return timers.length ? timers : undefined;
}

function orderOf(
  record: Json,
  observedAt: number,
  languages: readonly string[],
  statusRecord?: Json,
): ApiOrder | undefined {
  const orderId = idText(field(record, 'orderId', 'tradeOrderId', 'mainOrderId', 'orderNo'));
  if (!orderId) return undefined;
  const order: ApiOrder = { marketplace: 'aliexpress', orderId };
  const currency = text(field(record, 'currencyCode', 'currency', 'orderCurrency'));
  const statusText = text(
    field(
      statusRecord ?? record,
      'statusText',
      'orderStatusText',
      'statusDesc',
      'orderStatusDesc',
      ...(statusRecord ? ['title'] : []),
    ),
  );
  if (statusText) order.statusText = statusText;
  const statusCode = text(field(record, 'orderStatus', 'status'));
  const status =
    (statusCode && /^[A-Z_]+$/.test(statusCode) ? statusFromCode(statusCode) : undefined) ??
    (statusText ? statusFromText(statusText) : undefined);
  if (status) order.status = status;
  const orderedOn = localDateOf(
    field(record, 'orderDateText', 'orderCreatTime', 'orderCreateTime', 'gmtCreate', 'createTime', 'orderTime'),
    languages,
  );
  if (orderedOn) order.orderedOn = orderedOn.date;
  const paidOn = localDateOf(field(record, 'payTime', 'gmtPaySuccess', 'paidTime', 'gmtPay'), languages);
  if (paidOn) order.paidOn = paidOn.dateTime;
  const storeName = text(field(record, 'storeName', 'sellerName', 'shopName', 'sellerSignerFullname'));
  if (storeName) {
    order.store = { name: storeName };
    const storeId = idText(field(record, 'storeId', 'sellerId', 'storeNo'), /^\d{1,20}$/);
    if (storeId) order.store.id = storeId;
    const storeUrl = absoluteUrl(text(field(record, 'storePageUrl', 'storeUrl', 'shopUrl')));
    if (storeUrl) order.store.url = storeUrl;
  }
  const total = money(
    field(
      record,
      'totalPriceText',
      'totalPrice',
      'orderAmount',
      'payAmount',
      'actualPayAmount',
      'totalAmount',
      'formatPriceInfo',
    ),
    currency,
  );
  if (total) order.total = total;
  const items = itemsOf(record, currency ?? total?.currency);
  if (items) order.items = items;
  const actions = actionsOf(record);
  if (actions) order.actions = actions;
  const timers = timersOf(statusRecord ? { ...record, ...statusRecord } : record, status, observedAt, languages);
  if (timers) order.timers = timers;
  const detailUrl = absoluteUrl(text(field(record, 'orderDetailUrl', 'detailUrl')));
  if (detailUrl) order.detailUrl = detailUrl;
  return order;
}

/** Ultron pages (`data.data`: components keyed by name, each `{ tag, fields }`). */
function components(body: Json): Array<{ tag: string; fields: Json }> {
  const data = isRecord(body.data) ? body.data : body;
  const tree = isRecord(data.data) ? data.data : data;
  return Object.values(tree).flatMap((component) =>
    isRecord(component) && isRecord(component.fields)
      ? [{ tag: text(component.tag) ?? '', fields: component.fields }]
      : [],
  );
}

function orderLikeRecords(value: unknown, depth = 0, out: Json[] = []): Json[] {
  if (depth > 8) return out;
  if (Array.isArray(value)) for (const entry of value) orderLikeRecords(entry, depth + 1, out);
  else if (isRecord(value)) {
    if (
      idText(field(value, 'orderId', 'tradeOrderId')) &&
      field(
        value,
        'orderLines',
        'subOrders',
        'statusText',
        'orderStatus',
        'orderDateText',
        'gmtCreate',
        'totalPriceText',
        'orderAmount',
      ) !== undefined
    ) {
      out.push(value);
    } else for (const entry of Object.values(value)) orderLikeRecords(entry, depth + 1, out);
  }
  return out;
}

function ordersFromList(response: ObservedApiResponse, languages: readonly string[]): ApiOrder[] {
  const parts = components(response.body);
  const records = parts.length ? parts.map((part) => part.fields) : orderLikeRecords(response.body.data);
  return records.flatMap((record) => {
    const order = orderOf(record, response.observedAt, languages);
    return order ? [order] : [];
  });
}

function orderFromDetail(response: ObservedApiResponse, languages: readonly string[]): ApiOrder[] {
  const parts = components(response.body);
  if (!parts.length) return ordersFromList(response, languages);
  const merged: Json = {};
  for (const part of parts)
    for (const [key, value] of Object.entries(part.fields)) if (!(key in merged)) merged[key] = value;
  // Only the status block's `title` is the status; every price row has a title too.
  delete merged.title;
  const statusRecord = parts.find((part) => /status/i.test(part.tag))?.fields;
  const itemLists = parts.flatMap((part) =>
    Array.isArray(field(part.fields, 'orderLines', 'itemList', 'productList')) ? [part.fields] : [],
  );
  if (itemLists[0]) merged.orderLines = field(itemLists[0], 'orderLines', 'itemList', 'productList');
  const order = orderOf(merged, response.observedAt, languages, statusRecord);
  return order ? [order] : [];
}

function eventOf(record: Json): TrackingEvent | undefined {
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
  const event: TrackingEvent = {
    description,
    stage: (code ? stageFromCode(code) : undefined) ?? stageFromText(`${name} ${description}`),
  };
  const at = instant(field(record, 'time', 'eventTime', 'timestamp', 'occurTime'));
  if (at) event.at = at;
  const location = text(field(record, 'address', 'location', 'eventLocation', 'city'));
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

function orderFromTracking(
  response: ObservedApiResponse,
  languages: readonly string[],
  contextOrderId?: string,
): ApiOrder[] {
  const orderId =
    idText(field(isRecord(response.body.data) ? response.body.data : {}, 'tradeOrderId', 'orderId')) ??
    requestOrderId(response.url) ??
    contextOrderId;
  if (!orderId) return [];
  const parcels: Tracking[] = packagesOf(response.body.data).map((record) => {
    const tracking: Tracking = {};
    const number = text(field(record, 'mailNo', 'trackingNumber', 'logisticsNo', 'originMailNo'));
    if (number) tracking.number = number;
    const carrier = text(field(record, 'logisticsCarrierName', 'carrierName', 'logisticsCompanyName', 'serviceName'));
    if (carrier) tracking.carrier = carrier;
    const list = field(record, 'detailList', 'traceList', 'trackingDetails', 'eventList');
    const events = Array.isArray(list)
      ? list.flatMap((entry) => (isRecord(entry) && eventOf(entry) ? [eventOf(entry) as TrackingEvent] : []))
      : [];
    if (events.length) tracking.events = events;
    return tracking;
  });
  const order: ApiOrder = { marketplace: 'aliexpress', orderId };
  if (parcels[0]) order.tracking = parcels[0];
  if (parcels.length > 1) order.parcels = parcels;
  const timers = readTimers(strings(response.body.data), response.observedAt, languages);
  const eta = packagesOf(response.body.data)
    .map((record) => (isRecord(record.etaInfo) ? record.etaInfo : undefined))
    .find(Boolean);
  const etaEnd = eta ? instant(field(eta, 'endEtaTime', 'etaTimeStamp')) : undefined;
  if (eta && etaEnd && !timers.some((timer) => timer.kind === 'delivery-estimate')) {
    timers.push({
      kind: 'delivery-estimate',
      endsAt: etaEnd,
      raw: text(field(eta, 'etaTimeText')) ?? 'etaInfo.endEtaTime',
    });
  }
  if (timers.length) order.timers = timers;
  return [order];
}

/**
 * Orders in the observed responses of one page. `contextOrderId` is the order a detail or
 * tracking page is about, for responses that do not repeat it.
 */
export function ordersFromApiResponses(
  responses: readonly ObservedApiResponse[],
  languages: readonly string[],
  contextOrderId?: string,
): ApiOrder[] {
  return responses.flatMap((response) => {
    try {
      if (response.api === 'mtop.aliexpress.trade.buyer.order.list') return ordersFromList(response, languages);
      if (response.api === 'mtop.aliexpress.trade.buyer.order.detail') return orderFromDetail(response, languages);
      return orderFromTracking(response, languages, contextOrderId);
    } catch {
      return [];
    }
  });
}
