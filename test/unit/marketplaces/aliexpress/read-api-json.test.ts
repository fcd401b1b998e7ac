import { describe, expect, it } from 'vitest';
import type { ObservedApiResponse } from '../../../../lib/marketplaces/aliexpress/observed-response';
import { ordersFromApiResponses } from '../../../../lib/marketplaces/aliexpress/read-api-json';

const AT = Date.parse('2026-11-20T09:00:00Z');
const EN = { languages: ['en'], notes: [] };
const LIST_URL =
  'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?api=mtop.aliexpress.trade.buyer.order.list';

function response(api: ObservedApiResponse['api'], data: Record<string, unknown>, url = LIST_URL): ObservedApiResponse {
  return { api, url, body: { api, ret: ['SUCCESS::ok'], data }, observedAt: AT };
}

const listOrder = {
  orderId: '8000222333270000',
  orderDateText: 'Sep 13, 2026',
  statusText: 'Awaiting delivery',
  currencyCode: 'USD',
  totalPriceText: '$25.66',
  storeName: 'Example Electronics Store',
  storePageUrl: '//www.aliexpress.com/store/1103',
  orderDetailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8000222333270000',
  buttons: [
    { type: 'CONFIRM_GOODS', text: 'Confirm received' },
    { type: 'TRACKING', text: 'Track order' },
  ],
  orderLines: [
    {
      itemTitle: 'Buck-Boost Converter Module',
      productId: '3256800000000001',
      quantity: '2',
      itemPriceText: '$12.83',
      skuAttrs: [{ name: 'Color', text: 'Module' }],
      itemImgUrl: '//ae01.alicdn.com/kf/S1.jpg',
      itemDetailUrl: '//www.aliexpress.com/item/3256800000000001.html',
    },
  ],
};

