import type { OrderProblemReason } from '../../model/problem-reasons';
import type { Resolution } from '../../model/resolutions';
import type { Phrases } from './languages';

/**
 * What the returns/refunds (dispute) pages write, per language. No public capture of these pages exists
 * (docs/READING.md): the wording is the English of the buyer help texts and of the order pages' dispute
 * lines, and its translations. A wording not here leaves that fact unread (named in diagnostics).
 */

export const DISPUTE_ID_LABELS: Phrases = {
  en: ['Dispute ID', 'Case ID', 'Refund ID', 'Return ID', 'Request ID', 'Case number'],
  es: ['ID de la disputa', 'ID del caso', 'N.º de caso', 'ID de la solicitud'],
  fr: ['ID du litige', 'Numéro du litige', 'ID de la demande'],
  pt: ['ID da disputa', 'ID do caso', 'ID da solicitação'],
  de: ['Streitfall-ID', 'Fall-ID', 'Vorgangsnummer'],
  ru: ['Номер спора', 'ID спора', 'Номер заявки'],
  pl: ['ID sporu', 'Numer sporu', 'Numer zgłoszenia'],
};

export const DISPUTE_REASON_LABELS: Phrases = {
  en: ['Dispute reason', 'Refund reason', 'Return reason', 'Reason'],
  es: ['Motivo de la disputa', 'Motivo del reembolso', 'Motivo'],
  fr: ['Motif du litige', 'Motif du remboursement', 'Motif', 'Raison'],
  pt: ['Motivo da disputa', 'Motivo do reembolso', 'Motivo'],
  de: ['Grund des Streitfalls', 'Reklamationsgrund', 'Grund'],
  ru: ['Причина спора', 'Причина возврата', 'Причина'],
  pl: ['Powód sporu', 'Powód zwrotu', 'Powód'],
};

/** The buyer's request: the resolution asked and the amount ("Your request: Full refund US $18.99"). */
export const DISPUTE_REQUEST_LABELS: Phrases = {
  en: ['Your request', 'Requested solution', 'Solution requested', 'Your solution'],
  es: ['Tu solicitud', 'Solución solicitada', 'Tu solución'],
  fr: ['Votre demande', 'Solution demandée', 'Votre solution'],
  pt: ['Sua solicitação', 'Solução solicitada', 'Sua solução'],
  de: ['Ihre Anfrage', 'Gewünschte Lösung', 'Ihre Lösung'],
  ru: ['Ваш запрос', 'Запрошенное решение', 'Ваше решение'],
  pl: ['Twoje żądanie', 'Żądane rozwiązanie', 'Twoje rozwiązanie'],
};

export const DISPUTE_OPENED_ON_LABELS: Phrases = {
  en: ['Dispute opened on', 'Request submitted on', 'Opened on', 'Submitted on', 'Applied on'],
  es: ['Disputa abierta el', 'Solicitud enviada el', 'Abierta el', 'Fecha de apertura'],
  fr: ['Litige ouvert le', 'Demande envoyée le', 'Ouvert le', "Date d'ouverture"],
  pt: ['Disputa aberta em', 'Solicitação enviada em', 'Aberta em', 'Data de abertura'],
  de: ['Streitfall eröffnet am', 'Antrag gestellt am', 'Eröffnet am'],
  ru: ['Спор открыт', 'Заявка подана', 'Дата открытия'],
  pl: ['Spór otwarty', 'Zgłoszenie złożone', 'Data otwarcia'],
};

/** The seller's proposal ("Seller proposed: resend the item"). */
export const SELLER_OFFER_LABELS: Phrases = {
  en: ['Seller proposed', "Seller's proposal", 'Seller proposal', "Seller's solution", 'Seller offered'],
  es: ['El vendedor propuso', 'Propuesta del vendedor', 'Solución del vendedor'],
  fr: ['Le vendeur a proposé', 'Proposition du vendeur', 'Solution du vendeur'],
  pt: ['O vendedor propôs', 'Proposta do vendedor', 'Solução do vendedor'],
  de: ['Der Verkäufer schlägt vor', 'Vorschlag des Verkäufers', 'Lösung des Verkäufers'],
  ru: ['Продавец предложил', 'Предложение продавца', 'Решение продавца'],
  pl: ['Sprzedawca zaproponował', 'Propozycja sprzedawcy', 'Rozwiązanie sprzedawcy'],
};

