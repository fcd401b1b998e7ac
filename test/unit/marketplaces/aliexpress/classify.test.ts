import { describe, expect, it } from 'vitest';
import {
  actionFromText,
  disputeFromText,
  stageFromText,
  statusFromCode,
  statusFromText,
} from '../../../../lib/marketplaces/aliexpress/classify';

describe('statusFromText', () => {
  it.each([
    ['Awaiting payment', 'awaiting-payment'],
    ['Awaiting shipment', 'awaiting-shipment'],
    ['Awaiting delivery', 'shipped'],
    ['Completed', 'completed'],
    ['Closed', 'closed'],
    ['Esperando la entrega', 'shipped'],
    ['Pendiente de pago', 'awaiting-payment'],
    ['Cerrado', 'closed'],
    ["En attente d'expédition", 'awaiting-shipment'],
    ['Terminée', 'completed'],
    ['Aguardando entrega', 'shipped'],
    ['Concluído', 'completed'],
    ['Warten auf Lieferung', 'shipped'],
    ['Storniert', 'closed'],
    ['Ожидает получения', 'shipped'],
    ['Завершён', 'completed'],
    ['Завершен', 'completed'],
    ['Oczekuje na dostawę', 'shipped'],
    ['Anulowane', 'closed'],
  ])('%s → %s', (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });

  it('does not take a word inside another word', () => {
    expect(statusFromText('Undelivered parcels info')).toBeUndefined();
  });

  it.each([
    ['WAIT_BUYER_PAY', 'awaiting-payment'],
    ['WAIT_SELLER_SEND_GOODS', 'awaiting-shipment'],
    ['SELLER_PART_SEND_GOODS', 'shipped'],
    ['WAIT_BUYER_ACCEPT_GOODS', 'shipped'],
    ['FINISH', 'completed'],
    ['IN_CANCEL', 'closed'],
  ])('code %s → %s', (code, status) => {
    expect(statusFromCode(code)).toBe(status);
  });
});

describe('actionFromText', () => {
  it.each([
    ['Track order', 'track'],
    ['Confirm received', 'confirm-received'],
    ['Pay now', 'pay'],
    ['Open dispute', 'open-dispute'],
    ['View dispute', 'view-dispute'],
    ['Extend purchase protection', 'extend-protection'],
    ['Add to cart', 'buy-again'],
    ['Confirmar recepción', 'confirm-received'],
    ['Suivre la commande', 'track'],
    ['Confirmar recebimento', 'confirm-received'],
    ['Streitfall eröffnen', 'open-dispute'],
    ['Подтвердить получение', 'confirm-received'],
    ['Связаться с продавцом', 'contact-seller'],
    ['Potwierdź odbiór', 'confirm-received'],
    ['Usuń', 'delete'],
  ])('%s → %s', (text, action) => {
    expect(actionFromText(text)).toBe(action);
  });

  it('ignores long texts and unknown buttons', () => {
    expect(actionFromText('Track order of the Wireless Earbuds Bluetooth 5.3 Noise Cancelling set')).toBeUndefined();
    expect(actionFromText('Share')).toBeUndefined();
  });
});

describe('tracking stages', () => {
  it.each([
    ['Package received by carrier', 'handed-to-carrier'],
    ['Departed from sorting center', 'in-transit'],
    ['Customs clearance started', 'customs'],
    ['Arrived at destination country', 'arrived-destination'],
    ['Out for delivery', 'out-for-delivery'],
    ['Delivered', 'delivered'],
    ['Ready for pickup at the parcel locker', 'pickup-ready'],
    ['Returned to sender', 'returning'],
    ['Delivery failed: nobody home', 'exception'],
    ['Colis en cours de dédouanement', 'customs'],
    ['Przesyłka wydana do doręczenia', 'out-for-delivery'],
    ['Вручено адресату', 'delivered'],
    ['Something else happened', 'unknown'],
  ])('%s → %s', (text, stage) => {
    expect(stageFromText(text)).toBe(stage);
  });
});

describe('disputeFromText', () => {
  it.each([
    ['Dispute in progress', 'opened'],
    ['Streitfall läuft', 'opened'],
    ['Seller rejected your request', 'seller-rejected'],
    ['Refund successful', 'closed'],
    ['Спор закрыт', 'closed'],
  ])('%s → %s', (text, status) => {
    expect(disputeFromText(text)).toBe(status);
  });

  it('does not see a dispute in the delivery guarantee', () => {
    expect(disputeFromText('Refund if no delivery before Dec 20, 2026')).toBeUndefined();
  });
});
