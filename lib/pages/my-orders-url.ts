/**
 * AliExpress's My Orders, where a buyer's first reading comes from: the popup's empty state and the
 * welcome page open it. A constant on AliExpress's own host (marketplace-url.ts would pass it as is).
 */
export const MY_ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';