describe('ordersFromApiResponses', () => {
  it('reads the ultron order list, component by component', () => {
    const orders = ordersFromApiResponses(
      [
        response('mtop.aliexpress.trade.buyer.order.list', {
          data: {
            pc_om_list_order_1: { tag: 'pc_om_list_order', fields: listOrder },
            pc_om_list_body_2: { tag: 'pc_om_list_body', fields: { hasMore: 'true' } },
          },
        }),
      ],
      EN,
    );
    expect(orders).toEqual([
      {
        marketplace: 'aliexpress',
        orderId: '8000222333270000',
        statusText: 'Awaiting delivery',
        status: 'shipped',
        orderedOn: '2026-09-13',
        store: { name: 'Example Electronics Store', id: '1103', url: 'https://www.aliexpress.com/store/1103' },
        total: { amount: 25.66, currency: 'USD' },
        items: [
          {
            title: 'Buck-Boost Converter Module',
            sku: 'Color: Module',
            quantity: 2,
            unitPrice: { amount: 12.83, currency: 'USD' },
            productId: '3256800000000001',
            productUrl: 'https://www.aliexpress.com/item/3256800000000001.html',
            imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
          },
        ],
        actions: ['confirm-received', 'track'],
        detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8000222333270000',
        trackingUrl: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8000222333270000',
      },
    ]);
  });

  it('reads an older flat list by key names (tradeOrderId, orderAmount, subOrders)', () => {
    const [order] = ordersFromApiResponses(
      [
        response('mtop.aliexpress.trade.buyer.order.list', {
          orderList: [
            {
              tradeOrderId: 3040123456789012,
              orderStatus: 'WAIT_BUYER_ACCEPT_GOODS',
              gmtCreate: '2026-08-30 14:22:10',
              orderAmount: { currency: 'USD', value: 23.47 },
              subOrders: [{ productId: 1005006123456, title: 'ESP32-S3 DevKit', quantity: 1 }],
            },
          ],
        }),
      ],
      EN,
    );
    expect(order).toMatchObject({
      orderId: '3040123456789012',
      status: 'shipped',
      orderedOn: '2026-08-30',
      total: { amount: 23.47, currency: 'USD' },
      items: [{ title: 'ESP32-S3 DevKit', quantity: 1, productId: '1005006123456' }],
    });
  });

  it('degrades a renamed field to absent instead of failing the order', () => {
    const renamed = {
      ...listOrder,
      totalPriceText: undefined,
      totalPriceLabel: '$25.66',
      orderDateText: undefined,
      orderDay: 'Sep 13',
    };
    const [order] = ordersFromApiResponses(
      [
        response('mtop.aliexpress.trade.buyer.order.list', {
          data: { x: { tag: 'pc_om_list_order', fields: renamed } },
        }),
      ],
      EN,
    );
    expect(order?.orderId).toBe('8000222333270000');
    expect(order?.total).toBeUndefined();
    expect(order?.orderedOn).toBeUndefined();
    expect(order?.items).toHaveLength(1);
  });

  it('refuses ids JSON numbers cannot hold exactly, and non-ids', () => {
    const orders = ordersFromApiResponses(
      [
        response('mtop.aliexpress.trade.buyer.order.list', {
          orderList: [
            // What JSON.parse makes of an id too long for a double: digits that are not the id.
            { orderId: JSON.parse('81234567890123456789'), statusText: 'Completed' },
            { orderId: 'abc', statusText: 'Completed' },
          ],
        }),
      ],
      EN,
    );
    expect(orders).toEqual([]);
  });

  it('turns a countdown field into a timer counted from when the response was observed', () => {
    const [order] = ordersFromApiResponses(
      [
        response('mtop.aliexpress.trade.buyer.order.list', {
          orderList: [{ orderId: '8000222333270000', orderStatus: 'WAIT_BUYER_PAY', leftTime: 3_600_000 }],
        }),
      ],
      EN,
    );
    expect(order?.timers).toEqual([{ kind: 'payment-due', endsAt: AT + 3_600_000, raw: 'leftTime: 3600000' }]);
  });

  it('reads the order detail: status block title, price block total, info dates', () => {
    const [order] = ordersFromApiResponses(
      [
        response(
          'mtop.aliexpress.trade.buyer.order.detail',
          {
            data: {
              status: {
                tag: 'detail_order_status_block',
                fields: { orderId: '8000222333270000', title: 'Awaiting delivery' },
              },
              price: {
                tag: 'detail_order_price_block',
                fields: {
                  priceDetails: [{ title: 'Subtotal', value: '$26.72' }],
                  totalPrice: { currencyCode: 'USD', value: '$25.66', title: 'Total' },
                },
              },
              info: {
                tag: 'detail_simple_order_info_component',
                fields: {
                  tradeOrderId: '8000222333270000',
                  orderCreatTime: 'Sep 13, 2026',
                  payTime: 'Sep 13, 2026 10:02',
                },
              },
            },
          },
          'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
        ),
      ],
      EN,
    );
    expect(order).toEqual({
      marketplace: 'aliexpress',
      orderId: '8000222333270000',
      statusText: 'Awaiting delivery',
      status: 'shipped',
      orderedOn: '2026-09-13',
      paidOn: '2026-09-13T10:02',
      total: { amount: 25.66, currency: 'USD' },
      detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8000222333270000',
    });
  });

  it('reads tracking: packages, events as instants with stages from codes, the stated guarantee', () => {
    const url = `https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?data=${encodeURIComponent('{"tradeOrderId":"8000222333270000"}')}`;
    const [order] = ordersFromApiResponses(
      [
        response(
          'mtop.ae.ld.querydetail',
          {
            module: {
              fastDeliveryInfoDTO: { fdContentList: ['Refund if no delivery before Oct 15, 2026'] },
              trackingDetailLineList: [
                {
                  mailNo: 'SWX100200300400500600',
                  logisticsCarrierName: 'AliExpress Selection Standard',
                  detailList: [
                    {
                      time: 1789960000000,
                      timeText: 'Sat | Sep. 19 18:46',
                      trackingDetailDesc: 'Your package arrived at local airport',
                      trackingName: 'In transit',
                      trackingPrimaryCode: 'AE_LH_ARRIVE',
                    },
                    {
                      time: 1789800000000,
                      trackingDetailDesc: 'Package received by carrier',
                      trackingPrimaryCode: 'AE_GOT',
                    },
                  ],
                },
              ],
            },
          },
          url,
        ),
      ],
      EN,
    );
    expect(order).toEqual({
      marketplace: 'aliexpress',
      orderId: '8000222333270000',
      tracking: {
        number: 'SWX100200300400500600',
        carrier: 'AliExpress Selection Standard',
        events: [
          {
            description: 'Your package arrived at local airport',
            stage: 'arrived-destination',
            at: 1789960000000,
            time: '2026-09-19T18:46',
          },
          { description: 'Package received by carrier', stage: 'handed-to-carrier', at: 1789800000000 },
        ],
      },
      timers: [
        { kind: 'buyer-protection-ends', endsOn: '2026-10-15', raw: 'Refund if no delivery before Oct 15, 2026' },
      ],
      trackingUrl: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8000222333270000',
    });
  });

  it("does not read the page's text templates or a button's dialog as deadlines", () => {
    const notes: string[] = [];
    const [order] = ordersFromApiResponses(
      [
        response(
          'mtop.aliexpress.trade.buyer.order.detail',
          {
            data: {
              status: {
                tag: 'detail_order_status_block',
                fields: {
                  orderId: 8000222333270000,
                  title: 'Awaiting payment',
                  buttonVOList: [
                    { type: 'PAY_NOW', text: 'Pay now', extMap: { title: 'Pay within 24 hours or the order closes' } },
                  ],
                },
              },
              root: {
                tag: 'detail_root_container',
                fields: { i18n: { pay_tip: 'Pay within 24 hours', ship_tip: 'Seller will ship within 7 days' } },
              },
            },
          },
          'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
        ),
      ],
      { languages: ['en'], notes },
    );
    expect(order).toMatchObject({ orderId: '8000222333270000', status: 'awaiting-payment', actions: ['pay'] });
    expect(order?.timers).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('reads the actual delivery from an anonymised capture whose instants are shifted by days', () => {
    const notes: string[] = [];
    // As the public captures are anonymised: every long number rewritten, keeping its first digits.
    const shifted = (iso: string, days: number) => Date.parse(iso) + days * 86_400_000;
    const url = `https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?data=${encodeURIComponent('{"tradeOrderId":"8100000000000001"}')}`;
    const [order] = ordersFromApiResponses(
      [
        response(
          'mtop.ae.ld.querydetail',
          {
            result: true,
            module: {
              trackingDetailLineList: [
                {
                  mailNo: 'AB123456789BR',
                  logisticsCarrierName: 'AliExpress standard shipping',
                  etaInfo: {
                    etaSceneCode: 'REAL_DELIVERY',
                    etaTimeText: 'Jul. 28',
                    etaTitleRichText: '<span><strong>Delivered：Jul. 28</strong></span>',
                    etaTimeStamp: shifted('2025-07-28T21:39:00Z', -6),
                    endEtaTime: shifted('2025-07-28T21:39:00Z', 3),
                  },
                  detailList: [
                    {
                      time: shifted('2025-07-28T21:39:00Z', 4),
                      timeText: 'Mon | Jul. 28 18:39',
                      trackingName: 'Delivered',
                      trackingDetailDesc: 'Package delivered.',
                      trackingPrimaryCode: 'AE_GTMS_SIGNED',
                      detailedLocation: 'Sample City,SP',
                    },
                    {
                      time: shifted('2025-07-27T10:00:00Z', -9),
                      timeText: 'Sun | Jul. 27 07:00',
                      trackingName: 'In transit',
                      trackingDetailDesc: 'Your delivery information has been updated.',
                      trackingPrimaryCode: 'AE_GTMS_ORDER_INFO_UPDATE',
                    },
                    {
                      time: shifted('2025-07-26T10:00:00Z', 2),
                      timeText: 'Sat | Jul. 26 07:00',
                      trackingName: 'Something new',
                      trackingDetailDesc: 'A step we have never seen.',
                      trackingPrimaryCode: 'AE_BRAND_NEW_STEP',
                    },
                  ],
                },
              ],
            },
          },
          url,
        ),
      ],
      { languages: ['en'], notes },
    );
    expect(order?.deliveredOn).toBe('2025-07-28T18:39');
    expect(order?.timers).toBeUndefined();
    expect(order?.tracking?.events?.map((event) => [event.time, event.stage, event.location])).toEqual([
      ['2025-07-28T18:39', 'delivered', 'Sample City,SP'],
      ['2025-07-27T07:00', 'unknown', undefined],
      ['2025-07-26T07:00', 'unknown', undefined],
    ]);
    expect(notes).toEqual(['8100000000000001: tracking code AE_BRAND_NEW_STEP not known']);
  });

  it('does not take an estimate of a scene it does not know', () => {
    const notes: string[] = [];
    const [order] = ordersFromApiResponses(
      [
        response(
          'mtop.ae.ld.querydetail',
          {
            module: {
              trackingDetailLineList: [
                {
                  mailNo: 'LP00000000000001',
                  etaInfo: { etaSceneCode: 'DELAYED_PROMISE', etaTimeText: 'Dec 1 - 5', endEtaTime: 1796500000000 },
                  detailList: [
                    {
                      time: 1795000000000,
                      trackingDetailDesc: 'Package received by carrier',
                      trackingPrimaryCode: 'AE_GOT',
                    },
                  ],
                },
              ],
            },
          },
          `https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?data=${encodeURIComponent('{"tradeOrderId":"8100000000000002"}')}`,
        ),
      ],
      { languages: ['en'], notes },
    );
    expect(order?.timers).toBeUndefined();
    expect(notes).toEqual(['8100000000000002: etaSceneCode DELAYED_PROMISE not known']);
  });
});

describe('statements in real-shaped responses', () => {
  it('takes no countdown from an image name beside an undated coupon line, and no minutes from an item option', () => {
    const order = {
      ...listOrder,
      statusText: 'Completed',
      orderLines: [
        {
          ...listOrder.orderLines[0],
          // As real list lines carry it: the coupon's words without a date, HTML and all.
          itemExtraInfo: '<span style="color:#009966">US $1 coupon if delayed</span>',
          itemImgUrl: 'https://ae-pic-a1.example-media.com/kf/S90ab12c3d4a2d9f8ce5s6867dC.jpg_220x220.jpg',
          skuAttrs: [{ id: 380, name: 'Length', text: '2m', vid: 200004754 }],
        },
      ],
    };
    const json = { languages: ['en'], notes: [] as string[] };
    const [read] = ordersFromApiResponses(
      [response('mtop.aliexpress.trade.buyer.order.list', { o: { fields: order } })],
      json,
    );
    expect(read?.orderId).toBe(listOrder.orderId);
    expect(read?.timers).toBeUndefined();
    expect(read?.items?.[0]?.sku).toBe('Length: 2m');
    expect(json.notes).toEqual([]);
  });
});
