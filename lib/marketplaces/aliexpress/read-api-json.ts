import type { Order, OrderAction, OrderItem, OrderStatus, PageTimer, PageTimerKind } from '../../model/order';
import { actionFromText, statusFromCode, statusFromText } from './classify';
import { field, idText, isRecord, type Json, money, positiveInt, recordField, stringsOf, text } from './json-fields';
import type { ObservedApiResponse } from './observed-response';
import { findDate } from './parse-date';
import { isProse, readStatements, type Statements, unreadClauseNote } from './read-statements';
import { orderFromTracking } from './read-tracking-json';
import { absoluteUrl } from './text';
import { orderDetailPageUrl, trackingPageUrl } from './urls';

/**
 * Orders from the page's own JSON responses (json-fields.ts reads them by key names). Instants (epoch ms)
 * stay instants; date strings become local dates. What the readers learnt of the real shapes, and where,
 * is in docs/READING.md:
 * - order list (`mtop.aliexpress.trade.buyer.order.list`): Ultron components keyed by name, one
 *   `pc_om_list_order_<orderId>` per order with `fields` (orderId, orderDateText, statusText, storeName,
 *   totalPriceText, orderLines[], buttons[], orderDetailUrl without the id);
 * - order detail (`mtop.aliexpress.trade.buyer.order.detail`): blocks — `detail_order_status_block`
 *   (title, reminder, buttonVOList), `detail_simple_order_info_component` (orderCreatTime, payTime,
 *   orderShipTime, orderEndTime), `detail_product_block` (sellerVO, productVOList), `detail_order_price_block`
 *   (totalPrice), `detail_order_services` (data[].content), `detail_service_progress_bar` (text).
 */

export type ApiOrder = Order;

/** What a JSON reading needs besides the responses: the page's languages, and where to note what stayed unread. */
export interface JsonContext {
  languages: readonly string[];
  /** Diagnostics: clauses not understood, codes not known ("8204…: tracking code AE_X not known"). */
  notes: string[];
}

const ACTION_CODES: Array<[RegExp, OrderAction]> = [
  [/^PAY/, 'pay'],
  [/CANCEL/, 'cancel'],
  [/TRACK|LOGISTIC/, 'track'],
  [/CONFIRM/, 'confirm-received'],
  [/VIEW_(ISSUE|DISPUTE)|ISSUE_DETAIL|DISPUTE_DETAIL|REFUND_DETAIL/, 'view-dispute'],
  [/ISSUE|DISPUTE|REFUND|RETURN/, 'open-dispute'],
  [/CONTACT|MESSAGE|CHAT/, 'contact-seller'],
  [/EXTEND|PROLONG/, 'extend-protection'],
  [/FEEDBACK|EVALUAT|REVIEW/, 'leave-feedback'],
  [/BUY_AGAIN|REBUY|REPURCHASE|ADD_TO_CART|CART/, 'buy-again'],
  [/DELETE|REMOVE/, 'delete'],
];

const BUTTON_LISTS = ['buttons', 'buttonVOList', 'buttonVOS', 'buttonList', 'actionList', 'operations'];

function actionsIn(list: unknown, actions: OrderAction[]): boolean {
  if (!Array.isArray(list)) return false;
  for (const button of list) {
    if (!isRecord(button)) continue;
    const code = text(field(button, 'type', 'code', 'action'))?.toUpperCase() ?? '';
    const label = text(field(button, 'text', 'title', 'name')) ?? '';
    const action = ACTION_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? actionFromText(label);
    if (action && !actions.includes(action)) actions.push(action);
  }
  return true;
}