/** The platform's ruling ("AliExpress' decision: full refund"). */
export const PLATFORM_DECISION_LABELS: Phrases = {
  en: ["AliExpress' decision", "AliExpress's decision", 'AliExpress decision', 'AliExpress decided', 'Final decision'],
  es: ['Decisión de AliExpress', 'AliExpress decidió', 'Decisión final'],
  fr: ["Décision d'AliExpress", 'Décision d’AliExpress', 'Décision finale'],
  pt: ['Decisão do AliExpress', 'O AliExpress decidiu', 'Decisão final'],
  de: ['Entscheidung von AliExpress', 'AliExpress hat entschieden', 'Endgültige Entscheidung'],
  ru: ['Решение AliExpress', 'Окончательное решение'],
  pl: ['Decyzja AliExpress', 'Ostateczna decyzja'],
};

export const RESOLUTION_PHRASES: Record<Exclude<Resolution, 'other'>, Phrases> = {
  resend: {
    en: ['resend the item', 'resend', 'send the item again', 'send a new item', 'reship'],
    es: ['reenviar el artículo', 'reenviar', 'volver a enviar', 'reenvío'],
    fr: ["renvoyer l'article", 'réexpédier', 'réexpédition', 'nouvel envoi'],
    pt: ['reenviar o item', 'reenviar', 'reenvio'],
    de: ['Artikel erneut senden', 'erneut senden', 'erneut versenden', 'Neuversand'],
    ru: ['отправить товар повторно', 'повторная отправка', 'отправить повторно'],
    pl: ['ponownie wysłać przedmiot', 'ponownie wysłać', 'ponowna wysyłka'],
  },
  'return-and-refund': {
    en: ['return and refund', 'return & refund', 'return the item for a refund', 'return goods', 'return the item'],
    es: ['devolución y reembolso', 'devolver el artículo'],
    fr: ['retour et remboursement', "retourner l'article"],
    pt: ['devolução e reembolso', 'devolver o item'],
    de: ['Rücksendung und Erstattung', 'Rückgabe und Erstattung', 'Artikel zurücksenden'],
    ru: ['возврат товара и средств', 'вернуть товар'],
    pl: ['zwrot towaru i pieniędzy', 'odesłać przedmiot'],
  },
  'partial-refund': {
    en: ['partial refund'],
    es: ['reembolso parcial'],
    fr: ['remboursement partiel'],
    pt: ['reembolso parcial'],
    de: ['Teilerstattung', 'teilweise Erstattung'],
    ru: ['частичный возврат средств', 'частичный возврат'],
    pl: ['częściowy zwrot pieniędzy', 'częściowy zwrot'],
  },
  'full-refund': {
    en: ['full refund', 'refund only', 'refund in full'],
    es: ['reembolso completo', 'reembolso total', 'solo reembolso'],
    fr: ['remboursement complet', 'remboursement intégral', 'remboursement total'],
    pt: ['reembolso total', 'reembolso integral', 'somente reembolso'],
    de: ['volle Erstattung', 'vollständige Erstattung', 'nur Erstattung'],
    ru: ['полный возврат средств', 'полный возврат'],
    pl: ['pełny zwrot pieniędzy', 'pełny zwrot'],
  },
};

export const RETURN_POSTAGE_PHRASES: Record<'buyer' | 'seller', Phrases> = {
  buyer: {
    en: ['return shipping paid by you', 'you pay the return shipping', 'at your expense', 'buyer pays return shipping'],
    es: ['envío de devolución a tu cargo', 'tú pagas el envío de la devolución'],
    fr: ['frais de retour à votre charge', 'vous payez le retour'],
    pt: ['frete de devolução pago por você', 'você paga o frete de devolução'],
    de: ['Rücksendekosten trägst du', 'Rücksendekosten tragen Sie', 'auf Ihre Kosten'],
    ru: ['обратная доставка за ваш счет', 'за ваш счет'],
    pl: ['koszt odesłania pokrywasz ty', 'na twój koszt'],
  },
  seller: {
    en: ['return shipping paid by the seller', 'seller pays the return shipping', 'free return shipping'],
    es: ['envío de devolución pagado por el vendedor', 'el vendedor paga el envío de la devolución'],
    fr: ['frais de retour payés par le vendeur', 'le vendeur paie le retour'],
    pt: ['frete de devolução pago pelo vendedor', 'o vendedor paga o frete de devolução'],
    de: ['Rücksendekosten trägt der Verkäufer', 'auf Kosten des Verkäufers'],
    ru: ['обратная доставка за счет продавца', 'за счет продавца'],
    pl: ['koszt odesłania pokrywa sprzedawca', 'na koszt sprzedawcy'],
  },
};

