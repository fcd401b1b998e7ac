import type { DisputeOnPage, Order, OrderItem } from '../../model/order';
import { disputeFromText } from './classify';
import { DISPUTE_REASON_PHRASES, RESOLUTION_PHRASES } from './dispute-labels';
import { isAliExpressHost } from './hosts';
import { field, idText, isRecord, type Json, money, positiveInt, recordField, text } from './json-fields';
import type { Phrases } from './languages';
import { classifyText } from './match-phrases';
import type { ObservedApiResponse } from './observed-response';
import { absoluteUrl } from './text';

/**
 * The returns/refunds JSON. The case list (`mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer`,
 * a real capture): `data.module.items[]` per store (`shopName`) with `reverseOrderLines[]` — `reverseOrderId`,
 * `reverseOrderLineId`, `tradeOrderId`, `reverseType` ("RETURN"), `reverseStatus` (4 on finished cases),
 * `gmtCreate` (epoch ms as a string), `seller`, `buttonDTOList[]` (`view_details` → the case page).
 * One case (`…reverseOrderLineRenderForBuyer`, known from a reader of it, not a capture): `data.module` with
 * the same ids, `reverseStatusText`/`reverseDetailStatusText`, `applyReason.reasonName`, `solutionTypeText`.
 * Neither names the seller's countdown, offer, escalation or the platform's decision: those come from the page.
 */

const REASON_TABLE = Object.entries(DISPUTE_REASON_PHRASES) as Array<[keyof typeof DISPUTE_REASON_PHRASES, Phrases]>;
const RESOLUTION_TABLE = Object.entries(RESOLUTION_PHRASES) as Array<[keyof typeof RESOLUTION_PHRASES, Phrases]>;

/** The one numeric case status public data documents: 4, the "completed" filter of the case list. */
const FINISHED_REVERSE_STATUS = '4';

/** The case page a `view_details` button links to, on AliExpress's own hosts over https. */
function caseUrl(line: Json): string | undefined {
  const buttons = field(line, 'buttonDTOList', 'buttonList', 'buttons');
  if (!Array.isArray(buttons)) return undefined;
  for (const button of buttons) {
    if (!isRecord(button) || text(field(button, 'type')) !== 'view_details') continue;
    const url = absoluteUrl(text(field(button, 'detailUrl', 'url', 'href')));
    if (url && isAliExpressHost(new URL(url).hostname)) return url;
  }
  return undefined;
}

function disputeOf(line: Json): DisputeOnPage {
  const dispute: DisputeOnPage = {};
  const id = idText(field(line, 'reverseOrderId', 'reverseOrderLineId', 'issueId'));
  if (id) dispute.id = id;
  const statusText = text(field(line, 'reverseDetailStatusText', 'reverseStatusText', 'statusText'));
  if (statusText) dispute.statusText = statusText;
  const status =
    (statusText ? disputeFromText(statusText) : undefined) ??
    (text(field(line, 'reverseStatus')) === FINISHED_REVERSE_STATUS ? 'closed' : undefined);
  if (status) dispute.status = status;
  const reasonText = text(field(recordField(line, 'applyReason') ?? line, 'reasonName', 'reasonText', 'reason'));
  if (reasonText) {
    dispute.reasonText = reasonText;
    const reason = classifyText(reasonText, REASON_TABLE)?.key;
    if (reason) dispute.reason = reason;
  }
  const solution = text(field(line, 'solutionTypeText'));
  const requested =
    (solution ? classifyText(solution, RESOLUTION_TABLE)?.key : undefined) ??
    (text(field(line, 'reverseType')) === 'RETURN' ? 'return-and-refund' : undefined);
  if (requested) dispute.requestedResolution = requested;
  // `gmtCreateFormat` ("2026-11-10 14:22:10") is in a zone the response does not name: not the buyer's
  // opening time. The page's "Opened on …" is read from the DOM instead.
  const url = caseUrl(line);
  if (url) dispute.url = url;
  return dispute;
}

/**
 * The item a case is about: the case list's `aeItemDTO` (`itemTitle`, `itemCount`, `itemUnitPrice` as
 * `{ cent, currency }`, `itemId`, `itemDetailUrl`, `itemPicUrl`, `skuDTOList[].skuValue`).
 */
function itemOf(line: Json): OrderItem | undefined {
  const dto = recordField(line, 'aeItemDTO') ?? recordField(line, 'item');
  const title = dto ? text(field(dto, 'itemTitle', 'title')) : undefined;
  if (!dto || !title) return undefined;
  const item: OrderItem = { title };
  const quantity = positiveInt(field(dto, 'itemCount', 'quantity'));
  if (quantity) item.quantity = quantity;
  const unitPrice = money(field(dto, 'itemUnitPrice', 'unitPrice'));
  if (unitPrice) item.unitPrice = unitPrice;
  const productId = idText(field(dto, 'itemId', 'productId'), /^\d{6,24}$/);
  if (productId) item.productId = productId;
  const skus = field(dto, 'skuDTOList');
  const sku = Array.isArray(skus)
    ? skus.flatMap((entry) => (isRecord(entry) ? (text(field(entry, 'skuValue', 'value')) ?? []) : [])).join(', ')
    : undefined;
  if (sku) item.sku = sku;
  const productUrl = absoluteUrl(text(field(dto, 'itemDetailUrl')));
  if (productUrl && isAliExpressHost(new URL(productUrl).hostname)) item.productUrl = productUrl;
  const imageUrl = absoluteUrl(text(field(dto, 'itemPicUrl', 'itemImgUrl')));
  if (imageUrl) item.imageUrl = imageUrl;
  return item;
}

function orderOf(line: Json, shopName: string | undefined): Order | undefined {
  const orderId = idText(field(line, 'tradeOrderId', 'orderId'));
  if (!orderId) return undefined;
  const order: Order = { marketplace: 'aliexpress', orderId, dispute: disputeOf(line) };
  const item = itemOf(line);
  if (item) order.items = [item];
  const seller = recordField(line, 'seller');
  const storeName = shopName ?? text(field(line, 'shopName', 'storeName'));
  if (storeName) {
    order.store = { name: storeName };
    const storeId = seller ? idText(field(seller, 'storeId'), /^\d{1,20}$/) : undefined;
    if (storeId) order.store.id = storeId;
    const storeUrl = seller ? absoluteUrl(text(field(seller, 'storeUrl'))) : undefined;
    if (storeUrl) order.store.url = storeUrl;
  }
  return order;
}

/** Orders with their dispute, from the case list or one case. Never throws. */
export function ordersFromReverseResponses(responses: readonly ObservedApiResponse[]): Order[] {
  return responses.flatMap((response) => {
    try {
      const data = isRecord(response.body.data) ? response.body.data : {};
      const module = recordField(data, 'module') ?? data;
      const groups = field(module, 'items', 'reverseOrderList');
      if (Array.isArray(groups)) {
        return groups.filter(isRecord).flatMap((group) => {
          const lines = field(group, 'reverseOrderLines');
          const shop = text(field(group, 'shopName'));
          return (Array.isArray(lines) ? lines.filter(isRecord) : [group]).flatMap((line) => orderOf(line, shop) ?? []);
        });
      }
      return orderOf(module, undefined) ?? [];
    } catch {
      return [];
    }
  });
}