/** The buttons of the order and of its lines (the detail's "Returns/refunds" sits on each product). */
function actionsOf(record: Json, lines: readonly Json[]): OrderAction[] | undefined {
  const actions: OrderAction[] = [];
  let saw = actionsIn(field(record, ...BUTTON_LISTS), actions);
  for (const line of lines) saw = actionsIn(field(line, ...BUTTON_LISTS), actions) || saw;
  return saw ? actions : undefined;
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

const ITEM_LISTS = [
  'orderLines',
  'productVOList',
  'subOrders',
  'productList',
  'orderItems',
  'itemList',
  'childOrderList',
  'orderLineList',
];

function lineRecords(record: Json): Json[] {
  const list = field(record, ...ITEM_LISTS);
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function itemsOf(lines: readonly Json[], currency: string | undefined): OrderItem[] | undefined {
  const items = lines.flatMap((line) => {
    const item = itemOf(line, currency);
    return item ? [item] : [];
  });
  return items.length ? items : undefined;
}

/** Keys whose text is a statement of the page's rules: every clause with a date in it must be placed. */
const STATEMENT_KEYS = new Set(['reminder', 'content', 'fdContent', 'fdContentList', 'text', 'tip', 'tips', 'desc']);

/**
 * Parts of a response that are no statement about this order: the buyer's address (its house numbers are no
 * durations), the page's text templates (`i18n`: "can't be canceled at this time", a dialog's words), a
 * button's confirm dialog, a tax tip, tracking parameters, an item's options ("Length: 2m" is no two
 * minutes) and the price lines.
 */
const NOT_STATEMENTS = new Set([
  'addressVO',
  'logisticsReceiverInfo',
  'i18n',
  'i18nMap',
  'extMap',
  'tipData',
  'utParams',
  'pageResources',
  'skuAttrs',
  'skuAttr',
  'skuInfo',
  'skuInfos',
  'skuList',
  'skuDTOList',
  'priceDetails',
]);

/** Keys that hold an address of something (a link, an image, an icon), never words about the order. */
const ADDRESS_KEY = /(?:url|href|img|image|icon|pic|link)$/i;

/** Deadlines and rules stated in the record's texts, clause by clause (read-statements.ts). */
function statementsOf(record: Json, observedAt: number, languages: readonly string[]): Statements {
  const strings = stringsOf(record, NOT_STATEMENTS).filter(
    (entry) => !ADDRESS_KEY.test(entry.key) && isProse(entry.text),
  );
  const statements = readStatements(
    strings.filter((entry) => STATEMENT_KEYS.has(entry.key)).map((entry) => entry.text),
    observedAt,
    languages,
    { statement: true },
  );
  const others = readStatements(
    strings.filter((entry) => !STATEMENT_KEYS.has(entry.key)).map((entry) => entry.text),
    observedAt,
    languages,
  );
  for (const timer of others.timers)
    if (!statements.timers.some((t) => t.kind === timer.kind)) statements.timers.push(timer);
  for (const rule of others.rules) if (!statements.rules.some((r) => r.raw === rule.raw)) statements.rules.push(rule);
  for (const clause of others.unread) if (!statements.unread.includes(clause)) statements.unread.push(clause);
  return statements;
}

const COUNTDOWN_KIND: Partial<Record<OrderStatus, PageTimerKind>> = {
  'awaiting-payment': 'payment-due',
  'awaiting-shipment': 'shipping-due',
  shipped: 'auto-confirm',
  delivered: 'auto-confirm',
};

/** Countdown fields: milliseconds left when the response was served. */
function countdownsOf(record: Json, status: OrderStatus | undefined, observedAt: number, timers: PageTimer[]) {
  const kind = status ? COUNTDOWN_KIND[status] : undefined;
  for (const key of ['leftTime', 'remainTime', 'timeoutLeftTime', 'countDownTime', 'countdown', 'leftMillis']) {
    const left = field(record, key);
    const ms = typeof left === 'number' ? left : Number(text(left));
    if (kind && Number.isSafeInteger(ms) && ms > 0 && !timers.some((timer) => timer.kind === kind)) {
      timers.push({ kind, endsAt: observedAt + ms, raw: `${key}: ${ms}` });
    }
  }
}

function localDateOf(value: unknown, languages: readonly string[]) {
  const written = text(value);
  return written && !/^\d+$/.test(written) ? findDate(written, languages) : undefined;
}

/**
 * The status from its text, or from an enum code older responses carry (`WAIT_BUYER_ACCEPT_GOODS`). The
 * buyer-side numeric `orderStatus` (`global.orderStatus`, `utParams.args.orderStatus`) is not read: public
 * captures show 9 on completed and on expired orders alike.
 */
function statusOf(record: Json, statusText: string | undefined): OrderStatus | undefined {
  const code = text(field(record, 'orderStatus', 'status'));
  return (
    (code && /^[A-Z_]+$/.test(code) ? statusFromCode(code) : undefined) ??
    (statusText ? statusFromText(statusText) : undefined)
  );
}

function trackingHref(record: Json, lines: readonly Json[]): string | undefined {
  for (const source of [record, ...lines]) {
    const list = field(source, ...BUTTON_LISTS);
    if (!Array.isArray(list)) continue;
    for (const button of list) {
      if (!isRecord(button) || !/TRACK/i.test(text(field(button, 'type', 'code')) ?? '')) continue;
      const href = text(field(button, 'href', 'url', 'link'));
      if (href) return href;
    }
  }
  return undefined;
}

interface OrderParts {
  /** The order's own fields (a list component, or the detail's blocks merged). */
  record: Json;
  /** The block naming the status (detail: `detail_order_status_block`). */
  statusRecord?: Json;
  /** The store's value object (`sellerVO`) when the store is not in the record itself. */
  seller?: Json;
}

function orderOf(parts: OrderParts, observedAt: number, json: JsonContext): ApiOrder | undefined {
  const { record, statusRecord, seller } = parts;
  const { languages } = json;
  const orderId = idText(field(record, 'orderId', 'tradeOrderId', 'mainOrderId', 'orderNo'));
  if (!orderId) return undefined;
  const order: ApiOrder = { marketplace: 'aliexpress', orderId };
  const lines = lineRecords(record);
  const currency = text(field(record, 'currencyCode', 'currency', 'orderCurrency', 'intentionCurrency'));
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
  const status = statusOf(record, statusText);
  if (status) order.status = status;
  const orderedOn = localDateOf(
    field(record, 'orderDateText', 'orderCreatTime', 'orderCreateTime', 'gmtCreate', 'createTime', 'orderTime'),
    languages,
  );
  if (orderedOn) order.orderedOn = orderedOn.date;
  const dates = [
    ['paidOn', ['payTime', 'gmtPaySuccess', 'paidTime', 'gmtPay']],
    ['shippedOn', ['orderShipTime', 'shipTime', 'gmtSend', 'sendGoodsTime']],
    // "Order completed on": the day the order completed (receipt confirmed, by the buyer or automatically).
    ['confirmedOn', ['orderEndTime', 'finishTime', 'gmtFinish', 'confirmTime']],
  ] as const;
  for (const [key, names] of dates) {
    const found = localDateOf(field(record, ...names), languages);
    if (found) order[key] = found.dateTime;
  }
  const storeSource = seller ?? record;
  const storeName = text(field(storeSource, 'storeName', 'sellerName', 'shopName', 'sellerSignerFullname'));
  if (storeName) {
    order.store = { name: storeName };
    const storeUrl = absoluteUrl(text(field(storeSource, 'storePageUrl', 'storeUrl', 'shopUrl')));
    const storeId =
      idText(field(storeSource, 'storeId', 'storeNo'), /^\d{1,20}$/) ?? /\/store\/(\d{1,20})/.exec(storeUrl ?? '')?.[1];
    if (storeId) order.store.id = storeId;
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
  const items = itemsOf(lines, total?.currency ?? currency);
  if (items) order.items = items;
  const actions = actionsOf(statusRecord ?? record, statusRecord ? [record, ...lines] : lines);
  if (actions) order.actions = actions;
  const statements = statementsOf(statusRecord ? { ...record, ...statusRecord } : record, observedAt, languages);
  countdownsOf(record, status, observedAt, statements.timers);
  if (statements.timers.length) order.timers = statements.timers;
  if (statements.rules.length) order.pageRules = statements.rules;
  for (const clause of statements.unread) json.notes.push(unreadClauseNote(orderId, clause));
  order.detailUrl = orderDetailPageUrl(orderId, text(field(record, 'orderDetailUrl', 'detailUrl')));
  const tracking = trackingHref(statusRecord ?? record, lines);
  if (tracking || actions?.includes('track')) order.trackingUrl = trackingPageUrl(orderId, tracking);
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

function ordersFromList(response: ObservedApiResponse, json: JsonContext): ApiOrder[] {
  const parts = components(response.body);
  const records = parts.length ? parts.map((part) => part.fields) : orderLikeRecords(response.body.data);
  return records.flatMap((record) => {
    const order = orderOf({ record }, response.observedAt, json);
    return order ? [order] : [];
  });
}

function orderFromDetail(response: ObservedApiResponse, json: JsonContext): ApiOrder[] {
  const parts = components(response.body);
  if (!parts.length) return ordersFromList(response, json);
  const merged: Json = {};
  for (const part of parts)
    for (const [key, value] of Object.entries(part.fields)) if (!(key in merged)) merged[key] = value;
  // Only the status block's `title` is the status; every price row and service has a title too.
  delete merged.title;
  const statusRecord = parts.find((part) => /status_block|order_status/i.test(part.tag))?.fields;
  const itemLists = parts.flatMap((part) => (lineRecords(part.fields).length ? [part.fields] : []));
  const lines = itemLists[0] ? field(itemLists[0], ...ITEM_LISTS) : undefined;
  if (lines) merged.orderLines = lines;
  const seller = parts.map((part) => recordField(part.fields, 'sellerVO', 'storeVO', 'sellerInfo')).find(Boolean);
  const order = orderOf(
    {
      record: merged,
      ...(statusRecord && { statusRecord }),
      ...(seller && { seller }),
    },
    response.observedAt,
    json,
  );
  return order ? [order] : [];
}

/**
 * Orders in the observed responses of one page. `contextOrderId` is the order a detail or
 * tracking page is about, for responses that do not repeat it.
 */
export function ordersFromApiResponses(
  responses: readonly ObservedApiResponse[],
  json: JsonContext,
  contextOrderId?: string,
): ApiOrder[] {
  return responses.flatMap((response) => {
    try {
      if (response.api === 'mtop.aliexpress.trade.buyer.order.list') return ordersFromList(response, json);
      if (response.api === 'mtop.aliexpress.trade.buyer.order.detail') return orderFromDetail(response, json);
      if (response.api === 'mtop.ae.ld.querydetail')
        return orderFromTracking(response, json.languages, contextOrderId, json.notes);
      return [];
    } catch {
      return [];
    }
  });
}