/** Who the ruling favours, when it says so in words; otherwise the resolution it grants tells. */
export const DECISION_OUTCOME_PHRASES: Record<'buyer-favour' | 'seller-favour', Phrases> = {
  'buyer-favour': {
    en: ['in your favour', 'in your favor', 'in favour of the buyer', 'in favor of the buyer'],
    es: ['a tu favor', 'a favor del comprador'],
    fr: ['en votre faveur', "en faveur de l'acheteur"],
    pt: ['a seu favor', 'a favor do comprador'],
    de: ['zu Ihren Gunsten', 'zugunsten des Käufers'],
    ru: ['в вашу пользу', 'в пользу покупателя'],
    pl: ['na twoją korzyść', 'na korzyść kupującego'],
  },
  'seller-favour': {
    en: ["in the seller's favour", "in the seller's favor", 'in favour of the seller', 'no refund', 'request rejected'],
    es: ['a favor del vendedor', 'sin reembolso', 'solicitud rechazada'],
    fr: ['en faveur du vendeur', 'aucun remboursement', 'demande refusée'],
    pt: ['a favor do vendedor', 'sem reembolso', 'solicitação recusada'],
    de: ['zugunsten des Verkäufers', 'keine Erstattung', 'Antrag abgelehnt'],
    ru: ['в пользу продавца', 'без возврата средств', 'запрос отклонен'],
    pl: ['na korzyść sprzedawcy', 'bez zwrotu', 'żądanie odrzucone'],
  },
};

/** A button or link that escalates the dispute to AliExpress now. */
export const ESCALATE_PHRASES: Phrases = {
  en: ['Escalate dispute', 'Escalate', 'Ask AliExpress to step in'],
  es: ['Escalar disputa', 'Escalar'],
  fr: ['Escalader le litige', 'Escalader', "Demander l'intervention d'AliExpress"],
  pt: ['Escalar disputa', 'Escalar'],
  de: ['Streitfall eskalieren', 'Eskalieren'],
  ru: ['Эскалировать спор', 'Эскалировать'],
  pl: ['Eskaluj spór', 'Eskaluj'],
};

/** A button that appeals the ruling (recent pages offer one). */
export const APPEAL_PHRASES: Phrases = {
  en: ['Appeal', 'Submit an appeal'],
  es: ['Apelar', 'Presentar una apelación'],
  fr: ['Faire appel', 'Contester'],
  pt: ['Recorrer', 'Enviar recurso'],
  de: ['Einspruch einlegen', 'Widerspruch'],
  ru: ['Обжаловать', 'Подать апелляцию'],
  pl: ['Odwołaj się', 'Złóż odwołanie'],
};

