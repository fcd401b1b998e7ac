import type { PageRuleAnchor, PageRuleKind } from '../../model/order';
import type { Phrases } from './languages';

/**
 * The words of a policy sentence: "you can apply for a return/refund within 7 days of confirming
 * receipt", "you can open a dispute within 90 days after order was placed" (English as real completed
 * orders write it in 2026; the other languages as the pages translate the same sentences). A policy
 * sentence is a span ("within N days") anchored on an event; it is a rule, never a countdown.
 */

/** What introduces the span. */
export const POLICY_WITHIN_PHRASES: Phrases = {
  en: ['within', 'no later than'],
  es: ['en un plazo de', 'dentro de', 'dentro de los'],
  fr: ['dans un délai de', 'dans les', 'sous'],
  pt: ['no prazo de', 'dentro de', 'em até'],
  de: ['innerhalb von', 'innerhalb'],
  ru: ['в течение'],
  pl: ['w ciągu', 'w terminie'],
};

/**
 * A word right after the span that ties it to an event ("within 10 days after …"): with no anchor we know,
 * the sentence is still a policy (left unread), never a countdown from when the page was read.
 */
export const POLICY_RELATION_PHRASES: Phrases = {
  en: ['of', 'after', 'from', 'since', 'following'],
  es: ['tras', 'después de', 'desde', 'a partir de'],
  fr: ['après', 'à compter de', 'suivant', 'à partir de'],
  pt: ['após', 'depois de', 'a partir de', 'a contar de'],
  de: ['nach', 'ab', 'seit'],
  ru: ['после', 'с момента', 'со дня'],
  pl: ['od', 'po'],
};

/** What the rule allows: the kinds of page rule the model knows. */
export const POLICY_KIND_PHRASES: Record<PageRuleKind, Phrases> = {
  'return-refund-window': {
    en: ['apply for a return/refund', 'return/refund', 'apply for a return', 'apply for a refund', 'Send it back'],
    es: ['solicitar una devolución/reembolso', 'devolución/reembolso', 'solicitar una devolución', 'devolverlo'],
    fr: ['demander un retour/remboursement', 'retour/remboursement', 'demander un retour', 'le renvoyer'],
    pt: ['solicitar devolução/reembolso', 'devolução/reembolso', 'solicitar uma devolução', 'devolvê-lo'],
    de: ['Rückgabe/Erstattung', 'Rückgabe oder Erstattung', 'zurücksenden'],
    ru: ['возврат/возмещение', 'заявку на возврат', 'вернуть товар'],
    pl: ['zwrot/zwrot pieniędzy', 'wniosek o zwrot', 'odesłać'],
  },
  'dispute-window': {
    en: ['open a dispute', 'open dispute', 'raise a dispute'],
    es: ['abrir una disputa', 'abrir disputa'],
    fr: ['ouvrir un litige'],
    pt: ['abrir uma disputa', 'abrir disputa'],
    de: ['Streitfall eröffnen', 'einen Streitfall'],
    ru: ['открыть спор'],
    pl: ['otworzyć spór', 'otworzyc spor'],
  },
};

/** The event the span counts from, written after it ("… of confirming receipt", "… after order was placed"). */
export const POLICY_ANCHOR_PHRASES: Record<PageRuleAnchor, Phrases> = {
  confirmed: {
    en: ['confirming receipt', 'you confirm receipt', 'receipt is confirmed', 'confirmation of receipt'],
    es: ['confirmar la recepción', 'confirmes la recepción', 'la confirmación de recepción'],
    fr: ['confirmé la réception', 'confirmation de réception', 'confirmation de la réception'],
    pt: ['confirmar o recebimento', 'confirmação de recebimento', 'confirmação do recebimento'],
    de: ['Empfangsbestätigung', 'Bestätigung des Erhalts', 'Bestätigung des Empfangs'],
    ru: ['подтверждения получения'],
    pl: ['potwierdzenia odbioru'],
  },
  ordered: {
    en: ['order was placed', 'placing the order', 'the order date', 'order placement'],
    es: ['se realizó el pedido', 'realizar el pedido', 'la fecha del pedido'],
    fr: ['passation de la commande', 'la commande a été passée', 'la date de commande'],
    pt: ['realização do pedido', 'o pedido ser feito', 'a data do pedido'],
    de: ['Aufgabe der Bestellung', 'dem Bestelldatum', 'Bestellung aufgegeben wurde'],
    ru: ['оформления заказа', 'размещения заказа'],
    pl: ['złożenia zamówienia'],
  },
  paid: {
    en: ['payment', 'paying'],
    es: ['el pago'],
    fr: ['le paiement', 'paiement'],
    pt: ['o pagamento', 'pagamento'],
    de: ['Zahlung', 'Bezahlung'],
    ru: ['оплаты'],
    pl: ['płatności', 'zapłaty'],
  },
  shipped: {
    en: ['shipment', 'the item was shipped', 'dispatch'],
    es: ['el envío'],
    fr: ["l'expédition"],
    pt: ['o envio'],
    de: ['Versand'],
    ru: ['отправки'],
    pl: ['wysyłki'],
  },
  delivered: {
    en: ['delivery', 'receiving the item', 'receiving your order'],
    es: ['la entrega', 'recibir el artículo'],
    fr: ['la livraison', 'réception de l’article', "réception de l'article"],
    pt: ['a entrega', 'receber o item'],
    de: ['Lieferung', 'Zustellung', 'Erhalt des Artikels'],
    ru: ['доставки', 'получения товара'],
    pl: ['dostawy', 'doręczenia', 'otrzymania przedmiotu'],
  },
  completed: {
    en: ['order completion', 'the order is completed', 'order was completed'],
    es: ['completar el pedido', 'la finalización del pedido'],
    fr: ['la finalisation de la commande'],
    pt: ['a conclusão do pedido'],
    de: ['Abschluss der Bestellung'],
    ru: ['завершения заказа'],
    pl: ['zakończenia zamówienia'],
  },
};