/** The dispute reasons as the form and the case page name them. */
export const DISPUTE_REASON_PHRASES: Partial<Record<OrderProblemReason, Phrases>> = {
  'not-received': {
    en: ['Not received', 'Package not received', 'Item not received', "Didn't receive"],
    es: ['No recibido', 'Paquete no recibido', 'No he recibido'],
    fr: ['Non reçu', 'Colis non reçu', 'Article non reçu'],
    pt: ['Não recebido', 'Pacote não recebido', 'Item não recebido'],
    de: ['Nicht erhalten', 'Paket nicht erhalten', 'Artikel nicht erhalten'],
    ru: ['Не получен', 'Посылка не получена', 'Товар не получен'],
    pl: ['Nie otrzymano', 'Paczka nie dotarła', 'Nie otrzymałem'],
  },
  damaged: {
    en: ['Damaged goods', 'Damaged', 'Item damaged'],
    es: ['Artículo dañado', 'Dañado'],
    fr: ['Article endommagé', 'Endommagé'],
    pt: ['Item danificado', 'Danificado'],
    de: ['Beschädigt', 'Artikel beschädigt'],
    ru: ['Поврежден', 'Товар поврежден'],
    pl: ['Uszkodzony', 'Przedmiot uszkodzony'],
  },
  'not-as-described': {
    en: ['Not as described', 'Item not as described'],
    es: ['No es como se describe', 'No coincide con la descripción'],
    fr: ['Non conforme à la description', 'Pas comme décrit'],
    pt: ['Não corresponde à descrição', 'Diferente do anunciado'],
    de: ['Nicht wie beschrieben', 'Entspricht nicht der Beschreibung'],
    ru: ['Не соответствует описанию'],
    pl: ['Niezgodny z opisem'],
  },
  'quality-problem': {
    en: ['Quality problem', 'Quality issue', 'Poor quality'],
    es: ['Problema de calidad', 'Mala calidad'],
    fr: ['Problème de qualité', 'Mauvaise qualité'],
    pt: ['Problema de qualidade', 'Baixa qualidade'],
    de: ['Qualitätsproblem', 'Schlechte Qualität'],
    ru: ['Проблема с качеством', 'Плохое качество'],
    pl: ['Problem z jakością', 'Słaba jakość'],
  },
  'missing-items': {
    en: ['Quantity problem', 'Missing items', 'Missing parts'],
    es: ['Problema de cantidad', 'Faltan artículos'],
    fr: ['Problème de quantité', 'Articles manquants'],
    pt: ['Problema de quantidade', 'Itens faltando'],
    de: ['Mengenproblem', 'Fehlende Artikel'],
    ru: ['Проблема с количеством', 'Не хватает товаров'],
    pl: ['Problem z ilością', 'Brakujące przedmioty'],
  },
  'wrong-item': {
    en: ['Wrong item', 'Received wrong item', 'Different item'],
    es: ['Artículo equivocado', 'Artículo incorrecto'],
    fr: ['Mauvais article', 'Article erroné'],
    pt: ['Item errado', 'Item incorreto'],
    de: ['Falscher Artikel'],
    ru: ['Не тот товар', 'Неправильный товар'],
    pl: ['Niewłaściwy przedmiot', 'Zły przedmiot'],
  },
  'does-not-work': {
    en: ['Does not work properly', "Doesn't work", 'Does not work', 'Not working'],
    es: ['No funciona correctamente', 'No funciona'],
    fr: ['Ne fonctionne pas correctement', 'Ne fonctionne pas'],
    pt: ['Não funciona corretamente', 'Não funciona'],
    de: ['Funktioniert nicht richtig', 'Funktioniert nicht'],
    ru: ['Не работает должным образом', 'Не работает'],
    pl: ['Nie działa prawidłowo', 'Nie działa'],
  },
  counterfeit: {
    en: ['Counterfeit', 'Fake item'],
    es: ['Falsificado', 'Falsificación'],
    fr: ['Contrefaçon'],
    pt: ['Falsificado', 'Falsificação'],
    de: ['Fälschung', 'Gefälscht'],
    ru: ['Подделка'],
    pl: ['Podróbka', 'Podrobiony'],
  },
  'size-colour-mismatch': {
    en: ['Size/colour/style not as ordered', 'Wrong size', 'Wrong colour', 'Wrong color'],
    es: ['Talla/color/estilo distinto al pedido', 'Talla incorrecta', 'Color incorrecto'],
    fr: ['Taille/couleur/style non conforme', 'Mauvaise taille', 'Mauvaise couleur'],
    pt: ['Tamanho/cor/estilo diferente do pedido', 'Tamanho errado', 'Cor errada'],
    de: ['Größe/Farbe/Stil nicht wie bestellt', 'Falsche Größe', 'Falsche Farbe'],
    ru: ['Размер/цвет/стиль не соответствует заказу', 'Не тот размер', 'Не тот цвет'],
    pl: ['Rozmiar/kolor/styl niezgodny z zamówieniem', 'Zły rozmiar', 'Zły kolor'],
  },
  'empty-package': {
    en: ['Incomplete or empty package', 'Empty package'],
    es: ['Paquete incompleto o vacío', 'Paquete vacío'],
    fr: ['Colis incomplet ou vide', 'Colis vide'],
    pt: ['Pacote incompleto ou vazio', 'Pacote vazio'],
    de: ['Unvollständiges oder leeres Paket', 'Leeres Paket'],
    ru: ['Неполная или пустая посылка', 'Пустая посылка'],
    pl: ['Niekompletna lub pusta paczka', 'Pusta paczka'],
  },
  'different-shipping-method': {
    en: ['Different shipping method used', 'Shipping method changed'],
    es: ['Se usó otro método de envío'],
    fr: ["Mode d'expédition différent"],
    pt: ['Método de envio diferente'],
    de: ['Andere Versandart verwendet'],
    ru: ['Использован другой способ доставки'],
    pl: ['Użyto innej metody wysyłki'],
  },
};
